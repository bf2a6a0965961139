/**
 * The published API of the brede intake: whether the gemeente may set a PIP unilaterally ({@code EenzijdigePip},
 * answered here), and the SPI through which it asks whether a PIP is already vastgesteld ({@code VastgesteldePip},
 * answered by the PIP feature).
 */
@NamedInterface("api")
package nl.inburgering.gemeente.intake.api;

import org.springframework.modulith.NamedInterface;
