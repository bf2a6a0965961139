package nl.inburgering.duo.instelling.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.duo.instelling.domain.Contractpartij;
import nl.inburgering.duo.instelling.domain.Inschrijving;
import nl.inburgering.duo.instelling.domain.Leerroute;
import nl.inburgering.duo.instelling.domain.Taalniveau;
import nl.inburgering.duo.instelling.domain.Uitschrijving;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One inschrijving of a person at an instelling (#20), closed by its uitschrijving. */
@Entity
@Table(name = "inschrijving_instelling")
public class InschrijvingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Leerroute leerroute;
    @Enumerated(EnumType.STRING)
    private Taalniveau taalniveau;
    private boolean taalschakeltraject;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
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
    private Instant gewijzigdOp;

    protected InschrijvingEntity() {
    }

    public InschrijvingEntity(String bsn, Inschrijving inschrijving, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.instellingsnummer = inschrijving.instellingsnummer();
        this.datumInschrijving = inschrijving.datumInschrijving();
        vervang(inschrijving, nu);
    }

    /** The instelling delivered the inschrijving again (a correction, or the same once more): its data replace ours. */
    public void vervang(Inschrijving inschrijving, Instant nu) {
        this.leerroute = inschrijving.leerroute();
        this.taalniveau = inschrijving.taalniveau();
        this.taalschakeltraject = inschrijving.taalschakeltraject();
        this.contractpartij = inschrijving.contractpartij();
        this.gemeentecode = inschrijving.gemeentecode();
        this.startdatum = inschrijving.startdatum();
        this.verwachteEinddatum = inschrijving.verwachteEinddatum();
        this.gewijzigdOp = nu;
    }

    public void schrijfUit(Uitschrijving uitschrijving, Instant nu) {
        this.datumUitschrijving = uitschrijving.datumUitschrijving();
        this.opleidingAfgerond = uitschrijving.opleidingAfgerond();
        this.gewijzigdOp = nu;
    }

    public boolean isLopend() {
        return datumUitschrijving == null;
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public LocalDate getDatumInschrijving() {
        return datumInschrijving;
    }

    public LocalDate getDatumUitschrijving() {
        return datumUitschrijving;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
