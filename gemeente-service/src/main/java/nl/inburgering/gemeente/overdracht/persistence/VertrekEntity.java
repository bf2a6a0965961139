package nl.inburgering.gemeente.overdracht.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The old gemeente's record of a person who left it (SS122) and of the overdracht it owes (#19). */
@Entity
@Table(name = "vertrokken_inburgeraar")
public class VertrekEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    /** The old gemeente, whose row this is. */
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String gemeentecodeNieuw;
    @Column(nullable = false)
    private LocalDate datumVerhuizing;
    @Column(nullable = false)
    private LocalDate actualiserenUiterlijk;
    private LocalDate datumVerzoek;
    private LocalDate leverenUiterlijk;
    private Instant geleverdOp;
    private String contactpersoon;
    /** DUO's doelgroep when he left, as handed over (#19). */
    @Column(nullable = false)
    private String doelgroep;
    @Column(nullable = false)
    private Instant vastgelegdOp;

    protected VertrekEntity() {
    }

    public VertrekEntity(String bsn, String gemeentecode, String gemeentecodeNieuw, LocalDate datumVerhuizing,
            LocalDate actualiserenUiterlijk, String doelgroep, Instant vastgelegdOp) {
        this.doelgroep = doelgroep;
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.gemeentecodeNieuw = gemeentecodeNieuw;
        this.datumVerhuizing = datumVerhuizing;
        this.actualiserenUiterlijk = actualiserenUiterlijk;
        this.vastgelegdOp = vastgelegdOp;
    }

    /** The new gemeente asked for the dossier; a repeated request keeps the first date. */
    public void verzoekOntvangen(LocalDate datumVerzoek, LocalDate leverenUiterlijk) {
        if (this.datumVerzoek == null) {
            this.datumVerzoek = datumVerzoek;
            this.leverenUiterlijk = leverenUiterlijk;
        }
    }

    public void geleverd(String contactpersoon, Instant geleverdOp) {
        this.contactpersoon = contactpersoon;
        this.geleverdOp = geleverdOp;
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

    public String getGemeentecodeNieuw() {
        return gemeentecodeNieuw;
    }

    public LocalDate getDatumVerhuizing() {
        return datumVerhuizing;
    }

    public LocalDate getActualiserenUiterlijk() {
        return actualiserenUiterlijk;
    }

    public LocalDate getDatumVerzoek() {
        return datumVerzoek;
    }

    public LocalDate getLeverenUiterlijk() {
        return leverenUiterlijk;
    }

    public Instant getGeleverdOp() {
        return geleverdOp;
    }

    public String getContactpersoon() {
        return contactpersoon;
    }

    public String getDoelgroep() {
        return doelgroep;
    }

    public Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}
