package nl.inburgering.duo.vrijstelling.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DUO's rules for a beslissing on a vrijstelling (seed §10, §3.2; DUO's Vrijstelling API 2025-11-04 rev9472). Each rule
 * names its source; a rule the sources do not state outright is marked NOT VERIFIED.
 * <ul>
 * <li>Which reden fits which soort: the meaning of each RedenVrijstellingInburgeringsplicht in the API. AVI, DIP, DOC
 * and INB free the person of the whole plicht (the API cites art. 2.1 / 2.3, "vrijstelling"); GED is the one reden of a
 * gedeeltelijke (art. 3.12 / 3.13); INS and OPL are tijdelijk ("tijdelijke vrijstelling").</li>
 * <li>OPL is DUO's own, ambtshalve ("door DUO ambtshalve ... toegekend"): never the reden of a decision on request;
 * INS and AVI are "op verzoek": never ambtshalve. DIP, DOC and INB may be either (NOT VERIFIED for DOC and INB on
 * request: the API calls DOC "handmatig", which we read as on request too).</li>
 * <li>Ambtshalve DUO decides only gehele and tijdelijke vrijstellingen, never gedeeltelijke (seed §3.2).</li>
 * <li>A toegekende gedeeltelijke names at least one examenonderdeel Nederlands (LE, LU, SC, SP), each once, with
 * niveau A2 or B1 (API GedeeltelijkeVrijstelling); a tijdelijke a period, einddatum not before startdatum
 * (TijdelijkeVrijstelling: both inclusive); a gehele neither.</li>
 * <li>An onderdeel vrijgesteld on A2 does not cover that onderdeel of a route on B1 (art. 3.12 requires B1, 3.13 gives
 * A2 on request; the B1-route examines B1): only a vrijstelling on at least the route's niveau takes the onderdeel
 * away. Without a PIP DUO does not know the route and assumes B1, the niveau of the B1-route (NOT VERIFIED).</li>
 * <li>Ambtshalve (seed §3.2, {@link #ambtshalve}): a diploma in DUO's register obtained by the day the plicht would
 * begin (or the day DUO decides, when later) frees the person wholly (DIP before INB when both are there); otherwise an inschrijving on a vervolgopleiding
 * that runs on that day frees him for its remaining period (OPL). Which diplomas and opleidingen count is DUO's
 * register itself; the precedence of DIP over INB is NOT VERIFIED (it only chooses the reden shown).</li>
 * </ul>
 */
public final class VrijstellingPolicy {

    private static final Map<RedenVrijstelling, Vrijstellingsoort> SOORT_VAN_REDEN = Map.of(
            RedenVrijstelling.AVI, Vrijstellingsoort.GEHEEL,
            RedenVrijstelling.DIP, Vrijstellingsoort.GEHEEL,
            RedenVrijstelling.DOC, Vrijstellingsoort.GEHEEL,
            RedenVrijstelling.INB, Vrijstellingsoort.GEHEEL,
            RedenVrijstelling.GED, Vrijstellingsoort.GEDEELTELIJK,
            RedenVrijstelling.INS, Vrijstellingsoort.TIJDELIJK,
            RedenVrijstelling.OPL, Vrijstellingsoort.TIJDELIJK);

    private static final Set<RedenVrijstelling> ALLEEN_AMBTSHALVE = EnumSet.of(RedenVrijstelling.OPL);
    private static final Set<RedenVrijstelling> ALLEEN_OP_VERZOEK = EnumSet.of(RedenVrijstelling.AVI,
            RedenVrijstelling.INS, RedenVrijstelling.GED);

    private VrijstellingPolicy() {
    }

    /** The soort a reden belongs to. */
    public static Vrijstellingsoort soortVan(RedenVrijstelling reden) {
        return SOORT_VAN_REDEN.get(reden);
    }

    /** Whether the reden fits the soort asked for (an aanvraag asks for a soort with a reden). */
    public static boolean past(RedenVrijstelling reden, Vrijstellingsoort soort) {
        return soortVan(reden) == soort;
    }

    /**
     * Everything wrong with a beslissing; empty when DUO may take it.
     *
     * @param ambtshalve true when DUO decides from its own registers, without a request
     */
    public static List<Bezwaar> bezwaren(Besluit besluit, boolean ambtshalve) {
        List<Bezwaar> bezwaren = new ArrayList<>();
        if (!past(besluit.reden(), besluit.soort())) {
            bezwaren.add(new Bezwaar("reden", "De reden " + besluit.reden() + " hoort bij een "
                    + soortVan(besluit.reden()).name().toLowerCase() + " vrijstelling, niet bij een "
                    + besluit.soort().name().toLowerCase() + "."));
        }
        if (ambtshalve && ALLEEN_OP_VERZOEK.contains(besluit.reden())) {
            bezwaren.add(new Bezwaar("reden", "DUO kent een vrijstelling om " + besluit.reden()
                    + " alleen op verzoek toe."));
        }
        if (!ambtshalve && ALLEEN_AMBTSHALVE.contains(besluit.reden())) {
            bezwaren.add(new Bezwaar("reden", "De reden " + besluit.reden()
                    + " is DUO's ambtshalve tijdelijke vrijstelling, geen beslissing op een aanvraag."));
        }
        if (ambtshalve && besluit.soort() == Vrijstellingsoort.GEDEELTELIJK) {
            bezwaren.add(new Bezwaar("soort", "Een gedeeltelijke vrijstelling kent DUO nooit ambtshalve toe."));
        }
        if (!besluit.toegekend()) {
            return bezwaren;
        }
        switch (besluit.soort()) {
            case GEDEELTELIJK -> {
                if (besluit.onderdelen().isEmpty()) {
                    bezwaren.add(new Bezwaar("onderdelen", "Een gedeeltelijke vrijstelling noemt de vrijgestelde"
                            + " examenonderdelen met hun niveau."));
                } else if (besluit.onderdelen().stream().map(VrijgesteldOnderdeel::onderdeel).distinct().count()
                        < besluit.onderdelen().size()) {
                    bezwaren.add(new Bezwaar("onderdelen", "Elk examenonderdeel staat er hoogstens een keer in."));
                }
                geenPeriode(besluit, bezwaren);
            }
            case TIJDELIJK -> {
                if (besluit.startdatum() == null || besluit.einddatum() == null) {
                    bezwaren.add(new Bezwaar(besluit.startdatum() == null ? "startdatum" : "einddatum",
                            "Een tijdelijke vrijstelling heeft een startdatum en een einddatum."));
                } else if (besluit.einddatum().isBefore(besluit.startdatum())) {
                    bezwaren.add(new Bezwaar("einddatum", "De einddatum ligt voor de startdatum."));
                }
                geenOnderdelen(besluit, bezwaren);
            }
            case GEHEEL -> {
                geenOnderdelen(besluit, bezwaren);
                geenPeriode(besluit, bezwaren);
            }
        }
        return bezwaren;
    }

    /**
     * The vrijstelling DUO grants itself at the vaststelling from its registers (seed §3.2), or empty.
     *
     * @param begindatum the day DUO decides on: the day the plicht would begin, or the day of the decision when that
     *                   is later (DUO decides with the registers as they are)
     */
    public static java.util.Optional<Besluit> ambtshalve(List<Registratie> registraties, LocalDate begindatum) {
        java.util.Optional<Besluit> geheel = registraties.stream()
                .filter(r -> soortVan(r.feit().reden()) == Vrijstellingsoort.GEHEEL)
                .filter(r -> !r.startdatum().isAfter(begindatum))
                .map(r -> r.feit().reden()).sorted().findFirst()
                .map(reden -> new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.GEHEEL, reden, List.of(), null, null));
        if (geheel.isPresent()) {
            return geheel;
        }
        return registraties.stream()
                .filter(r -> soortVan(r.feit().reden()) == Vrijstellingsoort.TIJDELIJK)
                .filter(r -> !r.startdatum().isAfter(begindatum) && r.einddatum() != null
                        && !r.einddatum().isBefore(begindatum))
                .max(java.util.Comparator.comparing(Registratie::einddatum))
                .map(r -> new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.TIJDELIJK, r.feit().reden(), List.of(),
                        begindatum, r.einddatum()));
    }

    /**
     * The examenonderdelen a toegekende gedeeltelijke vrijstelling takes away from a plicht whose route examines on
     * {@code routeniveau}: those vrijgesteld on at least that niveau.
     *
     * @param routeniveau the niveau of the actuele PIP; null without a PIP (assumed B1, NOT VERIFIED)
     */
    public static Set<Examenonderdeel> vervallen(List<VrijgesteldOnderdeel> onderdelen, Examenniveau routeniveau) {
        Examenniveau vereist = routeniveau == null ? Examenniveau.B1 : routeniveau;
        Set<Examenonderdeel> vervallen = EnumSet.noneOf(Examenonderdeel.class);
        onderdelen.stream().filter(o -> o.niveau().compareTo(vereist) >= 0)
                .forEach(o -> vervallen.add(o.onderdeel()));
        return vervallen;
    }

    /**
     * The days the plicht stood still for a tijdelijke vrijstelling from {@code startdatum} until it resumed on
     * {@code hervatOp}: the days by which DUO lengthens the inburgeringstermijn (seed §14.2.1; the length of the
     * standstill as the extension is NOT VERIFIED).
     */
    public static long dagenStilstand(LocalDate startdatum, LocalDate hervatOp) {
        return Math.max(0, ChronoUnit.DAYS.between(startdatum, hervatOp));
    }

    private static void geenOnderdelen(Besluit besluit, List<Bezwaar> bezwaren) {
        if (!besluit.onderdelen().isEmpty()) {
            bezwaren.add(new Bezwaar("onderdelen", "Alleen een gedeeltelijke vrijstelling noemt examenonderdelen."));
        }
    }

    private static void geenPeriode(Besluit besluit, List<Bezwaar> bezwaren) {
        if (besluit.startdatum() != null || besluit.einddatum() != null) {
            bezwaren.add(new Bezwaar(besluit.startdatum() != null ? "startdatum" : "einddatum",
                    "Alleen een tijdelijke vrijstelling heeft een periode."));
        }
    }
}
