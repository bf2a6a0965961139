package nl.inburgering.ind.verblijfsrecht.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.ind.verblijfsrecht.domain.SoortWijziging;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsrechtwijziging;

/** IND's history of a verblijfsrecht: which doel the person had until when, and what he has from then. */
@Entity
@Table(name = "verblijfsrechtwijziging")
public class VerblijfsrechtwijzigingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String vNummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SoortWijziging soort;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verblijfsdoel vorigVerblijfsdoel;
    @Enumerated(EnumType.STRING)
    private Verblijfsdoel nieuwVerblijfsdoel;
    private boolean referentIsAsielstatushouder;
    @Column(nullable = false)
    private LocalDate ingangsdatum;
    @Column(nullable = false)
    private Instant geregistreerdOp;
    /** When #2 was handed to the outbox; null when DUO had no #1 yet (then #1 carries the current state). */
    private Instant geleverdOp;

    protected VerblijfsrechtwijzigingEntity() {
    }

    public VerblijfsrechtwijzigingEntity(Verblijfsrechtwijziging w, Instant geregistreerdOp) {
        this.vNummer = w.vNummer();
        this.soort = w.soort();
        this.vorigVerblijfsdoel = w.vorigVerblijfsdoel();
        this.nieuwVerblijfsdoel = w.nieuwVerblijfsdoel();
        this.referentIsAsielstatushouder = w.referentIsAsielstatushouder();
        this.ingangsdatum = w.ingangsdatum();
        this.geregistreerdOp = geregistreerdOp;
    }

    public void geleverd(Instant op) {
        this.geleverdOp = op;
    }

    public SoortWijziging getSoort() {
        return soort;
    }

    public Verblijfsdoel getVorigVerblijfsdoel() {
        return vorigVerblijfsdoel;
    }

    public Verblijfsdoel getNieuwVerblijfsdoel() {
        return nieuwVerblijfsdoel;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public boolean isGeleverd() {
        return geleverdOp != null;
    }
}
