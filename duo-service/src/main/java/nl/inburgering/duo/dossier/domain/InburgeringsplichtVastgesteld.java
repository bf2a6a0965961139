package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst #3 as DUO decides it: the plicht of a plichtige, for whoever {@link LeveringPolicy} names. */
public record InburgeringsplichtVastgesteld(Bsn bsn, LeveringPolicy.Ontvanger ontvanger, String gemeentecode,
        LocalDate begindatum, GedetailleerdeDoelgroep gedetailleerdeDoelgroep, LocalDate datumVaststelling,
        boolean leerbaarheidstoetsKlaargezet, LocalDate geboortedatum) {
}
