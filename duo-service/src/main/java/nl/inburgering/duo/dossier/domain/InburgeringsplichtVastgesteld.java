package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #3 as DUO decides it: the plicht of a plichtige, for whoever {@link LeveringPolicy} names, and why
 * it goes out: a new vaststelling or koppeling, or the plicht handed to the new gemeente after a verhuizing.
 */
public record InburgeringsplichtVastgesteld(Bsn bsn, LeveringPolicy.Ontvanger ontvanger, String gemeentecode,
        LocalDate begindatum, GedetailleerdeDoelgroep gedetailleerdeDoelgroep, LocalDate datumVaststelling,
        boolean leerbaarheidstoetsKlaargezet, LocalDate geboortedatum, Aanleiding aanleiding) {

    /** Why DUO delivers the plicht (seed §13.2). */
    public enum Aanleiding { NIEUW, OVERDRACHT_NA_VERHUIZING }
}
