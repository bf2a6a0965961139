package nl.inburgering.duo.termijnbewaking.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * One deadline of a person: its kind, the day it falls due and, once the job handled it, the moment it fired. A row,
 * not a timer (architecture §5): a restart or a moved clock loses nothing.
 */
@Entity
@Table(name = "termijn_deadline")
public class DeadlineEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Deadlinesoort soort;
    /** The soort's place in {@link Deadlinesoort}: deadlines of one day fire in that order. */
    @Column(nullable = false)
    private int volgorde;
    @Column(nullable = false)
    private LocalDate vervaldag;
    /** The gemeente the plan came from (first PIP, the #3), for the record. */
    private String gemeentecode;
    /** The inclusive einddatum of the termijn the deadline hangs on; null for deadlines that hang on none. */
    private LocalDate einddatumTermijn;
    @Column(nullable = false)
    private Instant geplandOp;
    private Instant gevuurdOp;

    protected DeadlineEntity() {
    }

    public DeadlineEntity(String bsn, Deadlinesoort soort, LocalDate vervaldag, String gemeentecode,
            LocalDate einddatumTermijn, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.soort = soort;
        this.volgorde = soort.ordinal();
        this.vervaldag = vervaldag;
        this.gemeentecode = gemeentecode;
        this.einddatumTermijn = einddatumTermijn;
        this.geplandOp = nu;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Deadlinesoort getSoort() {
        return soort;
    }

    public LocalDate getVervaldag() {
        return vervaldag;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getEinddatumTermijn() {
        return einddatumTermijn;
    }

    public Instant getGeplandOp() {
        return geplandOp;
    }

    public Instant getGevuurdOp() {
        return gevuurdOp;
    }
}
