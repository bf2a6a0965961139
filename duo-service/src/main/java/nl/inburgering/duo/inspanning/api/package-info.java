/**
 * The published API of the inspanning module: the stands of inspanning (#18) DUO keeps per instelling
 * ({@link Inspanningfeiten}), for the modules that judge a traject. Nothing here exposes how inspanning stores them.
 */
@NamedInterface("api")
package nl.inburgering.duo.inspanning.api;

import org.springframework.modulith.NamedInterface;
