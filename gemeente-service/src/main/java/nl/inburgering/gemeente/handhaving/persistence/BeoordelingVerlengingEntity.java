package nl.inburgering.gemeente.handhaving.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One #9 AanvraagVerlengingBeoordeeld DUO delivered to this gemeente. */
@Entity
@Table(name = "beoordeling_verlenging")
public class BeoordelingVerlengingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String oordeel;
    @Column(nullable = false)
    private LocalDate datumAanvraag;
    @Column(nullable = false)
    private LocalDate datumBeschikking;
    private String verlengingsgrondcode;
    private String verlengingsgrondomschrijving;
    private LocalDate nieuweEinddatumTermijn;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected BeoordelingVerlengingEntity() {
    }

    public BeoordelingVerlengingEntity(String bsn, String gemeentecode, String oordeel, LocalDate datumAanvraag,
            LocalDate datumBeschikking, String verlengingsgrondcode, String verlengingsgrondomschrijving,
            LocalDate nieuweEinddatumTermijn, Instant ontvangenOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.oordeel = oordeel;
        this.datumAanvraag = datumAanvraag;
        this.datumBeschikking = datumBeschikking;
        this.verlengingsgrondcode = verlengingsgrondcode;
        this.verlengingsgrondomschrijving = verlengingsgrondomschrijving;
        this.nieuweEinddatumTermijn = nieuweEinddatumTermijn;
        this.ontvangenOp = ontvangenOp;
    }

    public String getBsn() {
        return bsn;
    }

    public String getOordeel() {
        return oordeel;
    }

    public LocalDate getDatumAanvraag() {
        return datumAanvraag;
    }

    public LocalDate getDatumBeschikking() {
        return datumBeschikking;
    }

    public String getVerlengingsgrondcode() {
        return verlengingsgrondcode;
    }

    public String getVerlengingsgrondomschrijving() {
        return verlengingsgrondomschrijving;
    }

    public LocalDate getNieuweEinddatumTermijn() {
        return nieuweEinddatumTermijn;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
