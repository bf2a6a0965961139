package nl.inburgering.instelling.inspanning.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.instelling.inspanning.domain.Actualisatiemoment;
import nl.inburgering.instelling.inspanning.domain.Inspanningsroute;
import nl.inburgering.instelling.inspanning.domain.Inspanningsstand;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One stand of a cursist's inspanning the instelling reported (#18), with the route it took. */
@Entity
@Table(name = "inspanning")
public class InspanningEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private UUID cursistId;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private LocalDate peildatum;
    private int urenAangeboden;
    private int urenAanwezig;
    private int urenOngeoorloofdVerzuim;
    private boolean taalschakeltrajectAfgerond;
    private LocalDate datumAfrondingTaalschakeltraject;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Actualisatiemoment actualisatiemoment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Inspanningsroute gemeldAan;
    private String gemeentecode;
    @Column(nullable = false)
    private Instant gemeldOp;

    protected InspanningEntity() {
    }

    public InspanningEntity(UUID cursistId, String bsn, Inspanningsstand stand, Inspanningsroute route,
            String gemeentecode, Instant nu) {
        this.id = UUID.randomUUID();
        this.cursistId = cursistId;
        this.bsn = bsn;
        this.peildatum = stand.peildatum();
        this.urenAangeboden = stand.urenAangeboden();
        this.urenAanwezig = stand.urenAanwezig();
        this.urenOngeoorloofdVerzuim = stand.urenOngeoorloofdVerzuim();
        this.taalschakeltrajectAfgerond = stand.taalschakeltrajectAfgerond();
        this.datumAfrondingTaalschakeltraject = stand.datumAfrondingTaalschakeltraject();
        this.actualisatiemoment = stand.actualisatiemoment();
        this.gemeldAan = route;
        this.gemeentecode = gemeentecode;
        this.gemeldOp = nu;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public LocalDate getPeildatum() {
        return peildatum;
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

    public Actualisatiemoment getActualisatiemoment() {
        return actualisatiemoment;
    }

    public Inspanningsroute getGemeldAan() {
        return gemeldAan;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Instant getGemeldOp() {
        return gemeldOp;
    }
}
