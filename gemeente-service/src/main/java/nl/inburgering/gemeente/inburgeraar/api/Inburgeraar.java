package nl.inburgering.gemeente.inburgeraar.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * An inburgeringsplichtige of one gemeente as DUO delivered him (stelseldienst #3): the read record every chapter
 * works from.
 *
 * @param id        his id in this gemeente (a new one when he moves to another gemeente)
 * @param doelgroep DUO's doelgroep, e.g. ASIELSTATUSHOUDER
 */
public record Inburgeraar(UUID id, Bsn bsn, String gemeentecode, LocalDate geboortedatum, String doelgroep,
        String gedetailleerdeDoelgroep, LocalDate begindatumInburgeringsplicht, LocalDate datumVaststelling,
        boolean leerbaarheidstoetsKlaargezet, Instant ontvangenOp) {

    public static final String ASIELSTATUSHOUDER = "ASIELSTATUSHOUDER";

    public boolean isAsielstatushouder() {
        return ASIELSTATUSHOUDER.equals(doelgroep);
    }
}
