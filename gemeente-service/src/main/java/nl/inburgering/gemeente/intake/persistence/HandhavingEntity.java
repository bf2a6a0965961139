package nl.inburgering.gemeente.intake.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.intake.domain.Maatregel;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A measure of the gemeente's handhaving op inspanning; it stays at the gemeente (seed §9.2). */
@Entity
@Table(name = "handhaving_op_inspanning")
public class HandhavingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Maatregel maatregel;
    @Column(nullable = false)
    private LocalDate datum;
    private BigDecimal bedrag;
    @Column(nullable = false)
    private String reden;
    @Column(nullable = false)
    private Instant opgelegdOp;

    protected HandhavingEntity() {
    }

    public HandhavingEntity(String bsn, String gemeentecode, Maatregel maatregel, LocalDate datum, BigDecimal bedrag,
            String reden, Instant opgelegdOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.maatregel = maatregel;
        this.datum = datum;
        this.bedrag = bedrag;
        this.reden = reden;
        this.opgelegdOp = opgelegdOp;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public Maatregel getMaatregel() {
        return maatregel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public BigDecimal getBedrag() {
        return bedrag;
    }

    public String getReden() {
        return reden;
    }

    public Instant getOpgelegdOp() {
        return opgelegdOp;
    }
}
