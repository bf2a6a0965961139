package nl.inburgering.duo.contactpersoon.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.verwerking.GeenPersoonsgegevens;

/** A contactpersoon of a gemeente, reachable for questions from the chain about its inburgeraars. */
// No personal data of a betrokkene: the business contact details a gemeente publishes for its own functionary,
// without a BSN, so nothing the Logboek dataverwerkingen (kept per BSN) could record. The koppeling of a person to
// a contactpersoon is personal data and goes through a Persoonsverwerking.
@GeenPersoonsgegevens
@Entity
@Table(name = "contactpersoon")
public class ContactpersoonEntity {

    @Id
    private Integer id;
    @Column(nullable = false)
    private String gemeentecode;
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
