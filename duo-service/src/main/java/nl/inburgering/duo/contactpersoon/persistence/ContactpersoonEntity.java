package nl.inburgering.duo.contactpersoon.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import nl.inburgering.platform.verwerking.GeenPersoonsgegevens;

/** A contactpersoon of a gemeente, reachable for questions from the chain about its inburgeraars. */
// No personal data of a betrokkene: the business contact details a gemeente publishes for its own functionary,
// without a BSN, so nothing the Logboek dataverwerkingen (kept per BSN) could record. The koppeling of a person to
// a contactpersoon is personal data and goes through a Persoonsverwerking.
@GeenPersoonsgegevens
@Entity
@Table(name = "contactpersoon")
@IdClass(ContactpersoonEntity.Sleutel.class)
public class ContactpersoonEntity {

    /** A contactpersoon's id is the gemeente's own: each gemeente numbers in its own space of 1 to 99999. */
    public static class Sleutel implements Serializable {
        private String gemeentecode;
        private Integer id;

        protected Sleutel() {
        }

        public Sleutel(String gemeentecode, Integer id) {
            this.gemeentecode = gemeentecode;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(gemeentecode, s.gemeentecode) && Objects.equals(id, s.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gemeentecode, id);
        }
    }

    @Id
    private String gemeentecode;
    @Id
    private Integer id;
    @Column(nullable = false)
    private String naam;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false)
    private String telefoonnummer;
    @Column(nullable = false)
    private Instant gewijzigdOp;

    protected ContactpersoonEntity() {
    }

    public ContactpersoonEntity(int id, String gemeentecode, String naam, String email, String telefoonnummer,
            Instant op) {
        this.id = id;
        this.gemeentecode = gemeentecode;
        wijzig(naam, email, telefoonnummer, op);
    }

    public void wijzig(String naam, String email, String telefoonnummer, Instant op) {
        this.naam = naam;
        this.email = email;
        this.telefoonnummer = telefoonnummer;
        this.gewijzigdOp = op;
    }

    public Integer getId() {
        return id;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getTelefoonnummer() {
        return telefoonnummer;
    }
}
