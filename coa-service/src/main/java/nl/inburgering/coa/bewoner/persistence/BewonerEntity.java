package nl.inburgering.coa.bewoner.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** An asielstatushouder COA houses in an AZC, from registration until uitstroom to his gemeente. */
@Entity
@Table(name = "bewoner")
public class BewonerEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String bsn;
    @Column(name = "v_nummer", nullable = false, unique = true)
    private String vNummer;
    @Column(nullable = false)
    private String azcLocatie;
    @Column(nullable = false)
    private Instant geregistreerdOp;
    private Boolean voorinburgeringGeaccepteerd;
    private Instant voorinburgeringVastgelegdOp;
    private LocalDate uitgestroomdOp;
    private String uitstroomGemeentecode;
    private LocalDate overledenOp;

    protected BewonerEntity() {
    }

    public BewonerEntity(UUID id, Bsn bsn, String vNummer, String azcLocatie, Instant geregistreerdOp) {
        this.id = id;
        this.bsn = bsn.value();
        this.vNummer = vNummer;
        this.azcLocatie = azcLocatie;
        this.geregistreerdOp = geregistreerdOp;
    }

    public void voorinburgering(boolean geaccepteerd, Instant vastgelegdOp) {
        this.voorinburgeringGeaccepteerd = geaccepteerd;
        this.voorinburgeringVastgelegdOp = vastgelegdOp;
    }

    public void uitgestroomd(LocalDate datum, String gemeentecode) {
        this.uitgestroomdOp = datum;
        this.uitstroomGemeentecode = gemeentecode;
    }

    /** The BRP reports his death (issue 15). */
    public void overleden(LocalDate datum) {
        this.overledenOp = datum;
    }

    public Optional<LocalDate> getOverledenOp() {
        return Optional.ofNullable(overledenOp);
    }

    @Override

    public UUID getId() {
        return id;
    }

    public Bsn getBsn() {
        return Bsn.of(bsn);
    }

    public String getVNummer() {
        return vNummer;
    }

    public String getAzcLocatie() {
        return azcLocatie;
    }

    public Instant getGeregistreerdOp() {
        return geregistreerdOp;
    }

    public Optional<Boolean> getVoorinburgeringGeaccepteerd() {
        return Optional.ofNullable(voorinburgeringGeaccepteerd);
    }

    public Optional<Instant> getVoorinburgeringVastgelegdOp() {
        return Optional.ofNullable(voorinburgeringVastgelegdOp);
    }

    public Optional<LocalDate> getUitgestroomdOp() {
        return Optional.ofNullable(uitgestroomdOp);
    }

    public Optional<String> getUitstroomGemeentecode() {
        return Optional.ofNullable(uitstroomGemeentecode);
    }

    public boolean isUitgestroomd() {
        return uitgestroomdOp != null;
    }
}
