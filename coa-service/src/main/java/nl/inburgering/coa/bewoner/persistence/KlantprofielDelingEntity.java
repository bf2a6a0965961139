package nl.inburgering.coa.bewoner.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;

/** One delivery of the klantprofiel (#15) to a gemeente. */
@Entity
@Table(name = "klantprofiel_deling")
public class KlantprofielDelingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private UUID bewonerId;
    @Column(nullable = false)
    private UUID koppelingId;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Klantprofielmoment moment;
    private Integer klantprofielVersie;
    @Column(nullable = false)
    private Instant gedeeldOp;

    protected KlantprofielDelingEntity() {
    }

    public KlantprofielDelingEntity(UUID bewonerId, UUID koppelingId, String gemeentecode, Klantprofielmoment moment,
            Integer klantprofielVersie, Instant gedeeldOp) {
        this.bewonerId = bewonerId;
        this.koppelingId = koppelingId;
        this.gemeentecode = gemeentecode;
        this.moment = moment;
        this.klantprofielVersie = klantprofielVersie;
        this.gedeeldOp = gedeeldOp;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Klantprofielmoment getMoment() {
        return moment;
    }

    public Optional<Integer> getKlantprofielVersie() {
        return Optional.ofNullable(klantprofielVersie);
    }

    public Instant getGedeeldOp() {
        return gedeeldOp;
    }
}
