package nl.inburgering.duo.handhaving.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld.Oordeel;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** An aanvraag tot verlenging of the termijn (seed §9.3.2): INGEDIEND until DUO decided on it, once. */
@Entity
@Table(name = "verlengingsaanvraag")
public class VerlengingsaanvraagEntity extends NieuweEntiteit<UUID> {

    public enum Status { INGEDIEND, BEOORDEELD }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private LocalDate datumAanvraag;
    @Column(nullable = false)
    private String onderbouwing;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private Instant ingediendOp;
    @Enumerated(EnumType.STRING)
    private Oordeel oordeel;
    private String verlengingsgrondcode;
    private LocalDate nieuweEinddatum;
    private LocalDate datumBeschikking;

    protected VerlengingsaanvraagEntity() {
    }

    public VerlengingsaanvraagEntity(String bsn, LocalDate datumAanvraag, String onderbouwing, String gemeentecode,
            Instant ingediendOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.datumAanvraag = datumAanvraag;
        this.onderbouwing = onderbouwing;
        this.gemeentecode = gemeentecode;
        this.status = Status.INGEDIEND;
        this.ingediendOp = ingediendOp;
    }

    public void beoordeeld(Oordeel oordeel, String verlengingsgrondcode, LocalDate nieuweEinddatum,
            LocalDate datumBeschikking) {
        this.status = Status.BEOORDEELD;
        this.oordeel = oordeel;
        this.verlengingsgrondcode = verlengingsgrondcode;
        this.nieuweEinddatum = nieuweEinddatum;
        this.datumBeschikking = datumBeschikking;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public LocalDate getDatumAanvraag() {
        return datumAanvraag;
    }

    public String getOnderbouwing() {
        return onderbouwing;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Status getStatus() {
        return status;
    }

    public Oordeel getOordeel() {
        return oordeel;
    }

    public String getVerlengingsgrondcode() {
        return verlengingsgrondcode;
    }

    public LocalDate getNieuweEinddatum() {
        return nieuweEinddatum;
    }

    public LocalDate getDatumBeschikking() {
        return datumBeschikking;
    }
}
