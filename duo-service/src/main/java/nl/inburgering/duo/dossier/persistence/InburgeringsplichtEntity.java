package nl.inburgering.duo.dossier.persistence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtGewijzigd.Doelgroepkeuze;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** DUO's current decision on one person's inburgeringsplicht, with the data it was based on. */
@Entity
@Table(name = "inburgeringsplicht")
public class InburgeringsplichtEntity extends NieuweEntiteit<String> {

    public enum Status { PLICHTIG, NOG_NIET_PLICHTIG, NIET_PLICHTIG }

    @Id
    private String bsn;
    @Column(nullable = false)
    private String vNummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Enumerated(EnumType.STRING)
    private RedenNietPlichtig redenNietPlichtig;
    private LocalDate begindatum;
    private LocalDate einddatum;
    @Enumerated(EnumType.STRING)
    private GedetailleerdeDoelgroep gedetailleerdeDoelgroep;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate vastgesteldOp;
    @Column(nullable = false)
    private LocalDate gewijzigdOp;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verblijfsdoel verblijfsdoel;
    private boolean referentIsAsielstatushouder;
    /** From #1 v2, for ASIEL: false when he never lived in a COA location; null when unknown. */
    private Boolean opvangInCoaLocatie;
    @Column(nullable = false)
    private String nationaliteit;
    @Column(nullable = false)
    private LocalDate geboortedatum;
    @Column(nullable = false)
    private LocalDate ingangsdatumVerblijfsrecht;
    @Column(nullable = false)
    private LocalDate datumInschrijving;
    /** The day of the last BRP verhuizing; null while the person lives in the gemeente of inschrijving. */
    private LocalDate datumVestiging;
    /** The gemeente that had the plicht before the last verhuizing moved it (V214); null before any. */
    private String vorigeGemeentecode;
    /** The onderdelen a partial vrijstelling or ontheffing took away. */
    @Convert(converter = PlichtonderdelenConverter.class)
    @Column(nullable = false)
    private Set<Plichtonderdeel> vervallenOnderdelen = EnumSet.noneOf(Plichtonderdeel.class);
    /** The day the doelgroep last changed through a change of verblijfsrecht (#2; seed §13.4); null if never. */
    private LocalDate doelgroepGewijzigdOp;
    /** The doelgroep before that change. */
    @Enumerated(EnumType.STRING)
    private GedetailleerdeDoelgroep vorigeDoelgroep;
    /** The keuze the gemeente passed on after that change (#16), confirmed by DUO; null while none. */
    @Enumerated(EnumType.STRING)
    private Doelgroepkeuze doelgroepkeuze;
    private LocalDate doelgroepkeuzeOp;

    protected InburgeringsplichtEntity() {
    }

    public InburgeringsplichtEntity(String bsn, String vNummer, String gemeentecode, Verblijfsgegevens gegevens,
            LocalDate vastgesteldOp) {
        this.bsn = bsn;
        this.vNummer = vNummer;
        this.gemeentecode = gemeentecode;
        this.verblijfsdoel = gegevens.verblijfsdoel();
        this.referentIsAsielstatushouder = gegevens.referentIsAsielstatushouder();
        this.opvangInCoaLocatie = gegevens.opvangInCoaLocatie();
        this.nationaliteit = gegevens.nationaliteit();
        this.geboortedatum = gegevens.geboortedatum();
        this.ingangsdatumVerblijfsrecht = gegevens.ingangsdatumVerblijfsrecht();
        this.datumInschrijving = gegevens.datumInschrijving();
        this.vastgesteldOp = vastgesteldOp;
        this.gewijzigdOp = vastgesteldOp;
    }

    public void plichtig(LocalDate begindatum, GedetailleerdeDoelgroep doelgroep, LocalDate op) {
        zet(Status.PLICHTIG, null, begindatum, doelgroep, op);
        this.einddatum = null;
    }

    /**
     * IND changed the verblijfsrecht (#2): a new doel from {@code ingangsdatum} with what is known of his opvang
     * (the data the plicht is decided on), or none ({@code nieuwDoel} null: ended or naturalised; the last doel stays as the basis of the last decision).
     */
    public void verblijfsrechtGewijzigd(Verblijfsdoel nieuwDoel, boolean referentIsAsielstatushouder,
            LocalDate ingangsdatum, Boolean opvangInCoaLocatie) {
        if (nieuwDoel != null) {
            this.opvangInCoaLocatie = opvangInCoaLocatie;
            this.verblijfsdoel = nieuwDoel;
            this.referentIsAsielstatushouder = referentIsAsielstatushouder;
            this.ingangsdatumVerblijfsrecht = ingangsdatum;
        }
    }

    /** The doelgroep changed on {@code datum} (seed §13.4): the gemeente has 10 weeks for the keuze (#16). */
    public void doelgroepGewijzigd(GedetailleerdeDoelgroep nieuw, LocalDate datum, LocalDate op) {
        this.vorigeDoelgroep = gedetailleerdeDoelgroep;
        this.gedetailleerdeDoelgroep = nieuw;
        this.doelgroepGewijzigdOp = datum;
        this.doelgroepkeuze = null;
        this.doelgroepkeuzeOp = null;
        this.gewijzigdOp = op;
    }

