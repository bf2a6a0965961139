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
    private LocalDate einddatumPlicht;
    private String redenEindePlicht;
    private LocalDate datumVaststellingEinde;
    /** #3 gewijzigd: the onderdelen still to pass, comma-separated (e.g. KNM,PVT); null before DUO named them. */
    private String openstaandeOnderdelen;
    private String asielrechtenWijzigingVerblijfsdoel;
    private String redenWijzigingPlicht;
    private LocalDate datumWijzigingPlicht;
    private LocalDate doelgroepGewijzigdOp;
    private LocalDate doelgroepkeuzeBevestigdOp;
    /** The id and gemeente he had before his latest move to another gemeente (issue 16); null before any. */
    private UUID vorigeId;
    private String vorigeGemeentecode;
    /**
     * The last day of his actuele termijn (the PIP feature's latest #5), kept by the core's signal index
     * ({@code SignaalmomentRegister}, decision 0046) for {@code sorteer=einddatumTermijn}: never written through the
     * entity, so a flush of the entity cannot put back an older value.
     */
    @Column(insertable = false, updatable = false)
    private LocalDate einddatumTermijn;

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
     * DUO ended the plicht (#3 beëindigd): he leaves the active werkvoorraad and stays findable. A later
     * vaststelling of a new plicht (#3 vastgesteld with a later datumVaststelling) opens him again.
     */
    public void beeindig(LocalDate einddatum, String reden, LocalDate datumVaststelling) {
        this.einddatumPlicht = einddatum;
        this.redenEindePlicht = reden;
        this.datumVaststellingEinde = datumVaststelling;
    }

    /** A plicht vastgesteld after the one DUO ended: he is inburgeringsplichtig again. */
    public void heropenBijNieuwePlicht(LocalDate datumVaststellingPlicht) {
        if (einddatumPlicht != null && datumVaststellingPlicht != null && datumVaststellingEinde != null
                && datumVaststellingPlicht.isAfter(datumVaststellingEinde)) {
            this.einddatumPlicht = null;
            this.redenEindePlicht = null;
            this.datumVaststellingEinde = null;
        }
    }

    /**
     * DUO changed the plicht (#3 gewijzigd, the full current state). A change older than the last one applied
     * changes nothing (a late redelivery).
     *
     * @return whether it was applied
     */
    public boolean wijzig(String reden, LocalDate datumWijziging, LocalDate geboortedatum, LocalDate begindatum,
            String doelgroep, String gedetailleerdeDoelgroep, String asielrechten, String openstaandeOnderdelen) {
        if (datumWijzigingPlicht != null && datumWijziging.isBefore(datumWijzigingPlicht)) {
            return false;
        }
        this.geboortedatum = geboortedatum;
        this.begindatumInburgeringsplicht = begindatum;
        this.doelgroep = doelgroep;
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
        if (asielrechten != null) {
            this.asielrechtenWijzigingVerblijfsdoel = asielrechten;
        }
        this.openstaandeOnderdelen = openstaandeOnderdelen;
        this.redenWijzigingPlicht = reden;
        this.datumWijzigingPlicht = datumWijziging;
        switch (reden) {
            case "DOELGROEP_GEWIJZIGD" -> this.doelgroepGewijzigdOp = datumWijziging;
            case "DOELGROEPKEUZE_BEVESTIGD" -> this.doelgroepkeuzeBevestigdOp = datumWijziging;
            case "TIJDELIJKE_VRIJSTELLING_INGETROKKEN" -> {
                if ("TIJDELIJKE_VRIJSTELLING".equals(redenEindePlicht)) {
                    this.einddatumPlicht = null;
                    this.redenEindePlicht = null;
                    this.datumVaststellingEinde = null;
                }
            }
            default -> {
                // the state itself is what changed
            }
        }
        return true;
    }

    /**
     * The person now belongs to another gemeente: he gets a new id there (a link of the old gemeente never leads
     * to him) and enters its werkvoorraad as new.
     */
    public void naarGemeente(String gemeentecode, Instant ontvangenOp) {
        this.vorigeId = this.id;
        this.vorigeGemeentecode = this.gemeentecode;
        this.gemeentecode = gemeentecode;
        this.id = UUID.randomUUID();
        this.ontvangenOp = ontvangenOp;
        this.einddatumPlicht = null;
        this.redenEindePlicht = null;
        this.datumVaststellingEinde = null;
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

    public LocalDate getEinddatumTermijn() {
        return einddatumTermijn;
    }

    public LocalDate getEinddatumPlicht() {
        return einddatumPlicht;
    }

    public String getRedenEindePlicht() {
        return redenEindePlicht;
    }

    public String getOpenstaandeOnderdelen() {
        return openstaandeOnderdelen;
    }

    public String getAsielrechtenWijzigingVerblijfsdoel() {
        return asielrechtenWijzigingVerblijfsdoel;
    }

    public String getRedenWijzigingPlicht() {
        return redenWijzigingPlicht;
    }

    public LocalDate getDatumWijzigingPlicht() {
        return datumWijzigingPlicht;
    }

    public LocalDate getDoelgroepGewijzigdOp() {
        return doelgroepGewijzigdOp;
    }

    public UUID getVorigeId() {
        return vorigeId;
    }

    public String getVorigeGemeentecode() {
        return vorigeGemeentecode;
    }

    public LocalDate getDoelgroepkeuzeBevestigdOp() {
        return doelgroepkeuzeBevestigdOp;
    }
}
