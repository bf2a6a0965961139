package nl.inburgering.gemeente.asielstatushouder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** DUO's Recht op maatschappelijke begeleiding (#4) of a person for this gemeente; one row per person and gemeente. */
@Entity
@Table(name = "maatschappelijke_begeleiding")
public class MaatschappelijkeBegeleidingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate ingangsdatum;
    @Column(nullable = false)
    private LocalDate datumVaststelling;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected MaatschappelijkeBegeleidingEntity() {
    }

    public MaatschappelijkeBegeleidingEntity(String bsn, String gemeentecode) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
    }

    public void vastgesteld(LocalDate ingangsdatum, LocalDate datumVaststelling, Instant ontvangenOp) {
        this.ingangsdatum = ingangsdatum;
        this.datumVaststelling = datumVaststelling;
        this.ontvangenOp = ontvangenOp;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public LocalDate getDatumVaststelling() {
        return datumVaststelling;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