    /** DUO confirmed the keuze the gemeente passed on (#16) after the last doelgroepwijziging. */
    public void doelgroepkeuzeBevestigd(Doelgroepkeuze keuze, LocalDate op) {
        this.doelgroepkeuze = keuze;
        this.doelgroepkeuzeOp = op;
        this.gewijzigdOp = op;
    }

    public LocalDate getDoelgroepGewijzigdOp() {
        return doelgroepGewijzigdOp;
    }

    public GedetailleerdeDoelgroep getVorigeDoelgroep() {
        return vorigeDoelgroep;
    }

    public Doelgroepkeuze getDoelgroepkeuze() {
        return doelgroepkeuze;
    }

    public void nogNietPlichtig(LocalDate vanaf, GedetailleerdeDoelgroep doelgroep, LocalDate op) {
        zet(Status.NOG_NIET_PLICHTIG, null, vanaf, doelgroep, op);
    }

    public void nietPlichtig(RedenNietPlichtig reden, LocalDate op) {
        zet(Status.NIET_PLICHTIG, reden, null, null, op);
    }

    /**
     * The plicht ended on {@code einddatum} (voldaan, vrijstelling, ontheffing, ...): no longer plichtig, with the
     * reden; the begindatum and doelgroep of the period it ends stay.
     */
    public void beeindigd(RedenNietPlichtig reden, LocalDate einddatum, LocalDate op) {
        this.status = Status.NIET_PLICHTIG;
        this.redenNietPlichtig = reden;
        this.einddatum = einddatum;
        this.gewijzigdOp = op;
    }

    private void zet(Status status, RedenNietPlichtig reden, LocalDate begindatum, GedetailleerdeDoelgroep doelgroep,
            LocalDate op) {
        this.status = status;
        this.redenNietPlichtig = reden;
        this.begindatum = begindatum;
        this.gedetailleerdeDoelgroep = doelgroep;
        this.gewijzigdOp = op;
    }

    /**
     * The plicht that ended for a tijdelijke vrijstelling resumes: plichtig again, with the begindatum, doelgroep and
     * onderdelen it had.
     */
    public void hervat(LocalDate op) {
        this.status = Status.PLICHTIG;
        this.redenNietPlichtig = null;
        this.einddatum = null;
        this.gewijzigdOp = op;
    }

    /** A partial vrijstelling or ontheffing took these onderdelen away (those already gone stay gone). */
    public void onderdelenVervallen(Set<Plichtonderdeel> vervallen, LocalDate op) {
        Set<Plichtonderdeel> nieuw = EnumSet.noneOf(Plichtonderdeel.class);
        nieuw.addAll(vervallenOnderdelen);
        nieuw.addAll(vervallen);
        this.vervallenOnderdelen = nieuw;
        this.gewijzigdOp = op;
    }

    public Set<Plichtonderdeel> getVervallenOnderdelen() {
        return Collections.unmodifiableSet(vervallenOnderdelen);
    }

    /** The onderdelen that still stand. */
    public Set<Plichtonderdeel> getOpenstaandeOnderdelen() {
        Set<Plichtonderdeel> open = EnumSet.allOf(Plichtonderdeel.class);
        open.removeAll(vervallenOnderdelen);
        return open;
    }

    public boolean isNogNietPlichtig() {
        return status == Status.NOG_NIET_PLICHTIG;
    }

    public boolean isPlichtig() {
        return status == Status.PLICHTIG;
    }

    /** The person became ingezetene of another gemeente (BRP verhuizing). */
    public void verhuisd(String nieuweGemeentecode) {
        this.gemeentecode = nieuweGemeentecode;
    }

    /** The person became ingezetene of another gemeente (BRP verhuizing) on {@code datumVerhuizing}. */
    public void verhuisd(String nieuweGemeentecode, LocalDate datumVerhuizing) {
        verhuisd(nieuweGemeentecode);
        this.datumVestiging = datumVerhuizing;
    }

    /** The plicht moved to the current gemeente after a verhuizing; {@code vorigeGemeentecode} had it. */
    public void plichtOvergedragenVan(String vorigeGemeentecode) {
        this.vorigeGemeentecode = vorigeGemeentecode;
    }

    public String getVorigeGemeentecode() {
        return vorigeGemeentecode;
    }

    /** The day the person settled in his current gemeente ({@link #getGemeentecode()}) according to the BRP. */
    public LocalDate getDatumVestiging() {
        return datumVestiging != null ? datumVestiging : datumInschrijving;
    }

    public Verblijfsgegevens verblijfsgegevens() {
        return new Verblijfsgegevens(verblijfsdoel, referentIsAsielstatushouder, nationaliteit, geboortedatum,
                ingangsdatumVerblijfsrecht, datumInschrijving, opvangInCoaLocatie);
    }

    public String getBsn() {
        return bsn;
    }

    public Status getStatus() {
        return status;
    }

    public RedenNietPlichtig getRedenNietPlichtig() {
        return redenNietPlichtig;
    }

    public LocalDate getBegindatum() {
        return begindatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public GedetailleerdeDoelgroep getGedetailleerdeDoelgroep() {
        return gedetailleerdeDoelgroep;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getVastgesteldOp() {
        return vastgesteldOp;
    }

    public LocalDate getGewijzigdOp() {
        return gewijzigdOp;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
