/**
 * The published API of the §3.3 feature: whether the agreed betrokkenheidsvariant lets the gemeente take a step of
 * its own process now ({@link nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant}), asked by the
 * brede intake and the PIP.
 */
@NamedInterface("api")
package nl.inburgering.gemeente.asielstatushouder.api;

import org.springframework.modulith.NamedInterface;
