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
import nl.inburgering.gemeente.pip.domain.Inburgeringsaanbod;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One inburgeringsaanbod of a person in a gemeente, with DUO's answer to it. */
@Entity
@Table(name = "inburgeringsaanbod")
public class InburgeringsaanbodEntity extends NieuweEntiteit<UUID> {

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
    @Column(nullable = false)
    private LocalDate datumInburgeringsaanbod;
    private LocalDate verwachteStartdatumOpleiding;
    private LocalDate verwachteEinddatumOpleiding;
    @Enumerated(EnumType.STRING)
    private Alfabetisering alfabetiseringsonderwijs;
    @Column(nullable = false)
    private String[] instellingsnummers;
    @Column(nullable = false)
    private Instant vastgesteldOp;
    @Embedded
    @AssociationOverride(name = "afwijzingsredenen", joinTable = @JoinTable(name = "inburgeringsaanbod_afwijzingsreden",
            joinColumns = @JoinColumn(name = "inburgeringsaanbod_id")))
    private Registratie registratie;

    protected InburgeringsaanbodEntity() {
    }

    public static InburgeringsaanbodEntity vastgesteld(String bsn, String gemeentecode, Inburgeringsaanbod aanbod,
            Instant nu) {
        InburgeringsaanbodEntity e = new InburgeringsaanbodEntity(bsn, gemeentecode, Herkomst.DEZE_DIENST,
                aanbod.datumInburgeringsaanbod(), aanbod.instellingsnummers(), nu);
        e.verwachteStartdatumOpleiding = aanbod.verwachteStartdatumOpleiding();
        e.verwachteEinddatumOpleiding = aanbod.verwachteEinddatumOpleiding();
        e.alfabetiseringsonderwijs = aanbod.alfabetisering();
        return e;
    }

    public static InburgeringsaanbodEntity rechtstreeksBijDuo(String bsn, String gemeentecode, LocalDate datum,
            List<String> instellingsnummers, Instant nu) {
        return new InburgeringsaanbodEntity(bsn, gemeentecode, Herkomst.RECHTSTREEKS_BIJ_DUO, datum, instellingsnummers,
                nu);
    }

    private InburgeringsaanbodEntity(String bsn, String gemeentecode, Herkomst herkomst, LocalDate datum,
            List<String> instellingsnummers, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.herkomst = herkomst;
        this.datumInburgeringsaanbod = datum;
        this.instellingsnummers = instellingsnummers.toArray(String[]::new);
        this.registratie = Registratie.verzonden();
        this.vastgesteldOp = nu;
    }

    public void geregistreerd(List<String> geregistreerdeInstellingen, LocalDate datum, Instant nu) {
        if (!geregistreerdeInstellingen.isEmpty()) {
            this.instellingsnummers = geregistreerdeInstellingen.toArray(String[]::new);
        }
        registratie.geregistreerd(datum, nu);
    }

    public void afgewezen(List<AfwijzingsredenEmbeddable> redenen, LocalDate datum, Instant nu) {
        registratie.afgewezen(redenen, datum, nu);
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

    public Herkomst getHerkomst() {
        return herkomst;
    }

    public LocalDate getDatumInburgeringsaanbod() {
        return datumInburgeringsaanbod;
    }

    public LocalDate getVerwachteStartdatumOpleiding() {
        return verwachteStartdatumOpleiding;
    }

    public LocalDate getVerwachteEinddatumOpleiding() {
        return verwachteEinddatumOpleiding;
    }

    public Alfabetisering getAlfabetiseringsonderwijs() {
        return alfabetiseringsonderwijs;
    }

    public List<String> getInstellingsnummers() {
        return List.of(instellingsnummers);
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

    public List<AfwijzingsredenEmbeddable> getAfwijzingsredenen() {
        return registratie.getAfwijzingsredenen();
    }
}
