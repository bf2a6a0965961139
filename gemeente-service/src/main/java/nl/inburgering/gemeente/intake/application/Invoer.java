package nl.inburgering.gemeente.intake.application;

import java.util.List;

import nl.inburgering.gemeente.intake.domain.Regelovertreding;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/** Turns the violations of a brede intake rule into a 400 that lists every one of them. */
final class Invoer {

    private Invoer() {
    }

    static void controleer(List<Regelovertreding> overtredingen) {
        if (!overtredingen.isEmpty()) {
            throw new OngeldigeInvoerException(overtredingen.stream()
                    .map(o -> new InvalidParam(o.veld(), o.code(), o.omschrijving())).toList());
        }
    }
}
