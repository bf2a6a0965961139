package nl.inburgering.duo.dossier.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

/**
 * One mutation of the plicht, for the M2M {@code /historie} resources: every decision is kept, the
 * current one is the last.
 */
@Entity
@Table(name = "inburgeringsplicht_historie")
public class PlichthistorieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String bsn;
    private boolean indicatorInburgeringsplicht;
    private LocalDate begindatum;
    private LocalDate einddatum;
    @Column(nullable = false)
    private LocalDate wijzigingsdatum;
    @Enumerated(EnumType.STRING)
    private GedetailleerdeDoelgroep gedetailleerdeDoelgroep;

    protected PlichthistorieEntity() {
    }

    public PlichthistorieEntity(String bsn, boolean indicatorInburgeringsplicht, LocalDate begindatum,
            LocalDate einddatum, LocalDate wijzigingsdatum, GedetailleerdeDoelgroep gedetailleerdeDoelgroep) {
        this.bsn = bsn;
        this.indicatorInburgeringsplicht = indicatorInburgeringsplicht;
        this.begindatum = begindatum;
        this.einddatum = einddatum;
        this.wijzigingsdatum = wijzigingsdatum;
        this.gedetailleerdeDoelgroep = gedetailleerdeDoelgroep;
    }

    public boolean isIndicatorInburgeringsplicht() {
        return indicatorInburgeringsplicht;
    }

    public LocalDate getBegindatum() {
        return begindatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public LocalDate getWijzigingsdatum() {
        return wijzigingsdatum;
    }

    public GedetailleerdeDoelgroep getGedetailleerdeDoelgroep() {
        return gedetailleerdeDoelgroep;
    }
}
