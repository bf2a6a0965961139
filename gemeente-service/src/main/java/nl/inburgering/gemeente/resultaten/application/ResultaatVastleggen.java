package nl.inburgering.gemeente.resultaten.application;

import java.util.UUID;

import nl.inburgering.gemeente.resultaten.domain.Resultaat;

/**
 * The caseworker of the gemeente of the token records a result of the leerroute.
 *
 * @param datumveld the name of the datum in the request, for the problems
 */
public record ResultaatVastleggen(String gemeentecode, UUID inburgeraarId, Resultaat resultaat, String datumveld) {
}
