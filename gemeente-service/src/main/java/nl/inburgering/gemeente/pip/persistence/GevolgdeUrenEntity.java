package nl.inburgering.gemeente.pip.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.pip.domain.Actualisatiemoment;
import nl.inburgering.gemeente.pip.domain.GevolgdeUren;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One stand of the hours delivered to DUO with #17. */
@Entity
@Table(name = "gevolgde_uren")
public class GevolgdeUrenEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate peildatum;
    @Column(name = "uren_taalles_en_knm_brede_intake")
    private int urenTaallesEnKnmBredeIntake;
    @Column(name = "uren_participatieactiviteiten_brede_intake")
    private int urenParticipatieactiviteitenBredeIntake;
    @Column(name = "uren_participatie_als_taalles")
    private int urenParticipatieAlsTaalles;
    @Column(name = "uren_participatie_zroute")
    private int urenParticipatieZroute;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Actualisatiemoment actualisatiemoment;
    @Column(nullable = false)
    private Instant gemeldOp;

    protected GevolgdeUrenEntity() {
    }

    public GevolgdeUrenEntity(String bsn, String gemeentecode, GevolgdeUren uren, Instant nu) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.peildatum = uren.peildatum();
        this.urenTaallesEnKnmBredeIntake = uren.urenTaallesEnKnmBredeIntake();
        this.urenParticipatieactiviteitenBredeIntake = uren.urenParticipatieactiviteitenBredeIntake();
        this.urenParticipatieAlsTaalles = uren.urenParticipatieAlsTaalles();
        this.urenParticipatieZroute = uren.urenParticipatieZroute();
        this.actualisatiemoment = uren.actualisatiemoment();
        this.gemeldOp = nu;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public int getUrenTaallesEnKnmBredeIntake() {
        return urenTaallesEnKnmBredeIntake;
    }

    public int getUrenParticipatieactiviteitenBredeIntake() {
        return urenParticipatieactiviteitenBredeIntake;
    }

    public int getUrenParticipatieAlsTaalles() {
        return urenParticipatieAlsTaalles;
    }

    public int getUrenParticipatieZroute() {
        return urenParticipatieZroute;
    }

    public Actualisatiemoment getActualisatiemoment() {
        return actualisatiemoment;
    }

    public Instant getGemeldOp() {
        return gemeldOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
