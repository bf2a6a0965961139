package nl.inburgering.gemeente.intake.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A leerbaarheidstoets DUO set ready for the gemeente to plan (#6 LeerbaarheidstoetsKlaargezet). */
@Entity
@Table(name = "leerbaarheidstoets_klaargezet")
public class KlaargezetteToetsEntity {

    /** The order of arrival; the highest of a person and gemeente is the current toets. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    private String examennummer;
    @Column(nullable = false)
    private LocalDate datumKlaargezet;
    private boolean herkansing;
    private boolean uitInburgeringsplicht;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected KlaargezetteToetsEntity() {
    }

    public KlaargezetteToetsEntity(String bsn, String gemeentecode, String examennummer, LocalDate datumKlaargezet,
            boolean herkansing, Instant ontvangenOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.examennummer = examennummer;
        this.datumKlaargezet = datumKlaargezet;
        this.herkansing = herkansing;
        this.ontvangenOp = ontvangenOp;
    }

    /**
     * The first toets as DUO's inburgeringsplicht (#3) announced it, before DUO's #6 with its examennummer arrived:
     * set ready on the day the plicht was vastgesteld.
     */
    public static KlaargezetteToetsEntity uitInburgeringsplicht(String bsn, String gemeentecode,
            LocalDate datumVaststelling, Instant nu) {
        KlaargezetteToetsEntity toets = new KlaargezetteToetsEntity(bsn, gemeentecode, null, datumVaststelling, false,
                nu);
        toets.uitInburgeringsplicht = true;
        return toets;
    }

    /** DUO's #6 for the first toets arrived after the gemeente planned it from the plicht: the same toets. */
    public void aanvullen(String examennummer, LocalDate datumKlaargezet) {
        this.examennummer = examennummer;
        this.datumKlaargezet = datumKlaargezet;
    }

    public boolean isUitInburgeringsplicht() {
        return uitInburgeringsplicht;
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

    public String getExamennummer() {
        return examennummer;
    }

    public LocalDate getDatumKlaargezet() {
        return datumKlaargezet;
    }

    public boolean isHerkansing() {
        return herkansing;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }
}
