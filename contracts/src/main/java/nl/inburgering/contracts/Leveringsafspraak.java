package nl.inburgering.contracts;

import java.util.Objects;

/**
 * The delivery agreement (termijn, seed §14.3) a consumer may rely on: how soon after the
 * triggering fact the producer publishes. {@code aantal} is only meaningful for the counted kinds
 * (werkdagen, dagen, maanden) and 0 otherwise.
 */
public record Leveringsafspraak(Soort soort, int aantal, String omschrijving) {

    public enum Soort { DIRECT, WERKDAGEN, DAGEN, MAANDEN, PER_DATUM, BIJ_MOMENT, GEEN, NADER_TE_BEPALEN }

    public Leveringsafspraak {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(omschrijving, "omschrijving");
        boolean counted = soort == Soort.WERKDAGEN || soort == Soort.DAGEN || soort == Soort.MAANDEN;
        if (counted ? aantal <= 0 : aantal != 0) {
            throw new IllegalArgumentException("aantal " + aantal + " does not fit soort " + soort);
        }
    }

    public static Leveringsafspraak direct(String omschrijving) {
        return new Leveringsafspraak(Soort.DIRECT, 0, omschrijving);
    }

    public static Leveringsafspraak werkdagen(int aantal, String omschrijving) {
        return new Leveringsafspraak(Soort.WERKDAGEN, aantal, omschrijving);
    }

    public static Leveringsafspraak dagen(int aantal, String omschrijving) {
        return new Leveringsafspraak(Soort.DAGEN, aantal, omschrijving);
    }

    public static Leveringsafspraak maanden(int aantal, String omschrijving) {
        return new Leveringsafspraak(Soort.MAANDEN, aantal, omschrijving);
    }

    public static Leveringsafspraak perDatum(String omschrijving) {
        return new Leveringsafspraak(Soort.PER_DATUM, 0, omschrijving);
    }

    public static Leveringsafspraak bijMoment(String omschrijving) {
        return new Leveringsafspraak(Soort.BIJ_MOMENT, 0, omschrijving);
    }

    public static Leveringsafspraak geen(String omschrijving) {
        return new Leveringsafspraak(Soort.GEEN, 0, omschrijving);
    }

    public static Leveringsafspraak naderTeBepalen(String omschrijving) {
        return new Leveringsafspraak(Soort.NADER_TE_BEPALEN, 0, omschrijving);
    }
}
