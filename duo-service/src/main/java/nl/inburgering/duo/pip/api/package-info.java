/**
 * The published API of the pip module: what other features may know of a person's actuele PIP and
 * inburgeringstermijn ({@link PipFeiten}), as small read records; nothing here exposes how pip stores them.
 */
@NamedInterface("api")
package nl.inburgering.duo.pip.api;

import org.springframework.modulith.NamedInterface;
