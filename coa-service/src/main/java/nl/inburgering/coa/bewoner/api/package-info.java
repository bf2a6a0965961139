/**
 * The published API of the bewoner: what other features may read of COA's bewoners ({@link Bewonerslijst}), without
 * how they are stored.
 */
@NamedInterface("api")
package nl.inburgering.coa.bewoner.api;

import org.springframework.modulith.NamedInterface;
