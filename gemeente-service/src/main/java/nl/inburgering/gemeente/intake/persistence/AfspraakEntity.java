package nl.inburgering.gemeente.intake.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * A planned leerbaarheidstoets for a toets DUO set ready, with the toetsbegeleider's verloop once recorded. Whether
 * the person appeared is known for the verloop; whether it went orderly only when he appeared.
 */
@Entity
@Table(name = "leerbaarheidstoets_afspraak")
public class AfspraakEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private Long klaargezetVolgnummer;
    private String examennummer;
    @Column(nullable = false)
    private Instant datum;
    @Column(nullable = false)
    private String locatie;
    @Column(nullable = false)
    private String toetsbegeleider;
    private Boolean verschenen;
    private Boolean ordentelijkVerloop;
    private String toelichtingVerloop;
    private Instant verloopVastgelegdOp;
    @Column(nullable = false)
    private Instant aangemaaktOp;

    protected AfspraakEntity() {
    }

    public AfspraakEntity(String bsn, String gemeentecode, Long klaargezetVolgnummer, String examennummer,
            Instant datum, String locatie, String toetsbegeleider, Instant aangemaaktOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.klaargezetVolgnummer = klaargezetVolgnummer;
        this.examennummer = examennummer;
        this.datum = datum;
        this.locatie = locatie;
        this.toetsbegeleider = toetsbegeleider;
        this.aangemaaktOp = aangemaaktOp;
    }

    public boolean isVerloopVastgelegd() {
        return verschenen != null;
    }

    public void verloop(boolean verschenen, Boolean ordentelijkVerloop, String toelichting, Instant vastgelegdOp) {
        this.verschenen = verschenen;
        this.ordentelijkVerloop = ordentelijkVerloop;
        this.toelichtingVerloop = toelichting;
        this.verloopVastgelegdOp = vastgelegdOp;
    }

    /** DUO's #6 completed the toets this afspraak was planned for with its examennummer. */
    public void examennummer(String examennummer) {
        this.examennummer = examennummer;
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

    public Long getKlaargezetVolgnummer() {
        return klaargezetVolgnummer;
    }

    public String getExamennummer() {
        return examennummer;
    }

    public Instant getDatum() {
        return datum;
    }

    public String getLocatie() {
        return locatie;
    }

    public String getToetsbegeleider() {
        return toetsbegeleider;
    }

    public Boolean getVerschenen() {
        return verschenen;
    }

    public Boolean getOrdentelijkVerloop() {
        return ordentelijkVerloop;
    }

    public String getToelichtingVerloop() {
        return toelichtingVerloop;
    }

    public Instant getVerloopVastgelegdOp() {
        return verloopVastgelegdOp;
    }
}
