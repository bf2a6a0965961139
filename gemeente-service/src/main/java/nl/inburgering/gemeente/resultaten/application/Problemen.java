package nl.inburgering.gemeente.resultaten.application;

import java.util.List;

import nl.inburgering.gemeente.resultaten.domain.Probleem;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/** The domain's problems as the platform's 400, every problem at once. */
final class Problemen {

    private Problemen() {
    }

    static OngeldigeInvoerException ongeldig(List<Probleem> problemen) {
        return new OngeldigeInvoerException(problemen.stream()
                .map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
    }
}
