package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Command: DUO changed the plicht of an asielstatushouder it delivers to COA (#3 InburgeringsplichtGewijzigd with
 * ontvanger COA): the plicht as it stands now, with DUO's reden and the onderdelen still open.
 */
public record PlichtWijzigingOpnemen(Bsn bsn, String gemeentecodeInschrijving, LocalDate begindatum, String doelgroep,
        String gedetailleerdeDoelgroep, String redenWijziging, LocalDate datumWijziging,
        List<String> openstaandeOnderdelen, LocalDate geboortedatum) {
}
