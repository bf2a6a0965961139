package nl.inburgering.gemeente.inburgeraar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inburgeringsplichtige known to this gemeente, as DUO delivered it (stelseldienst #3). */
@Entity
@Table(name = "inburgeraar")
public class InburgeraarEntity {

    @Id
    private String bsn;
    @Column(nullable = false, unique = true)
    private UUID id;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate geboortedatum;
    @Column(nullable = false)
    private String doelgroep;
    @Column(nullable = false)
    private String gedetailleerdeDoelgroep;
    @Column(nullable = false)
    private LocalDate begindatumInburgeringsplicht;
    @Column(nullable = false)
    private LocalDate datumVaststelling;
    private boolean leerbaarheidstoetsKlaargezet;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected InburgeraarEntity() {
    }

    public InburgeraarEntity(String bsn, String gemeentecode, LocalDate geboortedatum, String doelgroep,
            String gedetailleerdeDoelgroep, LocalDate begindatumInburgeringsplicht, LocalDate datumVaststelling,
            boolean leerbaarheidstoetsKlaargezet, Instant ontvangenOp) {
        this.bsn = bsn;
        this.id = UUID.randomUUID();
        this.gemeentecode = gemeentecode;
        this.geboortedatum = geboortedatum;
        this.doelgroep = doelgroep;
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
        this.begindatumInburgeringsplicht = begindatumInburgeringsplicht;
        this.datumVaststelling = datumVaststelling;
        this.leerbaarheidstoetsKlaargezet = leerbaarheidstoetsKlaargezet;
        this.ontvangenOp = ontvangenOp;
    }

    /** DUO delivered the plicht again for the same gemeente: the data changes, id and place in the werkvoorraad stay. */
    public void bijwerken(LocalDate geboortedatum, String doelgroep, String gedetailleerdeDoelgroep,
            LocalDate begindatumInburgeringsplicht, LocalDate datumVaststelling, boolean leerbaarheidstoetsKlaargezet) {
        this.geboortedatum = geboortedatum;
        this.doelgroep = doelgroep;
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
        this.begindatumInburgeringsplicht = begindatumInburgeringsplicht;
        this.datumVaststelling = datumVaststelling;
        this.leerbaarheidstoetsKlaargezet = leerbaarheidstoetsKlaargezet;
    }

    /**
     * The person now belongs to another gemeente: he gets a new id there (a link of the old gemeente never leads
     * to him) and enters its werkvoorraad as new.
     */
    public void naarGemeente(String gemeentecode, Instant ontvangenOp) {
        this.gemeentecode = gemeentecode;
        this.id = UUID.randomUUID();
        this.ontvangenOp = ontvangenOp;
    }

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public String getDoelgroep() {
        return doelgroep;
    }

    public String getGedetailleerdeDoelgroep() {
        return gedetailleerdeDoelgroep;
    }

    public LocalDate getBegindatumInburgeringsplicht() {
        return begindatumInburgeringsplicht;
    }

    public LocalDate getDatumVaststelling() {
        return datumVaststelling;
    }

    public boolean isLeerbaarheidstoetsKlaargezet() {
        return leerbaarheidstoetsKlaargezet;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }
}
