package nl.inburgering.coa.bewoner.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.coa.bewoner.domain.Alfabetiseringsbehoefte;
import nl.inburgering.coa.bewoner.domain.Klantprofiel;

/** One version of a bewoner's klantprofiel; versions are never changed, a new one is added. */
@Entity
@Table(name = "klantprofiel")
public class KlantprofielEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private UUID bewonerId;
    private int versie;
    @Column(nullable = false)
    private LocalDate datumBijgewerkt;
    private String geboorteland;
    /** ISO 639-1 codes, comma separated (a code never contains a comma). */
    @Column(nullable = false)
    private String talen;
    private String hoogstGenotenOpleiding;
    private String werkervaring;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Alfabetiseringsbehoefte alfabetiseringsbehoefte;
    private boolean voorinburgeringGevolgd;
    private Integer urenVoorinburgering;
    private String bijzonderheden;
    @Column(nullable = false)
    private Instant geregistreerdOp;

    protected KlantprofielEntity() {
    }

    public KlantprofielEntity(UUID bewonerId, int versie, LocalDate datumBijgewerkt, Klantprofiel profiel,
            Instant geregistreerdOp) {
        this.bewonerId = bewonerId;
        this.versie = versie;
        this.datumBijgewerkt = datumBijgewerkt;
        this.geboorteland = profiel.geboorteland();
        this.talen = String.join(",", profiel.talen());
        this.hoogstGenotenOpleiding = profiel.hoogstGenotenOpleiding();
        this.werkervaring = profiel.werkervaring();
        this.alfabetiseringsbehoefte = profiel.alfabetiseringsbehoefte();
        this.voorinburgeringGevolgd = profiel.voorinburgeringGevolgd();
        this.urenVoorinburgering = profiel.urenVoorinburgering();
        this.bijzonderheden = profiel.bijzonderheden();
        this.geregistreerdOp = geregistreerdOp;
    }

    public Klantprofiel alsDomein() {
        List<String> lijst = talen.isEmpty() ? List.of() : Arrays.asList(talen.split(","));
        return new Klantprofiel(geboorteland, lijst, hoogstGenotenOpleiding, werkervaring, alfabetiseringsbehoefte,
                voorinburgeringGevolgd, urenVoorinburgering, bijzonderheden);
    }

    public int getVersie() {
        return versie;
    }

    public LocalDate getDatumBijgewerkt() {
        return datumBijgewerkt;
    }

    public Instant getGeregistreerdOp() {
        return geregistreerdOp;
    }
}
