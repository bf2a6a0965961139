package nl.inburgering.duo.ontheffing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.Invoercontrole;

/** The checks the ontheffing bodies share; each adds its problems to the list so every problem is reported at once. */
final class Invoer {

    static final int MAX_TOELICHTING = 2000;

    private Invoer() {
    }

    /** Only DUO's own backoffice (a token of DUO's OIN) handles an aanvraag om ontheffing. */
    static void alleenDuo(String duoOin) {
        if (!duoOin.equals(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO's eigen backoffice behandelt een aanvraag om ontheffing");
        }
    }

    /** Who takes the step: the calling client of the token. */
    static String door() {
        return KetenGebruiker.huidigeClient().orElse("onbekend");
    }

    /** A required date jjjj-mm-dd, not in the future; null with a problem added when it is not one. */
    static LocalDate datum(Clock clock, String naam, String waarde, List<InvalidParam> problemen) {
        return Invoercontrole.datumTotVandaag(clock, naam, waarde, problemen);
    }

    /** Every step has a toelichting: why DUO takes it (the audit trail). */
    static void toelichting(String toelichting, List<InvalidParam> problemen) {
        if (toelichting == null || toelichting.isBlank()) {
            problemen.add(new InvalidParam("toelichting", "required",
                    "Elke stap heeft een toelichting: waarom DUO hem zet."));
        } else if (toelichting.length() > MAX_TOELICHTING) {
            problemen.add(new InvalidParam("toelichting", "maxLength",
                    "De toelichting is hoogstens " + MAX_TOELICHTING + " tekens."));
        }
    }
}
