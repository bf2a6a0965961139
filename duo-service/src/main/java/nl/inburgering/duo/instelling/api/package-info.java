/**
 * The published API of the instelling module: the instellingen DUO recognises and where a person is ingeschreven
 * (#20), as other features (the examens, the inspanning) need them; nothing here exposes how it is stored.
 */
@NamedInterface("api")
package nl.inburgering.duo.instelling.api;

import org.springframework.modulith.NamedInterface;
