package nl.inburgering.gemeente.vrijstellingontheffing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed §11.3: the gemeente's advies on a BIO request (ontheffing op grond van aantoonbaar geleverde inspanningen) of
 * the person, given to DUO. Recorded by the klantmanager.
 *
 * @param advies     POSITIEF or NEGATIEF
 * @param motivering why, 1 to {@value #MAXIMALE_MOTIVERING} characters
 * @param datum      the day of the advies, not in the future
 */
public record BioAdvies(String advies, String motivering, LocalDate datum) {

    public static final int MAXIMALE_MOTIVERING = 2000;
    public static final List<String> ADVIEZEN = List.of("POSITIEF", "NEGATIEF");

    /** One problem of a proposed advies, by field. */
    public record Probleem(String veld, String code, String reden) {
    }

    /** Every problem of a proposed advies; empty when it may be recorded. */
    public static List<Probleem> problemen(String advies, String motivering, LocalDate datum, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        if (advies == null || !ADVIEZEN.contains(advies)) {
            problemen.add(new Probleem("advies", "waarde", "Het advies is POSITIEF of NEGATIEF."));
        }
        if (motivering == null || motivering.isBlank()) {
            problemen.add(new Probleem("motivering", "verplicht", "Een advies heeft een motivering."));
        } else if (motivering.length() > MAXIMALE_MOTIVERING) {
            problemen.add(new Probleem("motivering", "lengte",
                    "De motivering is hoogstens " + MAXIMALE_MOTIVERING + " tekens."));
        }
        if (datum == null) {
            problemen.add(new Probleem("datum", "verplicht", "Een advies heeft een datum."));
        } else if (datum.isAfter(vandaag)) {
            problemen.add(new Probleem("datum", "toekomst", "De datum van het advies ligt niet in de toekomst."));
        }
        return problemen;
    }
}
