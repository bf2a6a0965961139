package nl.inburgering.gemeente.pip.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.pip.domain.Alfabetisering;
import nl.inburgering.gemeente.pip.domain.Herkomst;
import nl.inburgering.gemeente.pip.domain.Leerroute;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.gemeente.pip.domain.Pip;
import nl.inburgering.gemeente.pip.domain.Pipsoort;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One PIP of a person in a gemeente, with DUO's answer to it. */
@Entity
@Table(name = "pip")
public class PipEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Herkomst herkomst;
    @Enumerated(EnumType.STRING)
    private Pipsoort soort;
    @Column(nullable = false)
    private LocalDate dagtekening;
    @Enumerated(EnumType.STRING)
    private Leerroute leerroute;
    @Enumerated(EnumType.STRING)
    private Niveau niveau;
    @Column(name = "geschatte_intensiteit_b1_route")
    private Integer geschatteIntensiteitB1Route;
    private Boolean indicatorMagOpleidingAfmaken;
    @Enumerated(EnumType.STRING)
    private Alfabetisering alfabetiseringsonderwijs;
    private Boolean eenzijdigVastgesteld;
    @Enumerated(EnumType.STRING)
    private RedenWijziging redenWijziging;
    @Enumerated(EnumType.STRING)
    private Niveau niveauGeregistreerd;
    @Column(nullable = false)
    private Instant vastgesteldOp;
    @Embedded
    @AssociationOverride(name = "afwijzingsredenen",
            joinTable = @JoinTable(name = "pip_afwijzingsreden", joinColumns = @JoinColumn(name = "pip_id")))
    private Registratie registratie;

    protected PipEntity() {
    }

    /** A PIP vastgesteld here, on its way to DUO. */
    public static PipEntity vastgesteld(String bsn, String gemeentecode, Pipsoort soort, Pip pip, Instant nu) {
        PipEntity e = new PipEntity(bsn, gemeentecode, Herkomst.DEZE_DIENST, pip.dagtekening(), nu);
        e.soort = soort;
        e.leerroute = pip.leerroute();
        e.niveau = pip.niveau();
        e.geschatteIntensiteitB1Route = pip.geschatteIntensiteitB1Route();
        e.indicatorMagOpleidingAfmaken = pip.indicatorMagOpleidingAfmaken();
        e.alfabetiseringsonderwijs = pip.alfabetisering();
        e.eenzijdigVastgesteld = pip.eenzijdigVastgesteld();
        e.redenWijziging = pip.redenWijziging();
        return e;
    }

    /** A PIP the gemeente-service only knows from DUO's answer (delivered to DUO's M2M API by another system). */
    public static PipEntity rechtstreeksBijDuo(String bsn, String gemeentecode, LocalDate dagtekening, Instant nu) {
        return new PipEntity(bsn, gemeentecode, Herkomst.RECHTSTREEKS_BIJ_DUO, dagtekening, nu);
    }

    private PipEntity(String bsn, String gemeentecode, Herkomst herkomst, LocalDate dagtekening, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.herkomst = herkomst;
        this.dagtekening = dagtekening;
        this.registratie = Registratie.verzonden();
        this.vastgesteldOp = nu;
    }

    /** DUO registered the PIP, with the leerroute and niveau it registered (B1 when the gemeente gave none). */
    public void geregistreerd(Leerroute geregistreerdeLeerroute, Niveau geregistreerdNiveau, LocalDate datum,
            Instant nu) {
        if (leerroute == null) {
            leerroute = geregistreerdeLeerroute;
        }
        this.niveauGeregistreerd = geregistreerdNiveau;
        registratie.geregistreerd(datum, nu);
    }

    public void afgewezen(List<AfwijzingsredenEmbeddable> redenen, LocalDate datum, Instant nu) {
        registratie.afgewezen(redenen, datum, nu);
    }

    @Override

    public UUID getId() {
        return id;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Herkomst getHerkomst() {
        return herkomst;
    }

    public Pipsoort getSoort() {
        return soort;
    }

    public LocalDate getDagtekening() {
        return dagtekening;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    /** The niveau as DUO registered it once it did, else as vastgesteld. */
    public Niveau getNiveau() {
        return niveauGeregistreerd != null ? niveauGeregistreerd : niveau;
    }

    public Niveau getNiveauVastgesteld() {
        return niveau;
    }

    public Integer getGeschatteIntensiteitB1Route() {
        return geschatteIntensiteitB1Route;
    }

    public Boolean getIndicatorMagOpleidingAfmaken() {
        return indicatorMagOpleidingAfmaken;
    }

    public Alfabetisering getAlfabetiseringsonderwijs() {
        return alfabetiseringsonderwijs;
    }

    public Boolean getEenzijdigVastgesteld() {
        return eenzijdigVastgesteld;
    }

    public RedenWijziging getRedenWijziging() {
        return redenWijziging;
    }

    public Registratiestatus getStatus() {
        return registratie.getStatus();
    }

    public LocalDate getDatumRegistratie() {
        return registratie.getDatumRegistratie();
    }

    public LocalDate getDatumAfwijzing() {
        return registratie.getDatumAfwijzing();
    }

    public Instant getVastgesteldOp() {
        return vastgesteldOp;
    }

    public Instant getBeantwoordOp() {
        return registratie.getBeantwoordOp();
    }

    public List<AfwijzingsredenEmbeddable> getAfwijzingsredenen() {
        return registratie.getAfwijzingsredenen();
    }
}
