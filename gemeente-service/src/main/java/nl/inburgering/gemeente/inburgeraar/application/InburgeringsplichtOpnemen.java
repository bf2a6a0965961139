package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import nl.inburgering.platform.bsn.Bsn;

/** The plicht as DUO delivered it; {@code ontvanger} is the name of DUO's receiver code. */
// Also the follow-up of DUO's notifications (notificatie module, decision 0030): the same use case as #3/#5 in.
@org.springframework.modulith.NamedInterface("plicht-opnemen")
public record InburgeringsplichtOpnemen(String ontvanger, Bsn bsn, String gemeentecode, LocalDate geboortedatum,
        String doelgroep, String gedetailleerdeDoelgroep, LocalDate begindatum, LocalDate datumVaststelling,
        boolean leerbaarheidstoetsKlaargezet) {
}
