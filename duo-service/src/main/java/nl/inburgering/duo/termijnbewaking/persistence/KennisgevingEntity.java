package nl.inburgering.duo.termijnbewaking.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * A kennisgeving DUO sent the inburgeraar himself (no stelseldienst: a letter or a message in mijninburgering), kept
 * so the DUO backoffice sees it was sent.
 */
@Entity
@Table(name = "termijn_kennisgeving")
public class KennisgevingEntity extends NieuweEntiteit<UUID> {

    public static final String TWEE_MAANDEN_VOOR_EINDE_TERMIJN = "TWEE_MAANDEN_VOOR_EINDE_TERMIJN";

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String soort;
    private LocalDate einddatumTermijn;
    @Column(nullable = false)
    private Instant verstuurdOp;

    protected KennisgevingEntity() {
    }

    public KennisgevingEntity(String bsn, String soort, LocalDate einddatumTermijn, Instant verstuurdOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.soort = soort;
        this.einddatumTermijn = einddatumTermijn;
        this.verstuurdOp = verstuurdOp;
    }

    public String getSoort() {
        return soort;
    }

    public LocalDate getEinddatumTermijn() {
        return einddatumTermijn;
    }

    public Instant getVerstuurdOp() {
        return verstuurdOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
