/**
 * What the person core asks of other modules: the PIP clauses of the relevance rule come from the pip module
 * ({@link PipRelevantie}), so the dependency points from pip to the core.
 */
@NamedInterface("spi")
package nl.inburgering.duo.dossier.spi;

import org.springframework.modulith.NamedInterface;
