package nl.inburgering.duo.examen.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.duo.examen.domain.Examenstatus;
import nl.inburgering.duo.examen.domain.Niveau;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.duo.examen.domain.RedenGeenResultaat;
import nl.inburgering.duo.examen.domain.Uitslag;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One examen of a person: aangemeld for an onderdeel (and niveau), gepland on a datum, with its definitive uitslag. */
@Entity
@Table(name = "examen")
public class ExamenEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Onderdeel onderdeel;
    @Enumerated(EnumType.STRING)
    private Niveau niveau;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Examenstatus status;
    @Column(nullable = false)
    private Instant aangemeldOp;
    private LocalDate examendatum;
    @Enumerated(EnumType.STRING)
    private Uitslag uitslag;
    @Enumerated(EnumType.STRING)
    private RedenGeenResultaat redenGeenResultaat;
    private LocalDate datumDefinitieveUitslag;
    /** The recipients of the #13: the gemeente and the instellingen (comma-separated), null before. */
    private String geleverdAanGemeente;
    private String geleverdAanInstellingen;

    protected ExamenEntity() {
    }

    public ExamenEntity(String bsn, Onderdeel onderdeel, Niveau niveau, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.onderdeel = onderdeel;
        this.niveau = niveau;
        this.status = Examenstatus.AANGEMELD;
        this.aangemeldOp = nu;
    }

    public void plan(LocalDate datum) {
        this.examendatum = datum;
        this.status = Examenstatus.GEPLAND;
    }

    public void uitslag(Uitslag uitslag, RedenGeenResultaat reden, LocalDate vandaag) {
        this.uitslag = uitslag;
        this.redenGeenResultaat = reden;
        this.datumDefinitieveUitslag = vandaag;
        this.status = Examenstatus.UITSLAG;
    }

    public void geleverdAan(String gemeentecode, List<String> instellingsnummers) {
        this.geleverdAanGemeente = gemeentecode;
        this.geleverdAanInstellingen = String.join(",", instellingsnummers);
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public Niveau getNiveau() {
        return niveau;
    }

    public Examenstatus getStatus() {
        return status;
    }

    public LocalDate getExamendatum() {
        return examendatum;
    }

    public Uitslag getUitslag() {
        return uitslag;
    }

    public RedenGeenResultaat getRedenGeenResultaat() {
        return redenGeenResultaat;
    }

    public LocalDate getDatumDefinitieveUitslag() {
        return datumDefinitieveUitslag;
    }

    public String getGeleverdAanGemeente() {
        return geleverdAanGemeente;
    }

    public List<String> getGeleverdAanInstellingen() {
        return geleverdAanInstellingen == null || geleverdAanInstellingen.isEmpty() ? List.of()
                : Arrays.asList(geleverdAanInstellingen.split(","));
    }
}
