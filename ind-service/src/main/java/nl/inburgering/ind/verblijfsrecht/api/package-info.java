/**
 * The published API of the verblijfsrecht: what other features may read of the vergunningen IND registered
 * ({@link Verblijfsgegevens}), without how they are stored.
 */
@NamedInterface("api")
package nl.inburgering.ind.verblijfsrecht.api;

import org.springframework.modulith.NamedInterface;
