package nl.inburgering.instelling.cursist.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.instelling.cursist.api.Contractpartij;
import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.instelling.cursist.domain.Inschrijving;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One inschrijving of an inburgeraar at an instelling; the uitschrijving closes it. */
@Entity
@Table(name = "cursist")
public class CursistEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Leerroute leerroute;
    @Enumerated(EnumType.STRING)
    private Taalniveau taalniveau;
    private boolean taalschakeltraject;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Contractpartij contractpartij;
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumInschrijving;
    @Column(nullable = false)
    private LocalDate startdatum;
    private LocalDate verwachteEinddatum;
    private LocalDate datumUitschrijving;
    private Boolean opleidingAfgerond;
    @Column(nullable = false)
    private Instant ingeschrevenOp;
    private Instant uitgeschrevenOp;

    protected CursistEntity() {
    }

    public CursistEntity(UUID id, Inschrijving inschrijving, Instant nu) {
        this.id = id;
        this.instellingsnummer = inschrijving.instellingsnummer();
        this.bsn = inschrijving.bsn().value();
        this.leerroute = inschrijving.leerroute();
        this.taalniveau = inschrijving.taalniveau();
        this.taalschakeltraject = inschrijving.taalschakeltraject();
        this.contractpartij = inschrijving.contractpartij();
        this.gemeentecode = inschrijving.gemeentecode();
        this.datumInschrijving = inschrijving.datumInschrijving();
        this.startdatum = inschrijving.startdatum();
        this.verwachteEinddatum = inschrijving.verwachteEinddatum();
        this.ingeschrevenOp = nu;
    }

    public void schrijfUit(LocalDate datum, boolean afgerond, Instant nu) {
        this.datumUitschrijving = datum;
        this.opleidingAfgerond = afgerond;
        this.uitgeschrevenOp = nu;
    }

    public Cursist alsCursist() {
        return new Cursist(id, instellingsnummer, Bsn.of(bsn), leerroute, taalniveau, taalschakeltraject,
                contractpartij, gemeentecode, datumInschrijving, startdatum, verwachteEinddatum, datumUitschrijving,
                opleidingAfgerond);
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Boolean getOpleidingAfgerond() {
        return opleidingAfgerond;
    }

    public Instant getIngeschrevenOp() {
        return ingeschrevenOp;
    }
}
