package nl.inburgering.duo.inspanning.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.Route;
import nl.inburgering.duo.inspanning.domain.Weigering;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** An inspanning DUO refused (the wrong route, §15.5), kept with its reason and never counted. */
@Entity
@Table(name = "inspanning_afwijzing")
public class InspanningAfwijzingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Route route;
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate peildatum;
    @Column(nullable = false)
    private String redenCode;
    @Column(nullable = false)
    private String reden;
    @Column(nullable = false)
    private Instant afgewezenOp;

    protected InspanningAfwijzingEntity() {
    }

    public InspanningAfwijzingEntity(String bsn, Inspanning inspanning, Route route, String gemeentecode,
            Weigering weigering, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.instellingsnummer = inspanning.instellingsnummer();
        this.route = route;
        this.gemeentecode = gemeentecode;
        this.peildatum = inspanning.peildatum();
        this.redenCode = weigering.code();
        this.reden = weigering.omschrijving();
        this.afgewezenOp = nu;
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public Route getRoute() {
        return route;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public String getRedenCode() {
        return redenCode;
    }

    public String getReden() {
        return reden;
    }

    public Instant getAfgewezenOp() {
        return afgewezenOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
