package nl.inburgering.coa.bewoner.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * The inburgeringsplicht DUO delivered to COA (#3 with ontvanger COA), kept by BSN: it may arrive before COA
 * registered the bewoner, who joins it by BSN.
 */
@Entity
@Table(name = "inburgeringsplicht")
public class InburgeringsplichtEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private String gemeentecodeInschrijving;
    @Column(nullable = false)
    private LocalDate begindatum;
    @Column(nullable = false)
    private String doelgroep;
    @Column(nullable = false)
    private String gedetailleerdeDoelgroep;
    @Column(nullable = false)
    private LocalDate datumVaststelling;
    @Column(nullable = false)
    private LocalDate geboortedatum;
    @Column(nullable = false)
    private Instant ontvangenOp;
    /** The last #3 gewijzigd: DUO's RedenWijzigingInburgeringsplicht, its day and the onderdelen still open. */
    private String redenWijziging;
    private LocalDate datumWijziging;
    private String openstaandeOnderdelen;
    /** #3 beëindigd: the last day of the plicht and DUO's RedenGeenInburgeringsplicht. */
    private LocalDate einddatum;
    private String redenBeeindiging;

    protected InburgeringsplichtEntity() {
    }

    public InburgeringsplichtEntity(Bsn bsn) {
        this.bsn = bsn.value();
    }

    /** The latest delivery replaces what DUO delivered before. */
    public void vastgesteld(String gemeentecodeInschrijving, LocalDate begindatum, String doelgroep,
            String gedetailleerdeDoelgroep, LocalDate datumVaststelling, LocalDate geboortedatum, Instant ontvangenOp) {
        this.gemeentecodeInschrijving = gemeentecodeInschrijving;
        this.begindatum = begindatum;
        this.doelgroep = doelgroep;
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
        this.datumVaststelling = datumVaststelling;
        this.geboortedatum = geboortedatum;
        this.ontvangenOp = ontvangenOp;
        this.einddatum = null;
        this.redenBeeindiging = null;
    }

    /**
     * #3 gewijzigd: the plicht as it stands now, with why and since when it changed; a plicht that resumed (after a
     * tijdelijke vrijstelling) runs again.
     */
    public void gewijzigd(String gemeentecodeInschrijving, LocalDate begindatum, String doelgroep,
            String gedetailleerdeDoelgroep, String redenWijziging, LocalDate datumWijziging,
            String openstaandeOnderdelen, LocalDate geboortedatum, Instant ontvangenOp) {
        if (this.datumVaststelling == null) {
            this.datumVaststelling = datumWijziging;
        }
        this.gemeentecodeInschrijving = gemeentecodeInschrijving;
        this.begindatum = begindatum;
        this.doelgroep = doelgroep;
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
        this.redenWijziging = redenWijziging;
        this.datumWijziging = datumWijziging;
        this.openstaandeOnderdelen = openstaandeOnderdelen;
        this.geboortedatum = geboortedatum;
        this.ontvangenOp = ontvangenOp;
        this.einddatum = null;
        this.redenBeeindiging = null;
    }

    /** #3 beëindigd: the plicht ended on {@code einddatum} for {@code reden}. */
    public void beeindigd(LocalDate einddatum, String reden, Instant ontvangenOp) {
        this.einddatum = einddatum;
        this.redenBeeindiging = reden;
        this.ontvangenOp = ontvangenOp;
    }

    public boolean isBeeindigd() {
        return einddatum != null;
    }

    public String getRedenWijziging() {
        return redenWijziging;
    }

    public LocalDate getDatumWijziging() {
        return datumWijziging;
    }

    public String getOpenstaandeOnderdelen() {
        return openstaandeOnderdelen;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public String getRedenBeeindiging() {
        return redenBeeindiging;
    }

    public Bsn getBsn() {
        return Bsn.of(bsn);
    }

    public String getGemeentecodeInschrijving() {
        return gemeentecodeInschrijving;
    }

    public LocalDate getBegindatum() {
        return begindatum;
    }

    public String getDoelgroep() {
        return doelgroep;
    }

    public String getGedetailleerdeDoelgroep() {
        return gedetailleerdeDoelgroep;
    }

    public LocalDate getDatumVaststelling() {
        return datumVaststelling;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
