package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import nl.inburgering.platform.bsn.Bsn;

/** The plicht as DUO delivered it; {@code ontvanger} is the name of DUO's receiver code. */
public record InburgeringsplichtOpnemen(String ontvanger, Bsn bsn, String gemeentecode, LocalDate geboortedatum,
        String doelgroep, String gedetailleerdeDoelgroep, LocalDate begindatum, LocalDate datumVaststelling,
        boolean leerbaarheidstoetsKlaargezet) {
}
