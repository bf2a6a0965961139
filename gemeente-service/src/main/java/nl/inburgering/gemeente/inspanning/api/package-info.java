/**
 * The published API of the inspanning feature (#18 and the handhaving op inspanning during the leerroute):
 * {@link nl.inburgering.gemeente.inspanning.api.InspanningBijwerken}, through which a route change brings #18 up to
 * date at DUO first (seed §5.3).
 */
@NamedInterface("api")
package nl.inburgering.gemeente.inspanning.api;

import org.springframework.modulith.NamedInterface;
