package nl.inburgering.gemeente.notificatie.domain;

import java.util.Set;

/**
 * What the gemeente does after a notification of DUO (Gebeurtenissen.md, "Relevante API's"): which of DUO's M2M APIs it
 * asks and which of its own records it updates. Every other gebeurtenis is recorded and shown per inburgeraar.
 */
public enum Opvolging {
    /** A new inburgeringsplichtige for the gemeente: the Inburgeringsplicht API; he enters the werkvoorraad. */
    PLICHT,
    /** The inburgeringstermijn started: the Inburgeringstermijn API; the termijn is recorded. */
    TERMIJN_VASTGESTELD,
    /** The termijn changed (verlenging ambtshalve or op verzoek, a new termijn): the Inburgeringstermijn API. */
    TERMIJN_GEWIJZIGD,
    /** Recorded and shown; the klantmanager consults the relevant API. */
    VASTLEGGEN;

    private static final Set<String> PLICHT_GEBEURTENISSEN = Set.of("SS101", "SS128", "SS139", "SS120", "SS121");

    public static Opvolging van(String gebeurtenisId) {
        if (PLICHT_GEBEURTENISSEN.contains(gebeurtenisId)) {
            return PLICHT;
        }
        return switch (gebeurtenisId) {
            case "SS102" -> TERMIJN_VASTGESTELD;
            case "SS103", "SS104" -> TERMIJN_GEWIJZIGD;
            default -> VASTLEGGEN;
        };
    }

    /** The reason of a changed termijn as DUO's #5 names it. */
    public static String redenWijziging(String gebeurtenisId) {
        return "SS104".equals(gebeurtenisId) ? "VERLENGING_OP_VERZOEK" : "VERLENGING_AMBTSHALVE";
    }
}
