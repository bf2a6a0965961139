package nl.inburgering.duo.inspanning.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.Route;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * The stand of a person's inspanning at one instelling DUO counts: one row per person and instelling, replaced by a
 * delivery with a later (or the same) peildatum. Cumulative figures: the same stand delivered twice is one stand.
 */
@Entity
@Table(name = "inspanning")
@IdClass(InspanningEntity.Sleutel.class)
public class InspanningEntity extends NieuweEntiteit<InspanningEntity.Sleutel> {

    public static class Sleutel implements Serializable {
        private String bsn;
        private String instellingsnummer;

        protected Sleutel() {
        }

        public Sleutel(String bsn, String instellingsnummer) {
            this.bsn = bsn;
            this.instellingsnummer = instellingsnummer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(bsn, s.bsn)
                    && Objects.equals(instellingsnummer, s.instellingsnummer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bsn, instellingsnummer);
        }
    }

    @Id
    private String bsn;
    @Id
    private String instellingsnummer;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Route route;
    private String gemeentecode;
    @Column(nullable = false)
    private String leerroute;
    @Column(nullable = false)
    private LocalDate peildatum;
    @Column(nullable = false)
    private LocalDate startdatumOnderwijs;
    private int urenAangeboden;
    private int urenAanwezig;
    private int urenOngeoorloofdVerzuim;
    private boolean taalschakeltrajectAfgerond;
    private LocalDate datumAfrondingTaalschakeltraject;
    @Column(nullable = false)
    private String actualisatiemoment;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected InspanningEntity() {
    }

    public InspanningEntity(String bsn, String instellingsnummer) {
        this.bsn = bsn;
        this.instellingsnummer = instellingsnummer;
    }

    public void vervang(Inspanning inspanning, Route route, String gemeentecode, Instant nu) {
        this.route = route;
        this.gemeentecode = gemeentecode;
        this.leerroute = inspanning.leerroute();
        this.peildatum = inspanning.peildatum();
        this.startdatumOnderwijs = inspanning.startdatumOnderwijs();
        this.urenAangeboden = inspanning.urenAangeboden();
        this.urenAanwezig = inspanning.urenAanwezig();
        this.urenOngeoorloofdVerzuim = inspanning.urenOngeoorloofdVerzuim();
        this.taalschakeltrajectAfgerond = inspanning.taalschakeltrajectAfgerond();
        this.datumAfrondingTaalschakeltraject = inspanning.datumAfrondingTaalschakeltraject();
        this.actualisatiemoment = inspanning.actualisatiemoment();
        this.ontvangenOp = nu;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public Route getRoute() {
        return route;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getLeerroute() {
        return leerroute;
    }

    public int getUrenAangeboden() {
        return urenAangeboden;
    }

    public int getUrenAanwezig() {
        return urenAanwezig;
    }

    public int getUrenOngeoorloofdVerzuim() {
        return urenOngeoorloofdVerzuim;
    }

    public boolean isTaalschakeltrajectAfgerond() {
        return taalschakeltrajectAfgerond;
    }

    public LocalDate getDatumAfrondingTaalschakeltraject() {
        return datumAfrondingTaalschakeltraject;
    }

    @Override
    public InspanningEntity.Sleutel getId() {
        return new Sleutel(bsn, instellingsnummer);
    }
}
