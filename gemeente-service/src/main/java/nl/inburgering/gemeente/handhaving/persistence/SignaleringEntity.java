package nl.inburgering.gemeente.handhaving.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.handhaving.domain.Signalering;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One #7 InburgeringsplichtigeGesignaleerd DUO delivered to this gemeente. */
@Entity
@Table(name = "signalering")
public class SignaleringEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String reden;
    @Column(nullable = false)
    private LocalDate einddatumTermijn;
    @Column(nullable = false)
    private LocalDate datumSignalering;
    private LocalDate datumAanvraagVerlenging;
    private LocalDate uiterlijkeLeverdatum;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected SignaleringEntity() {
    }

    public SignaleringEntity(String bsn, String gemeentecode, Signalering s, Instant ontvangenOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.reden = s.reden();
        this.einddatumTermijn = s.einddatumInburgeringstermijn();
        this.datumSignalering = s.datumSignalering();
        this.datumAanvraagVerlenging = s.datumAanvraagVerlenging();
        this.uiterlijkeLeverdatum = s.uiterlijkeLeverdatum();
        this.ontvangenOp = ontvangenOp;
    }

    public String getBsn() {
        return bsn;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public Signalering signalering() {
        return new Signalering(reden, datumSignalering, einddatumTermijn, uiterlijkeLeverdatum,
                datumAanvraagVerlenging);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
