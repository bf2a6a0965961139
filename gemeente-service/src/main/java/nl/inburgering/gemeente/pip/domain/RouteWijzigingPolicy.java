package nl.inburgering.gemeente.pip.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seed §5.3, §6.3 and §7.3: the gemeente decides on a route change and changes the PIP; the reden must fit what
 * changes. Only the three route changes have conditions here; every broken one is named at once.
 * <ul>
 * <li>{@link RedenWijziging#AFSCHALEN} (§5.3): only within the B1-route, from B1 to A2, and (ketenproces §7, Besluit
 * inburgering 2021) only after at least {@code minimaleUrenAfschalen} (600) hours of onderwijs at an instelling
 * with a keurmerk, as the caseworker records them.</li>
 * <li>{@link RedenWijziging#OPSCHALEN} (§7.3): only within the Z-route, to exams at A2.</li>
 * <li>{@link RedenWijziging#WISSELING_LEERROUTE} (§5.3, §6.3, §7.3): another leerroute than the current one.</li>
 * </ul>
 */
public final class RouteWijzigingPolicy {

    private RouteWijzigingPolicy() {
    }

    /** The current PIP as far as the rules need it: its leerroute and niveau (null: none named). */
    public record Huidig(Leerroute leerroute, Niveau niveau) {

        /** Without a niveau the B1-route and the onderwijsroute aim at B1 (DUO registers B1); the Z-route at none. */
        Niveau doelniveau() {
            return niveau != null || leerroute == Leerroute.Z_ROUTE ? niveau : Niveau.B1;
        }
    }

    /**
     * @param huidig                the PIP that is current now (the last one DUO did not reject)
     * @param nieuw                 the changed PIP, with its reden
     * @param urenOnderwijs         for an afschaling: the hours of onderwijs followed at an instelling with a keurmerk;
     *                              null when not given
     * @param minimaleUrenAfschalen the hours an afschaling needs at least (configuration; 600)
     * @return every broken condition, in Dutch; empty when the change may be beschikt
     */
    public static List<String> overtredingen(Huidig huidig, Pip nieuw, Integer urenOnderwijs,
            int minimaleUrenAfschalen) {
        List<String> overtredingen = new ArrayList<>();
        RedenWijziging reden = nieuw.redenWijziging();
        if (reden == RedenWijziging.AFSCHALEN) {
            if (huidig.leerroute() != Leerroute.B1_ROUTE) {
                overtredingen.add("afschalen kan alleen binnen de B1-route; het huidige PIP is de "
                        + huidig.leerroute());
            } else if (huidig.doelniveau() == Niveau.A2) {
                overtredingen.add("het huidige PIP is al afgeschaald naar A2");
            }
            if (nieuw.leerroute() != Leerroute.B1_ROUTE || nieuw.niveau() != Niveau.A2) {
                overtredingen.add("een afschaling is de B1-route op niveau A2 (leerroute B1_ROUTE, niveau A2)");
            }
            if (urenOnderwijs == null || urenOnderwijs < minimaleUrenAfschalen) {
                overtredingen.add("afschalen kan pas na minstens " + minimaleUrenAfschalen + " uur onderwijs bij een "
                        + "instelling met keurmerk (urenOnderwijsKeurmerkinstelling: "
                        + (urenOnderwijs == null ? "niet opgegeven" : urenOnderwijs) + ")");
            }
        } else if (reden == RedenWijziging.OPSCHALEN) {
            if (huidig.leerroute() != Leerroute.Z_ROUTE) {
                overtredingen.add("opschalen kan alleen binnen de Z-route; het huidige PIP is de "
                        + huidig.leerroute());
            } else if (huidig.doelniveau() == Niveau.A2) {
                overtredingen.add("het huidige PIP is al opgeschaald naar examens op A2");
            }
            if (nieuw.leerroute() != Leerroute.Z_ROUTE || nieuw.niveau() != Niveau.A2) {
                overtredingen.add("een opschaling is de Z-route met examens op A2 (leerroute Z_ROUTE, niveau A2)");
            }
        } else if (reden == RedenWijziging.WISSELING_LEERROUTE && nieuw.leerroute() == huidig.leerroute()) {
            overtredingen.add("een wisseling van leerroute heeft een andere leerroute dan de huidige ("
                    + huidig.leerroute() + ")");
        }
        return List.copyOf(overtredingen);
    }

    /** The most hours of onderwijs one person can have followed in a termijn; more is a typing error. */
    static final int MAXIMALE_UREN = 9999;

    /** The form of the hours the caseworker records for an afschaling: none, or 0 to 9999. */
    public static Optional<Probleem> urenProbleem(Integer urenOnderwijs) {
        if (urenOnderwijs != null && (urenOnderwijs < 0 || urenOnderwijs > MAXIMALE_UREN)) {
            return Optional.of(new Probleem("urenOnderwijsKeurmerkinstelling", "range",
                    "het aantal uren onderwijs ligt tussen 0 en " + MAXIMALE_UREN));
        }
        return Optional.empty();
    }

    /** Whether the change is one of the route changes for which an asielstatushouder's #18 is brought up to date. */
    public static boolean isRoutewijziging(RedenWijziging reden) {
        return reden == RedenWijziging.AFSCHALEN || reden == RedenWijziging.OPSCHALEN
                || reden == RedenWijziging.WISSELING_LEERROUTE;
    }
}
