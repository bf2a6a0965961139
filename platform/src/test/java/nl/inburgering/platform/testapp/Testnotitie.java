package nl.inburgering.platform.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;
import nl.inburgering.platform.verwerking.GeenPersoonsgegevens;

/** A note of the test service with an id the application assigns: what most entities of the services are. */
@Entity
@Table(name = "testnotitie")
@GeenPersoonsgegevens
public class Testnotitie extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    private String tekst;

    protected Testnotitie() {
    }

    Testnotitie(UUID id, String tekst) {
        this.id = id;
        this.tekst = tekst;
    }

    void herschrijf(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public String getTekst() {
        return tekst;
    }
}
