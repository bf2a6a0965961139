/**
 * The published API of the resultaten module: the PVT, MAP and Z-route results the gemeente registered for a person
 * ({@link Resultaatfeiten}), for the modules that judge a traject. Nothing here exposes how resultaten stores them.
 */
@NamedInterface("api")
package nl.inburgering.duo.resultaten.api;

import org.springframework.modulith.NamedInterface;
