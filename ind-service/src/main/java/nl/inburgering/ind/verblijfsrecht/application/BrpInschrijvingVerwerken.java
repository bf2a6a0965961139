package nl.inburgering.ind.verblijfsrecht.application;

import nl.inburgering.ind.verblijfsrecht.domain.BrpInschrijving;

/** Command: the BRP tells IND that a person was ingeschreven in a gemeente (seed §3.2). */
public record BrpInschrijvingVerwerken(BrpInschrijving inschrijving) {
}
