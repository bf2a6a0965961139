package nl.inburgering.duo.ontheffing.persistence;

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
import nl.inburgering.duo.ontheffing.domain.Processtap;

/** One step of an ontheffingsaanvraag's procedure: who took it, when, and why (the audit trail). Never changed. */
@Entity
@Table(name = "ontheffingsstap")
public class OntheffingsstapEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private UUID aanvraagId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Processtap stap;
    @Column(nullable = false)
    private String door;
    @Column(nullable = false)
    private Instant op;
    @Column(nullable = false)
    private String toelichting;

    protected OntheffingsstapEntity() {
    }

    public OntheffingsstapEntity(UUID aanvraagId, Processtap stap, String door, Instant op, String toelichting) {
        this.aanvraagId = aanvraagId;
        this.stap = stap;
        this.door = door;
        this.op = op;
        this.toelichting = toelichting;
    }

    public Long getId() {
        return id;
    }

    public UUID getAanvraagId() {
        return aanvraagId;
    }

    public Processtap getStap() {
        return stap;
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
