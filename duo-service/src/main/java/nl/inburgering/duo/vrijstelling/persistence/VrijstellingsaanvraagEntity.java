package nl.inburgering.duo.vrijstelling.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.vrijstelling.domain.Advies;
import nl.inburgering.duo.vrijstelling.domain.Adviesinstantie;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.Oordeel;
import nl.inburgering.duo.vrijstelling.domain.RedenVrijstelling;
import nl.inburgering.duo.vrijstelling.domain.VrijgesteldOnderdeel;
import nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * An aanvraag tot vrijstelling (seed §10.2): INGEDIEND, ADVIES_GEVRAAGD while SBB or Nuffic advises, BESLIST once; a
 * toegekende tijdelijke becomes INGETROKKEN when DUO withdraws it early.
 */
@Entity
@Table(name = "vrijstellingsaanvraag")
public class VrijstellingsaanvraagEntity extends NieuweEntiteit<UUID> {

    public enum Status { INGEDIEND, ADVIES_GEVRAAGD, BESLIST, INGETROKKEN }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vrijstellingsoort soortGevraagd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RedenVrijstelling redenGevraagd;
    @Column(nullable = false)
    private String onderbouwing;
    @Column(nullable = false)
    private String onderdelenGevraagd;
    private LocalDate startdatumGevraagd;
    private LocalDate einddatumGevraagd;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private Instant ingediendOp;
    @Enumerated(EnumType.STRING)
    private Adviesinstantie adviesinstantie;
    private LocalDate adviesGevraagdOp;
    @Enumerated(EnumType.STRING)
    private Advies advies;
    private String adviesToelichting;
    private LocalDate adviesOntvangenOp;
    @Enumerated(EnumType.STRING)
    private Oordeel oordeel;
    @Enumerated(EnumType.STRING)
    private Vrijstellingsoort soort;
    @Enumerated(EnumType.STRING)
    private RedenVrijstelling reden;
    @Column(nullable = false)
    private String onderdelen = "";
    private LocalDate startdatum;
    private LocalDate einddatum;
    private LocalDate datumOordeel;
    private LocalDate ingetrokkenOp;
    @Column(nullable = false)
    private boolean ambtshalve;

    protected VrijstellingsaanvraagEntity() {
    }

    /** DUO's ambtshalve decision at the vaststelling (seed §3.2): no aanvraag, decided at once. */
    public static VrijstellingsaanvraagEntity ambtshalve(String bsn, Besluit besluit, String onderbouwing,
            String gemeentecode, Instant op, LocalDate datumOordeel) {
        VrijstellingsaanvraagEntity a = new VrijstellingsaanvraagEntity(bsn, besluit.soort(), besluit.reden(),
                onderbouwing, List.of(), besluit.startdatum(), besluit.einddatum(), gemeentecode, op);
        a.ambtshalve = true;
        a.beslist(besluit, gemeentecode, datumOordeel);
        return a;
    }

    public VrijstellingsaanvraagEntity(String bsn, Vrijstellingsoort soortGevraagd, RedenVrijstelling redenGevraagd,
            String onderbouwing, List<VrijgesteldOnderdeel> onderdelenGevraagd, LocalDate startdatumGevraagd,
            LocalDate einddatumGevraagd, String gemeentecode, Instant ingediendOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.soortGevraagd = soortGevraagd;
        this.redenGevraagd = redenGevraagd;
        this.onderbouwing = onderbouwing;
        this.onderdelenGevraagd = VrijgesteldOnderdeel.alsTekst(onderdelenGevraagd);
        this.startdatumGevraagd = startdatumGevraagd;
        this.einddatumGevraagd = einddatumGevraagd;
        this.gemeentecode = gemeentecode;
        this.status = Status.INGEDIEND;
        this.ingediendOp = ingediendOp;
    }

    public void adviesGevraagd(Adviesinstantie instantie, LocalDate op) {
        this.status = Status.ADVIES_GEVRAAGD;
        this.adviesinstantie = instantie;
        this.adviesGevraagdOp = op;
    }

    public void adviesOntvangen(Advies advies, String toelichting, LocalDate op) {
        this.status = Status.INGEDIEND;
        this.advies = advies;
        this.adviesToelichting = toelichting;
        this.adviesOntvangenOp = op;
    }

    public void beslist(Besluit besluit, String gemeentecode, LocalDate datumOordeel) {
        this.status = Status.BESLIST;
        this.oordeel = besluit.oordeel();
        this.soort = besluit.soort();
        this.reden = besluit.reden();
        this.onderdelen = VrijgesteldOnderdeel.alsTekst(besluit.onderdelen());
        this.startdatum = besluit.startdatum();
        this.einddatum = besluit.einddatum();
        this.gemeentecode = gemeentecode;
        this.datumOordeel = datumOordeel;
    }

    public void ingetrokken(LocalDate op) {
        this.status = Status.INGETROKKEN;
        this.ingetrokkenOp = op;
    }

    public Besluit besluit() {
        return oordeel == null ? null : new Besluit(oordeel, soort, reden, VrijgesteldOnderdeel.uitTekst(onderdelen),
                startdatum, einddatum);
    }

    @Override

    public UUID getId() { return id; }
    public String getBsn() { return bsn; }
    public Vrijstellingsoort getSoortGevraagd() { return soortGevraagd; }
    public RedenVrijstelling getRedenGevraagd() { return redenGevraagd; }
    public String getOnderbouwing() { return onderbouwing; }
    public List<VrijgesteldOnderdeel> getOnderdelenGevraagd() { return VrijgesteldOnderdeel.uitTekst(onderdelenGevraagd); }
    public LocalDate getStartdatumGevraagd() { return startdatumGevraagd; }
    public LocalDate getEinddatumGevraagd() { return einddatumGevraagd; }
    public String getGemeentecode() { return gemeentecode; }
    public Status getStatus() { return status; }
    public Instant getIngediendOp() { return ingediendOp; }
    public Adviesinstantie getAdviesinstantie() { return adviesinstantie; }
    public LocalDate getAdviesGevraagdOp() { return adviesGevraagdOp; }
    public Advies getAdvies() { return advies; }
    public String getAdviesToelichting() { return adviesToelichting; }
    public LocalDate getAdviesOntvangenOp() { return adviesOntvangenOp; }
    public LocalDate getDatumOordeel() { return datumOordeel; }
    public LocalDate getIngetrokkenOp() { return ingetrokkenOp; }
    public boolean isAmbtshalve() { return ambtshalve; }
}
