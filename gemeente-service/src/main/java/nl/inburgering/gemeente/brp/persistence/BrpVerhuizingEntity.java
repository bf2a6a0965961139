package nl.inburgering.gemeente.brp.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A registered verhuizing of an ingeschreven person to another gemeente (the BRP's history of moves). */
@Entity
@Table(name = "brp_verhuizing")
public class BrpVerhuizingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecodeOud;
    @Column(nullable = false)
    private String gemeentecodeNieuw;
    @Column(nullable = false)
    private LocalDate datumVerhuizing;
    @Column(nullable = false)
    private Instant geregistreerdOp;

    protected BrpVerhuizingEntity() {
    }

    public BrpVerhuizingEntity(UUID id, String bsn, String gemeentecodeOud, String gemeentecodeNieuw,
            LocalDate datumVerhuizing, Instant geregistreerdOp) {
        this.id = id;
        this.bsn = bsn;
        this.gemeentecodeOud = gemeentecodeOud;
        this.gemeentecodeNieuw = gemeentecodeNieuw;
        this.datumVerhuizing = datumVerhuizing;
        this.geregistreerdOp = geregistreerdOp;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public LocalDate getDatumVerhuizing() {
        return datumVerhuizing;
    }
}
