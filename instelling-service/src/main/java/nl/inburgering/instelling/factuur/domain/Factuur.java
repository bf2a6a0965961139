package nl.inburgering.instelling.factuur.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.platform.bsn.Bsn;

/**
 * An invoice of the instelling for the education of one inburgeraar, to be paid from his lening (seed §12.2).
 *
 * @param niveau only in the B1-route (A2 or B1, the level of the PIP); null in the onderwijsroute and Z-route
 * @param bedrag in euro, more than 0, scale 2
 */
public record Factuur(String instellingsnummer, String factuurnummer, Bsn bsn, Leerroute leerroute,
        Taalniveau niveau, String omschrijving, BigDecimal bedrag, LocalDate factuurdatum) {

    public Factuur {
        Objects.requireNonNull(instellingsnummer, "instellingsnummer");
        Objects.requireNonNull(factuurnummer, "factuurnummer");
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(leerroute, "leerroute");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(bedrag, "bedrag");
        Objects.requireNonNull(factuurdatum, "factuurdatum");
    }

    /**
     * The same invoice again (a retry of the same request): every field alike, the amount by value (125.5 is
     * 125.50).
     */
    public boolean isDezelfdeAls(Factuur andere) {
        return instellingsnummer.equals(andere.instellingsnummer) && factuurnummer.equals(andere.factuurnummer)
                && bsn.equals(andere.bsn) && leerroute == andere.leerroute && niveau == andere.niveau
                && omschrijving.equals(andere.omschrijving) && bedrag.compareTo(andere.bedrag) == 0
                && factuurdatum.equals(andere.factuurdatum);
    }
}
