package nl.inburgering.duo.szw.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.szw.domain.BeslissingBio;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** SZW's beslissing on a BIO dossier, once per dossier, with who took it and when. */
@Entity
@Table(name = "szw_bio_beslissing")
public class BioBeslissingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID dossierkenmerk;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BeslissingBio.Oordeel oordeel;
    @Column(nullable = false)
    private LocalDate datumBeslissing;
    @Column(nullable = false)
    private String door;
    @Column(nullable = false)
    private Instant genomenOp;

    protected BioBeslissingEntity() {
    }

    public BioBeslissingEntity(UUID dossierkenmerk, String bsn, BeslissingBio.Oordeel oordeel,
            LocalDate datumBeslissing, String door, Instant genomenOp) {
        this.dossierkenmerk = dossierkenmerk;
        this.bsn = bsn;
        this.oordeel = oordeel;
        this.datumBeslissing = datumBeslissing;
        this.door = door;
        this.genomenOp = genomenOp;
    }

    public UUID getDossierkenmerk() {
        return dossierkenmerk;
    }

    public String getBsn() {
        return bsn;
    }

    public BeslissingBio.Oordeel getOordeel() {
        return oordeel;
    }

    public LocalDate getDatumBeslissing() {
        return datumBeslissing;
    }

    public String getDoor() {
        return door;
    }

    public Instant getGenomenOp() {
        return genomenOp;
    }

    @Override
    public UUID getId() {
        return dossierkenmerk;
    }
}
