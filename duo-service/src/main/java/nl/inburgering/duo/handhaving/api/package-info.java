/**
 * The published API of handhaving: what other features may know of the boetes DUO imposed ({@link Boetes}), without
 * how they are stored.
 */
@NamedInterface("api")
package nl.inburgering.duo.handhaving.api;

import org.springframework.modulith.NamedInterface;
