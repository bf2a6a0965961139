package nl.inburgering.duo.vrijstelling.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.vrijstelling.domain.Registerfeit;
import nl.inburgering.duo.vrijstelling.domain.Registratie;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One fact of DUO's own registers that frees a person ambtshalve (seed §3.2). */
@Entity
@Table(name = "vrijstellingsregister")
public class RegistratieEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Registerfeit soort;
    @Column(nullable = false)
    private String omschrijving;
    @Column(nullable = false)
    private LocalDate startdatum;
    private LocalDate einddatum;
    @Column(nullable = false)
    private Instant vastgelegdOp;

    protected RegistratieEntity() {
    }

    public RegistratieEntity(String bsn, Registerfeit soort, String omschrijving, LocalDate startdatum,
            LocalDate einddatum, Instant vastgelegdOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.soort = soort;
        this.omschrijving = omschrijving;
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.vastgelegdOp = vastgelegdOp;
    }

    public Registratie registratie() {
        return new Registratie(soort, startdatum, einddatum);
    }

    @Override

    public UUID getId() { return id; }
    public String getBsn() { return bsn; }
    public Registerfeit getSoort() { return soort; }
    public String getOmschrijving() { return omschrijving; }
    public LocalDate getStartdatum() { return startdatum; }
    public LocalDate getEinddatum() { return einddatum; }
}
