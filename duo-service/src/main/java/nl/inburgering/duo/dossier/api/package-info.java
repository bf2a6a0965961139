/**
 * The published API of the person core: what other features may know of a person's dossier ({@link Dossiers}),
 * whether a gemeente may consult him ({@link Relevantie}), and the facts the core announces in the transaction that
 * establishes them ({@link PlichtVastgesteld}, {@link PlichtGeleverd}). Nothing here exposes how the core stores
 * its data.
 */
@NamedInterface("api")
package nl.inburgering.duo.dossier.api;

import org.springframework.modulith.NamedInterface;
