/**
 * What the person core asks of other modules: the PIP clauses of the relevance rule come from the pip module
 * ({@link PipRelevantie}), the ambtshalve vrijstelling at the vaststelling from the vrijstelling module
 * ({@link AmbtshalveVrijstelling}), so the dependencies point from those modules to the core.
 */
@NamedInterface("spi")
package nl.inburgering.duo.dossier.spi;

import org.springframework.modulith.NamedInterface;
