package nl.inburgering.gemeente.intake.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.intake.domain.Onderwerp;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** An oproep for the brede intake, with the opkomst once the caseworker recorded it. */
@Entity
@Table(name = "brede_intake_oproep")
public class OproepEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private Instant datum;
    @Column(nullable = false)
    private String locatie;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Onderwerp onderwerp;
    private Boolean verschenen;
    private String toelichtingOpkomst;
    private Instant opkomstVastgelegdOp;
    @Column(nullable = false)
    private Instant aangemaaktOp;

    protected OproepEntity() {
    }

    public OproepEntity(String bsn, String gemeentecode, Instant datum, String locatie, Onderwerp onderwerp,
            Instant aangemaaktOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.datum = datum;
        this.locatie = locatie;
        this.onderwerp = onderwerp;
        this.aangemaaktOp = aangemaaktOp;
    }

    public boolean isOpkomstVastgelegd() {
        return verschenen != null;
    }

    public void opkomst(boolean verschenen, String toelichting, Instant vastgelegdOp) {
        this.verschenen = verschenen;
        this.toelichtingOpkomst = toelichting;
        this.opkomstVastgelegdOp = vastgelegdOp;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Instant getDatum() {
        return datum;
    }

    public String getLocatie() {
        return locatie;
    }

    public Onderwerp getOnderwerp() {
        return onderwerp;
    }

    public Boolean getVerschenen() {
        return verschenen;
    }

    public String getToelichtingOpkomst() {
        return toelichtingOpkomst;
    }

    public Instant getOpkomstVastgelegdOp() {
        return opkomstVastgelegdOp;
    }
}
