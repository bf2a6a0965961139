package nl.inburgering.duo.ontheffing.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.ontheffing.domain.Aanvraagstatus;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsgrond;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * An aanvraag om medische ontheffing or aangepaste examenomstandigheden (seed §11.2) with the facts of its procedure;
 * its state changes only through the steps {@code ProcedurePolicy} allows.
 */
@Entity
@Table(name = "ontheffingsaanvraag")
public class OntheffingsaanvraagEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Ontheffingsgrond grond;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Ontheffingsoort gevraagd;
    @Convert(converter = ExamenonderdelenConverter.class)
    @Column(nullable = false)
    private Set<Examenonderdeel> gevraagdeOnderdelen = EnumSet.noneOf(Examenonderdeel.class);
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Aanvraagstatus status;
    @Column(nullable = false)
    private LocalDate datumAanvraag;
    @Column(nullable = false)
    private Instant ingediendOp;
    private String arts;
    private BigDecimal eigenBijdrageGeind;
    private LocalDate verklaringDatum;
    private Boolean procedureGevolgd;
    @Enumerated(EnumType.STRING)
    private Oordeel oordeel;
    @Enumerated(EnumType.STRING)
    private Ontheffingsoort soort;
    @Convert(converter = ExamenonderdelenConverter.class)
    @Column(nullable = false)
    private Set<Examenonderdeel> onderdelen = EnumSet.noneOf(Examenonderdeel.class);
    private Integer urenBelastbaarheidParticipatieactiviteit;
    private LocalDate datumBeschikking;
    private BigDecimal terugbetaald;
    private LocalDate artsBetaaldOp;
    private String gemeentecode;
    private String adviesGemeente;
    private LocalDate adviesGemeenteDatum;
    private Boolean machtigingMedischOnderzoek;
    private String medischAdvies;
    private LocalDate naarSzwOp;

    protected OntheffingsaanvraagEntity() {
    }

    public OntheffingsaanvraagEntity(String bsn, Ontheffingsgrond grond, Ontheffingsoort gevraagd,
            Set<Examenonderdeel> gevraagdeOnderdelen, LocalDate datumAanvraag, Instant ingediendOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.grond = grond;
        this.gevraagd = gevraagd;
        this.gevraagdeOnderdelen = EnumSet.noneOf(Examenonderdeel.class);
        this.gevraagdeOnderdelen.addAll(gevraagdeOnderdelen);
        this.status = Aanvraagstatus.AANGEVRAAGD;
        this.datumAanvraag = datumAanvraag;
        this.ingediendOp = ingediendOp;
    }

    /** An aanvraag BIO: always for a gehele ontheffing (§11.1). */
    public static OntheffingsaanvraagEntity bio(String bsn, LocalDate datumAanvraag, Instant ingediendOp,
            boolean machtiging) {
        OntheffingsaanvraagEntity aanvraag = new OntheffingsaanvraagEntity(bsn, Ontheffingsgrond.BIO,
                Ontheffingsoort.GEHEEL, Set.of(), datumAanvraag, ingediendOp);
        aanvraag.machtigingMedischOnderzoek = machtiging;
        return aanvraag;
    }

    public void adviesGemeente(String advies, LocalDate datum) {
        this.adviesGemeente = advies;
        this.adviesGemeenteDatum = datum;
    }

    public void medischAdvies(String arts, String advies) {
        this.arts = arts;
        this.medischAdvies = advies;
    }

    public void naarSzw(LocalDate op, Aanvraagstatus nieuw) {
        this.naarSzwOp = op;
        this.status = nieuw;
    }

    public void verwezen(String arts, BigDecimal geind, Aanvraagstatus nieuw) {
        this.arts = arts;
        this.eigenBijdrageGeind = geind;
        this.status = nieuw;
    }

    public void verklaringOntvangen(LocalDate datum, Aanvraagstatus nieuw) {
        this.verklaringDatum = datum;
        this.status = nieuw;
    }

    public void formeelGetoetst(boolean gevolgd, Aanvraagstatus nieuw) {
        this.procedureGevolgd = gevolgd;
        this.status = nieuw;
    }

    public void beslist(Oordeel oordeel, Ontheffingsoort soort, Set<Examenonderdeel> onderdelen, Integer uren,
            LocalDate datumBeschikking, BigDecimal terugbetaald, LocalDate artsBetaaldOp, String gemeentecode,
            Aanvraagstatus nieuw) {
        this.oordeel = oordeel;
        this.soort = soort;
        this.onderdelen = EnumSet.noneOf(Examenonderdeel.class);
        this.onderdelen.addAll(onderdelen);
        this.urenBelastbaarheidParticipatieactiviteit = uren;
        this.datumBeschikking = datumBeschikking;
        this.terugbetaald = terugbetaald;
        this.artsBetaaldOp = artsBetaaldOp;
        this.gemeentecode = gemeentecode;
        this.status = nieuw;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Ontheffingsgrond getGrond() {
        return grond;
    }

    public Ontheffingsoort getGevraagd() {
        return gevraagd;
    }

    public Set<Examenonderdeel> getGevraagdeOnderdelen() {
        return gevraagdeOnderdelen;
    }

    public Aanvraagstatus getStatus() {
        return status;
    }

    public LocalDate getDatumAanvraag() {
        return datumAanvraag;
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public String getArts() {
        return arts;
    }

    public BigDecimal getEigenBijdrageGeind() {
        return eigenBijdrageGeind;
    }

    public LocalDate getVerklaringDatum() {
        return verklaringDatum;
    }

    public Boolean getProcedureGevolgd() {
        return procedureGevolgd;
    }

    public Oordeel getOordeel() {
        return oordeel;
    }

    public Ontheffingsoort getSoort() {
        return soort;
    }

    public Set<Examenonderdeel> getOnderdelen() {
        return onderdelen;
    }

    public Integer getUrenBelastbaarheidParticipatieactiviteit() {
        return urenBelastbaarheidParticipatieactiviteit;
    }

    public LocalDate getDatumBeschikking() {
        return datumBeschikking;
    }

    public BigDecimal getTerugbetaald() {
        return terugbetaald;
    }

    public LocalDate getArtsBetaaldOp() {
        return artsBetaaldOp;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getAdviesGemeente() {
        return adviesGemeente;
    }

    public LocalDate getAdviesGemeenteDatum() {
        return adviesGemeenteDatum;
    }

    public boolean isMachtigingMedischOnderzoek() {
        return Boolean.TRUE.equals(machtigingMedischOnderzoek);
    }

    public String getMedischAdvies() {
        return medischAdvies;
    }

    public LocalDate getNaarSzwOp() {
        return naarSzwOp;
    }
}
