package nl.inburgering.duo.pip.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.duo.pip.domain.Pip;

/**
 * One PIP as DUO registered it. Rows are never updated except to mark them verwijderd: the history is the list of
 * rows, the actuele PIP the last one still standing.
 */
@Entity
@Table(name = "pip")
public class PipEntity {

    /** How the PIP reached DUO. */

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate dagtekening;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Leerroute leerroute;
    @Enumerated(EnumType.STRING)
    private Niveau niveau;
    @Column(name = "geschatte_intensiteit_b1_route")
    private Integer geschatteIntensiteitB1Route;
    private boolean indicatorMagOpleidingAfmaken;
    @Enumerated(EnumType.STRING)
    private Alfabetisering alfabetisering;
    private boolean eenzijdigVastgesteld;
    private String redenWijziging;
    private LocalDate datumWijziging;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kanaal kanaal;
    @Column(nullable = false)
    private LocalDate geregistreerdOp;
    private boolean verwijderd;
    private LocalDate verwijderdOp;

    protected PipEntity() {
    }

    public PipEntity(String bsn, Pip pip, boolean indicatorMagOpleidingAfmaken, boolean eenzijdigVastgesteld,
            String redenWijziging, LocalDate datumWijziging, Kanaal kanaal, LocalDate geregistreerdOp) {
        this.bsn = bsn;
        this.gemeentecode = pip.gemeentecode();
        this.dagtekening = pip.dagtekening();
        this.leerroute = pip.leerroute();
        this.niveau = pip.niveau();
        this.geschatteIntensiteitB1Route = pip.geschatteIntensiteitB1Route();
        this.alfabetisering = pip.alfabetisering();
        this.indicatorMagOpleidingAfmaken = indicatorMagOpleidingAfmaken;
        this.eenzijdigVastgesteld = eenzijdigVastgesteld;
        this.redenWijziging = redenWijziging;
        this.datumWijziging = datumWijziging;
        this.kanaal = kanaal;
        this.geregistreerdOp = geregistreerdOp;
    }

    public void verwijder(LocalDate op) {
        this.verwijderd = true;
        this.verwijderdOp = op;
    }

    public Pip alsPip() {
        return new Pip(dagtekening, leerroute, niveau, geschatteIntensiteitB1Route, alfabetisering, gemeentecode);
    }

    public Long getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getDagtekening() {
        return dagtekening;
    }

    public boolean isIndicatorMagOpleidingAfmaken() {
        return indicatorMagOpleidingAfmaken;
    }

    public boolean isEenzijdigVastgesteld() {
        return eenzijdigVastgesteld;
    }

    public LocalDate getGeregistreerdOp() {
        return geregistreerdOp;
    }

    public boolean isVerwijderd() {
        return verwijderd;
    }
}
