package nl.inburgering.gemeente.asielstatushouder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.asielstatushouder.domain.Variant;

/**
 * One version of COA's klantprofiel (#15) as shared with a gemeente. Every version is kept (the history, with the
 * moment of each); the one received last is the current one, because each is COA's full state.
 */
@Entity
@Table(name = "klantprofiel")
public class KlantprofielEntity {

    /** The order of arrival per person (COA's events of one person arrive in order). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String vNummer;
    @Column(nullable = false)
    private String moment;
    @Column(nullable = false)
    private LocalDate datumBijgewerkt;
    private String geboorteland;
    @Column(nullable = false)
    private String[] talen;
    private String hoogstGenotenOpleiding;
    private String werkervaring;
    @Column(nullable = false)
    private String alfabetiseringsbehoefte;
    private boolean voorinburgeringGevolgd;
    private Integer urenVoorinburgering;
    private String bijzonderheden;
    @Enumerated(EnumType.STRING)
    private Variant afgesprokenVariant;
    private LocalDate datumWarmeOverdracht;
    private Boolean voorinburgeringGeaccepteerd;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected KlantprofielEntity() {
    }

    public KlantprofielEntity(String bsn, String gemeentecode, String vNummer, String moment, LocalDate datumBijgewerkt,
            String geboorteland, List<String> talen, String hoogstGenotenOpleiding, String werkervaring,
            String alfabetiseringsbehoefte, boolean voorinburgeringGevolgd, Integer urenVoorinburgering,
            String bijzonderheden, Variant afgesprokenVariant, LocalDate datumWarmeOverdracht,
            Boolean voorinburgeringGeaccepteerd, Instant ontvangenOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.vNummer = vNummer;
        this.moment = moment;
        this.datumBijgewerkt = datumBijgewerkt;
        this.geboorteland = geboorteland;
        this.talen = talen.toArray(String[]::new);
        this.hoogstGenotenOpleiding = hoogstGenotenOpleiding;
        this.werkervaring = werkervaring;
        this.alfabetiseringsbehoefte = alfabetiseringsbehoefte;
        this.voorinburgeringGevolgd = voorinburgeringGevolgd;
        this.urenVoorinburgering = urenVoorinburgering;
        this.bijzonderheden = bijzonderheden;
        this.afgesprokenVariant = afgesprokenVariant;
        this.datumWarmeOverdracht = datumWarmeOverdracht;
        this.voorinburgeringGeaccepteerd = voorinburgeringGeaccepteerd;
        this.ontvangenOp = ontvangenOp;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getVNummer() {
        return vNummer;
    }

    public String getMoment() {
        return moment;
    }

    public LocalDate getDatumBijgewerkt() {
        return datumBijgewerkt;
    }

    public String getGeboorteland() {
        return geboorteland;
    }

    public List<String> getTalen() {
        return List.of(talen);
    }

    public String getHoogstGenotenOpleiding() {
        return hoogstGenotenOpleiding;
    }

    public String getWerkervaring() {
        return werkervaring;
    }

    public String getAlfabetiseringsbehoefte() {
        return alfabetiseringsbehoefte;
    }

    public boolean isVoorinburgeringGevolgd() {
        return voorinburgeringGevolgd;
    }

    public Integer getUrenVoorinburgering() {
        return urenVoorinburgering;
    }

    public String getBijzonderheden() {
        return bijzonderheden;
    }

    public Variant getAfgesprokenVariant() {
        return afgesprokenVariant;
    }

    public LocalDate getDatumWarmeOverdracht() {
        return datumWarmeOverdracht;
    }

    public Boolean getVoorinburgeringGeaccepteerd() {
        return voorinburgeringGeaccepteerd;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }
}
