package nl.inburgering.coa.bewoner.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Seed §3.3: COA links an asielstatushouder whose inburgeringsplicht DUO delivered to COA to a beoogde
 * vestigingsgemeente. A later koppeling to another gemeente replaces it (and names the previous gemeente); once
 * the bewoner left the AZC there is nothing left to link.
 */
public final class KoppelingPolicy {

    private KoppelingPolicy() {
    }

    /**
     * @param plichtOntvangen  DUO delivered #3 with COA as receiver for this person
     * @param uitgestroomd     the bewoner is ingezetene of his gekoppelde gemeente (his stay at COA ended)
     * @param huidigeGemeente  the gemeente of the current koppeling, if any
     * @param nieuweGemeente   the gemeente to link to
     */
    public static Beslissing beoordeel(boolean plichtOntvangen, boolean uitgestroomd,
            Optional<String> huidigeGemeente, String nieuweGemeente) {
        if (uitgestroomd) {
            return Beslissing.geweigerd("Deze bewoner is uitgestroomd naar zijn gemeente; "
                    + "een koppeling is niet meer mogelijk.");
        }
        if (!plichtOntvangen) {
            return Beslissing.geweigerd("COA heeft van DUO (nog) geen inburgeringsplicht van deze bewoner ontvangen; "
                    + "alleen een inburgeringsplichtige asielstatushouder wordt aan een gemeente gekoppeld.");
        }
        if (huidigeGemeente.filter(nieuweGemeente::equals).isPresent()) {
            return Beslissing.geweigerd("Deze bewoner is al aan deze gemeente gekoppeld.");
        }
        return Beslissing.toegestaan();
    }

    /** The expected date of uitstroom, when COA knows it, lies today or later. */
    public static boolean geldigeVerwachteUitstroom(LocalDate verwachteDatumUitstroom, LocalDate vandaag) {
        return verwachteDatumUitstroom == null || !verwachteDatumUitstroom.isBefore(vandaag);
    }

    /** The previous gemeente that #14 names on a re-koppeling; empty on the first koppeling. */
    public static Optional<String> vorigeGemeente(Optional<String> huidigeGemeente, String nieuweGemeente) {
        return huidigeGemeente.filter(huidige -> !huidige.equals(nieuweGemeente));
    }
}
