package nl.inburgering.duo.lening.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.lening.domain.Gebeurtenis;

/** One change of a lening or one of its facturen: who, when, why (the audit trail). Never changed. */
@Entity
@Table(name = "lening_historie")
public class LeninghistorieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private UUID leningId;
    private UUID factuurId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gebeurtenis gebeurtenis;
    @Column(nullable = false)
    private String door;
    @Column(nullable = false)
    private Instant op;
    @Column(nullable = false)
    private String toelichting;

    protected LeninghistorieEntity() {
    }

    public LeninghistorieEntity(UUID leningId, UUID factuurId, Gebeurtenis gebeurtenis, String door, Instant op,
            String toelichting) {
        this.leningId = leningId;
        this.factuurId = factuurId;
        this.gebeurtenis = gebeurtenis;
        this.door = door;
        this.op = op;
        this.toelichting = toelichting;
    }

    public Long getId() {
        return id;
    }

    public UUID getLeningId() {
        return leningId;
    }

    public UUID getFactuurId() {
        return factuurId;
    }

    public Gebeurtenis getGebeurtenis() {
        return gebeurtenis;
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }

    public String getToelichting() {
        return toelichting;
    }
}
