package nl.inburgering.gemeente.brp.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "brp_inschrijving")
public class BrpInschrijvingEntity {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumInschrijving;
    @Column(nullable = false)
    private LocalDate geboortedatum;
    @Column(nullable = false)
    private Instant geregistreerdOp;

    protected BrpInschrijvingEntity() {
    }

    public BrpInschrijvingEntity(UUID id, String bsn, String gemeentecode, LocalDate datumInschrijving,
            LocalDate geboortedatum, Instant geregistreerdOp) {
        this.id = id;
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.datumInschrijving = datumInschrijving;
        this.geboortedatum = geboortedatum;
        this.geregistreerdOp = geregistreerdOp;
    }

    /** The person moved to another gemeente; the BRP keeps one inschrijving, in his current gemeente. */
    public void verhuisd(String gemeentecodeNieuw) {
        this.gemeentecode = gemeentecodeNieuw;
    }

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public LocalDate getDatumInschrijving() {
        return datumInschrijving;
    }
}
