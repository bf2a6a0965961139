package nl.inburgering.duo.inburgeringsplicht.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A leerbaarheidstoets DUO set ready for the brede intake (seed §3.2, §4.2). */
@Entity
@Table(name = "leerbaarheidstoets")
public class LeerbaarheidstoetsEntity {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false)
    private Instant klaargezetOp;

    protected LeerbaarheidstoetsEntity() {
    }

    public static LeerbaarheidstoetsEntity klaargezet(String bsn, Instant op) {
        LeerbaarheidstoetsEntity toets = new LeerbaarheidstoetsEntity();
        toets.id = UUID.randomUUID();
        toets.bsn = bsn;
        toets.status = "KLAARGEZET";
        toets.klaargezetOp = op;
        return toets;
    }
}
