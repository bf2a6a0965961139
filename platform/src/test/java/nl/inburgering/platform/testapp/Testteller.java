package nl.inburgering.platform.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.verwerking.GeenPersoonsgegevens;

/** A counter of the test service: no data of any person, so it may change outside a Persoonsverwerking. */
@Entity
@Table(name = "testteller")
@GeenPersoonsgegevens
public class Testteller {

    @Id
    private String naam;
    private long stand;

    protected Testteller() {
    }

    Testteller(String naam) {
        this.naam = naam;
    }

    void verhoog() {
        stand++;
    }

    public long getStand() {
        return stand;
    }
}
