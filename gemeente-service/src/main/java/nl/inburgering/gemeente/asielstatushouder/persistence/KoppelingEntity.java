package nl.inburgering.gemeente.asielstatushouder.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** COA's koppeling of an asielstatushouder to this gemeente (#14); one row per person and gemeente. */
@Entity
@Table(name = "koppeling")
public class KoppelingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String vNummer;
    private String vorigeGemeentecode;
    @Column(nullable = false)
    private LocalDate datumKoppeling;
    private String azcLocatie;
    private LocalDate verwachteDatumUitstroom;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Koppelingstatus status;
    private Instant vervallenOp;
    /** The day the person was ingeschreven in this gemeente (BRP verhuizing from the AZC gemeente). */
    private LocalDate gevestigdOp;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected KoppelingEntity() {
    }

    public KoppelingEntity(String bsn, String gemeentecode) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
    }

    /** COA (re)linked the person to this gemeente: the koppeling is active with COA's latest data. */
    public void gekoppeld(String vNummer, String vorigeGemeentecode, LocalDate datumKoppeling, String azcLocatie,
            LocalDate verwachteDatumUitstroom, Instant ontvangenOp) {
        if (status == Koppelingstatus.VERVALLEN) {
            this.id = UUID.randomUUID(); // a new koppeling, not reachable through a link of the lapsed one
            this.gevestigdOp = null;
        }
        this.vNummer = vNummer;
        this.vorigeGemeentecode = vorigeGemeentecode;
        this.datumKoppeling = datumKoppeling;
        this.azcLocatie = azcLocatie;
        this.verwachteDatumUitstroom = verwachteDatumUitstroom;
        this.status = Koppelingstatus.ACTIEF;
        this.vervallenOp = null;
        this.ontvangenOp = ontvangenOp;
    }

    public void vervallen(Instant moment) {
        this.status = Koppelingstatus.VERVALLEN;
        this.vervallenOp = moment;
    }

    public void gevestigd(LocalDate datum) {
        this.gevestigdOp = datum;
    }

    public boolean isActief() {
        return status == Koppelingstatus.ACTIEF;
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

    public String getVNummer() {
        return vNummer;
    }

    public String getVorigeGemeentecode() {
        return vorigeGemeentecode;
    }

    public LocalDate getDatumKoppeling() {
        return datumKoppeling;
    }

    public String getAzcLocatie() {
        return azcLocatie;
    }

    public LocalDate getVerwachteDatumUitstroom() {
        return verwachteDatumUitstroom;
    }

    public Koppelingstatus getStatus() {
        return status;
    }

    public LocalDate getGevestigdOp() {
        return gevestigdOp;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }
}
