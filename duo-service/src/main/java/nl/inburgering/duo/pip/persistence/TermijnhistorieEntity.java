package nl.inburgering.duo.pip.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mutation of the inburgeringstermijn, for {@code GET /inburgeringstermijn/historie}; einddatum inclusive. */
@Entity
@Table(name = "inburgeringstermijn_historie")
public class TermijnhistorieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private LocalDate startdatum;
    @Column(nullable = false)
    private LocalDate einddatum;
    private String verlengingsgrondcode;
    private String verlengingsgrondomschrijving;
    @Column(nullable = false)
    private LocalDate wijzigingsdatum;

    protected TermijnhistorieEntity() {
    }

    public TermijnhistorieEntity(String bsn, LocalDate startdatum, LocalDate einddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate wijzigingsdatum) {
        this.bsn = bsn;
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.verlengingsgrondcode = verlengingsgrondcode;
        this.verlengingsgrondomschrijving = verlengingsgrondomschrijving;
        this.wijzigingsdatum = wijzigingsdatum;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public String getVerlengingsgrondcode() {
        return verlengingsgrondcode;
    }

    public String getVerlengingsgrondomschrijving() {
        return verlengingsgrondomschrijving;
    }

    public LocalDate getWijzigingsdatum() {
        return wijzigingsdatum;
    }
}
