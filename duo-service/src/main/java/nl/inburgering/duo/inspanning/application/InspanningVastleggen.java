package nl.inburgering.duo.inspanning.application;

import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.Route;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Command: an inspanning reached DUO along a route (#18).
 *
 * @param gemeentecode the forwarding gemeente on {@link Route#GEMEENTE}, null on {@link Route#INSTELLING}
 */
public record InspanningVastleggen(Bsn bsn, Route route, String gemeentecode, Inspanning inspanning) {
}
