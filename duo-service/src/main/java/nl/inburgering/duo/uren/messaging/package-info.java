/**
 * The uren feature's side of stelseldienst #17: {@link GevolgdeUrenOntvanger} takes GevolgdeUrenGemeld from the one
 * listener of the topic, in the resultaten module.
 */
@NamedInterface("messaging")
package nl.inburgering.duo.uren.messaging;

import org.springframework.modulith.NamedInterface;
