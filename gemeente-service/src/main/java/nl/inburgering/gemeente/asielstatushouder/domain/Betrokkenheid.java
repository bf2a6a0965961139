package nl.inburgering.gemeente.asielstatushouder.domain;

import java.time.LocalDate;

/**
 * How the gemeente is involved in the traject of an asielstatushouder in the AZC, as far as known today.
 *
 * @param status         whether the variant was agreed, follows from the default, or is still open
 * @param variant        the variant that applies; {@code null} while there is no agreement yet
 * @param standaardVanaf the day from which the default {@link Variant#VANAF_INSCHRIJVING} applies when nothing is
 *                       agreed (the koppeling plus 2 weeks); {@code null} when the koppeling is not known
 */
public record Betrokkenheid(Status status, Variant variant, LocalDate standaardVanaf) {

    public enum Status {
        /** COA's klantprofiel names the variant that COA and the gemeente agreed. */
        AFGESPROKEN("afgesproken met COA"),
        /** Nothing agreed within 2 weeks of the koppeling: the gemeente is involved from the inschrijving. */
        STANDAARD("geen afspraak binnen 2 weken: betrokken vanaf de inschrijving"),
        /** The 2 weeks are still running (or the koppeling is not known yet). */
        NOG_GEEN_AFSPRAAK("nog geen afspraak");

        private final String omschrijving;

        Status(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public String omschrijving() {
        return status.omschrijving();
    }
}
