package nl.inburgering.gemeente.pip.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One delivery of #5: the termijn DUO vastgesteld from the first PIP, or a later change of it. */
@Entity
@Table(name = "inburgeringstermijn")
public class InburgeringstermijnEntity extends NieuweEntiteit<UUID> {

    public static final String VASTGESTELD = "VASTGESTELD";
    public static final String GEWIJZIGD = "GEWIJZIGD";

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String soort;
    @Column(nullable = false)
    private LocalDate startdatum;
    @Column(nullable = false)
    private LocalDate einddatum;
    private LocalDate dagtekeningPip;
    private LocalDate vorigeEinddatum;
    private String redenWijziging;
    private String verlengingsgrondcode;
    private String verlengingsgrondomschrijving;
    @Column(nullable = false)
    private LocalDate datum;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected InburgeringstermijnEntity() {
    }

    public static InburgeringstermijnEntity vastgesteld(String bsn, String gemeentecode, LocalDate startdatum,
            LocalDate einddatum, LocalDate dagtekeningPip, LocalDate datumVaststelling, Instant nu) {
        InburgeringstermijnEntity e = new InburgeringstermijnEntity(bsn, gemeentecode, VASTGESTELD, startdatum,
                einddatum, datumVaststelling, nu);
        e.dagtekeningPip = dagtekeningPip;
        return e;
    }

    public static InburgeringstermijnEntity gewijzigd(String bsn, String gemeentecode, String redenWijziging,
            LocalDate startdatum, LocalDate einddatum, LocalDate vorigeEinddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate datumWijziging, Instant nu) {
        InburgeringstermijnEntity e = new InburgeringstermijnEntity(bsn, gemeentecode, GEWIJZIGD, startdatum,
                einddatum, datumWijziging, nu);
        e.redenWijziging = redenWijziging;
        e.vorigeEinddatum = vorigeEinddatum;
        e.verlengingsgrondcode = verlengingsgrondcode;
        e.verlengingsgrondomschrijving = verlengingsgrondomschrijving;
        return e;
    }

    private InburgeringstermijnEntity(String bsn, String gemeentecode, String soort, LocalDate startdatum,
            LocalDate einddatum, LocalDate datum, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.soort = soort;
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.datum = datum;
        this.ontvangenOp = nu;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getBsn() {
        return bsn;
    }

    public String getSoort() {
        return soort;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public LocalDate getDagtekeningPip() {
        return dagtekeningPip;
    }

    public LocalDate getVorigeEinddatum() {
        return vorigeEinddatum;
    }

    public String getRedenWijziging() {
        return redenWijziging;
    }

    public String getVerlengingsgrondcode() {
        return verlengingsgrondcode;
    }

    public String getVerlengingsgrondomschrijving() {
        return verlengingsgrondomschrijving;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
