package nl.inburgering.gemeente.overdracht.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.inburgering.gemeente.overdracht.domain.BoeteOpInspanning;

/** One boete op inspanning the old gemeente imposed, as it handed it over (#19). */
@Embeddable
public class OvergedragenBoeteEmbeddable {

    @Column(nullable = false)
    private LocalDate datum;
    @Column(nullable = false)
    private BigDecimal bedrag;
    @Column(nullable = false)
    private String reden;
    private String instellingsnummer;

    protected OvergedragenBoeteEmbeddable() {
    }

    OvergedragenBoeteEmbeddable(BoeteOpInspanning b) {
        this.datum = b.datum();
        this.bedrag = b.bedrag();
        this.reden = b.reden();
        this.instellingsnummer = b.instellingsnummer();
    }

    BoeteOpInspanning alsBoete() {
        return new BoeteOpInspanning(datum, bedrag, reden, instellingsnummer);
    }
}
