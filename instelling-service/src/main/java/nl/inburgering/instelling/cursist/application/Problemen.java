package nl.inburgering.instelling.cursist.application;

import java.util.List;

import nl.inburgering.instelling.cursist.domain.Probleem;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/** The domain's form problems as the platform's 400, every problem at once. */
final class Problemen {

    private Problemen() {
    }

    static OngeldigeInvoerException ongeldig(List<Probleem> problemen) {
        return new OngeldigeInvoerException(problemen.stream()
                .map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
    }
}
