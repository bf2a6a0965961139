package nl.inburgering.gemeente.vrijstellingontheffing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.BioAdvies;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The gemeente's advies on a BIO request (seed §11.3), by BSN and gemeente. */
@Entity
@Table(name = "bio_advies")
public class BioAdviesEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String advies;
    @Column(nullable = false)
    private String motivering;
    @Column(nullable = false)
    private LocalDate datumAdvies;
    @Column(nullable = false)
    private Instant vastgelegdOp;

    protected BioAdviesEntity() {
    }

    public BioAdviesEntity(String bsn, String gemeentecode, BioAdvies advies, Instant vastgelegdOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.advies = advies.advies();
        this.motivering = advies.motivering();
        this.datumAdvies = advies.datum();
        this.vastgelegdOp = vastgelegdOp;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public BioAdvies advies() {
        return new BioAdvies(advies, motivering, datumAdvies);
    }

    public Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}
