/**
 * What other features may ask of the Notificatie API: an attentiesignaal to a gemeente that no stelseldienst carries
 * ({@link Attentiesignalering}).
 */
@NamedInterface("api")
package nl.inburgering.duo.notificatie.api;

import org.springframework.modulith.NamedInterface;
