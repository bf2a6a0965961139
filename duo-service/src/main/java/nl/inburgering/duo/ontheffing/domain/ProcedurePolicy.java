package nl.inburgering.duo.ontheffing.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which step of the medische procedure (seed §11.2) may follow in which state, and which decision DUO may take: in
 * order, aanvraag, verwijzing to the arts, his deskundigenverklaring, DUO's formal check, beslissing; nothing after the
 * beslissing. A toekenning needs a formal check that found the procedure followed; an afwijzing can always follow the
 * check. An aanvraag for only aangepaste examenomstandigheden is decided as such; one for an ontheffing grants the
 * whole or a part of it (a gehele asked can be granted in part), never more than was asked.
 */
public final class ProcedurePolicy {

    private static final Map<Processtap, Aanvraagstatus> VEREIST = Map.of(
            Processtap.VERWIJZEN, Aanvraagstatus.AANGEVRAAGD,
            Processtap.VERKLARING_REGISTREREN, Aanvraagstatus.VERWEZEN,
            Processtap.FORMEEL_TOETSEN, Aanvraagstatus.VERKLARING_ONTVANGEN,
            Processtap.BESLISSEN, Aanvraagstatus.FORMEEL_GETOETST);

    private static final Map<Processtap, Aanvraagstatus> NA = Map.of(
            Processtap.AANVRAGEN, Aanvraagstatus.AANGEVRAAGD,
            Processtap.VERWIJZEN, Aanvraagstatus.VERWEZEN,
            Processtap.VERKLARING_REGISTREREN, Aanvraagstatus.VERKLARING_ONTVANGEN,
            Processtap.FORMEEL_TOETSEN, Aanvraagstatus.FORMEEL_GETOETST,
            Processtap.BESLISSEN, Aanvraagstatus.BESLIST);

    private ProcedurePolicy() {
    }

    /** Whether {@code stap} may be taken now. */
    public static boolean magVolgen(Aanvraagstatus status, Processtap stap) {
        return VEREIST.get(stap) == status;
    }

    /** The state after {@code stap}. */
    public static Aanvraagstatus na(Processtap stap) {
        return NA.get(stap);
    }

    /**
     * Why the beslissing is not allowed, or empty when it is.
     *
     * @param procedureGevolgd the outcome of DUO's formal check of the deskundigenverklaring
     */
    public static Optional<String> bezwaarTegenBeslissing(Aanvraagstatus status, boolean procedureGevolgd,
            Ontheffingsoort gevraagd, Set<Examenonderdeel> gevraagdeOnderdelen, Oordeel oordeel,
            Ontheffingsoort soort, Set<Examenonderdeel> onderdelen) {
        if (!magVolgen(status, Processtap.BESLISSEN)) {
            return Optional.of("DUO beslist pas na de formele toets van de deskundigenverklaring; de aanvraag is "
                    + status + ".");
        }
        if (oordeel == Oordeel.AFWIJZING) {
            return Optional.empty();
        }
        if (!procedureGevolgd) {
            return Optional.of("De formele toets vond de procedure niet gevolgd: DUO kan alleen afwijzen.");
        }
        if ((gevraagd == Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN)
                != (soort == Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN)) {
            return Optional.of("Een aanvraag om " + gevraagd + " wordt niet beslist als " + soort + ".");
        }
        if (gevraagd == Ontheffingsoort.GEDEELTELIJK && soort == Ontheffingsoort.GEHEEL) {
            return Optional.of("Gevraagd is een gedeeltelijke ontheffing: DUO kent geen gehele toe.");
        }
        if (gevraagd == Ontheffingsoort.GEDEELTELIJK && !gevraagdeOnderdelen.containsAll(onderdelen)) {
            return Optional.of("DUO kent ontheffing toe voor hoogstens de gevraagde onderdelen " + gevraagdeOnderdelen
                    + ".");
        }
        return Optional.empty();
    }
}
