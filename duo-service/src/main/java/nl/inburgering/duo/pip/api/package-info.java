/**
 * The published API of the pip module: what other features may know of a person's actuele PIP and
 * inburgeringstermijn ({@link PipFeiten}), as small read records; nothing here exposes how pip stores them. The one
 * way to change the termijn after the first PIP is {@link Termijnwijziging} (a verlenging, or a new termijn after a
 * boete); every change of the termijn is announced as {@link TermijnIngesteld}.
 */
@NamedInterface("api")
package nl.inburgering.duo.pip.api;

import org.springframework.modulith.NamedInterface;
