package nl.inburgering.gemeente.intake.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules a caseworker's input for the brede intake must meet; each check returns every violation at once, so the
 * caseworker can correct all of them in one go.
 */
public final class BredeIntakeInvoer {

    static final int MAXIMALE_LENGTE = 200;
    static final int MAXIMALE_LENGTE_TOELICHTING = 1000;
    /** A brede intake's oproep or afspraak lies under the Wet inburgering 2021, and within this century. */
    static final java.time.LocalDate EERSTE_DATUM = java.time.LocalDate.of(2022, 1, 1);
    static final java.time.LocalDate LAATSTE_DATUM = java.time.LocalDate.of(2099, 12, 31);

    private BredeIntakeInvoer() {
    }

    public static List<Regelovertreding> oproep(OffsetDateTime datum, String locatie, String onderwerp) {
        List<Regelovertreding> fouten = new ArrayList<>();
        verplicht(fouten, "datum", datum);
        bereik(fouten, "datum", datum);
        tekst(fouten, "locatie", locatie, MAXIMALE_LENGTE, true);
        if (onderwerp == null) {
            fouten.add(new Regelovertreding("onderwerp", "required", "het onderwerp van de oproep is verplicht"));
        } else if (Arrays.stream(Onderwerp.values()).noneMatch(o -> o.name().equals(onderwerp))) {
            fouten.add(new Regelovertreding("onderwerp", "enum",
                    "het onderwerp is een van " + Arrays.toString(Onderwerp.values())));
        }
        return fouten;
    }

    public static List<Regelovertreding> opkomst(Boolean verschenen, String toelichting) {
        List<Regelovertreding> fouten = new ArrayList<>();
        verplicht(fouten, "verschenen", verschenen);
        tekst(fouten, "toelichting", toelichting, MAXIMALE_LENGTE_TOELICHTING, false);
        return fouten;
    }

    public static List<Regelovertreding> afspraak(OffsetDateTime datum, String locatie, String toetsbegeleider) {
        List<Regelovertreding> fouten = new ArrayList<>();
        verplicht(fouten, "datum", datum);
        bereik(fouten, "datum", datum);
        tekst(fouten, "locatie", locatie, MAXIMALE_LENGTE, true);
        tekst(fouten, "toetsbegeleider", toetsbegeleider, MAXIMALE_LENGTE, true);
        return fouten;
    }

    /**
     * The toetsbegeleider's verklaring (seed §4.2): whoever appeared took the toets, and the toetsbegeleider declares
     * whether it went orderly; a negatieve verklaring says why. Whoever did not appear took no toets, so there is
     * nothing to declare about its verloop.
     */
    public static List<Regelovertreding> verloop(Boolean verschenen, Boolean ordentelijkVerloop, String toelichting) {
        List<Regelovertreding> fouten = new ArrayList<>();
        verplicht(fouten, "verschenen", verschenen);
        if (Boolean.TRUE.equals(verschenen) && ordentelijkVerloop == null) {
            fouten.add(new Regelovertreding("ordentelijkVerloop", "required",
                    "wie verscheen, nam de toets af: verklaar of die ordentelijk verliep"));
        }
        if (Boolean.FALSE.equals(verschenen) && ordentelijkVerloop != null) {
            fouten.add(new Regelovertreding("ordentelijkVerloop", "notAllowed",
                    "wie niet verscheen, nam geen toets af: er is geen verloop te verklaren"));
        }
        boolean negatief = Boolean.TRUE.equals(verschenen) && Boolean.FALSE.equals(ordentelijkVerloop);
        tekst(fouten, "toelichting", toelichting, MAXIMALE_LENGTE_TOELICHTING, negatief);
        return fouten;
    }

    private static void verplicht(List<Regelovertreding> fouten, String veld, Object waarde) {
        if (waarde == null) {
            fouten.add(new Regelovertreding(veld, "required", veld + " is verplicht"));
        }
    }

    private static void bereik(List<Regelovertreding> fouten, String veld, OffsetDateTime datum) {
        if (datum != null && (datum.toLocalDate().isBefore(EERSTE_DATUM) || datum.toLocalDate().isAfter(LAATSTE_DATUM))) {
            fouten.add(new Regelovertreding(veld, "range",
                    veld + " ligt tussen " + EERSTE_DATUM + " en " + LAATSTE_DATUM));
        }
    }

    private static void tekst(List<Regelovertreding> fouten, String veld, String waarde, int maximum,
            boolean verplicht) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                fouten.add(new Regelovertreding(veld, "required", veld + " is verplicht"
                        + ("toelichting".equals(veld) ? " bij een negatieve verklaring ordentelijk verloop" : "")));
            }
        } else if (waarde.length() > maximum) {
            fouten.add(new Regelovertreding(veld, "maxLength", veld + " is ten hoogste " + maximum + " tekens"));
        }
    }
}
