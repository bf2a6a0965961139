package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Command: DUO tells COA that an asielstatushouder is inburgeringsplichtig (stelseldienst #3 with ontvanger COA).
 *
 * @param doelgroep               the doelgroep as DUO names it
 * @param gedetailleerdeDoelgroep the gedetailleerde doelgroep as DUO names it
 */
public record InburgeringsplichtOpnemen(Bsn bsn, String gemeentecodeInschrijving, LocalDate begindatum,
        String doelgroep, String gedetailleerdeDoelgroep, LocalDate datumVaststelling, LocalDate geboortedatum) {
}
