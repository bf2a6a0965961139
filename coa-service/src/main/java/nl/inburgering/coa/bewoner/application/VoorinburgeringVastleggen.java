package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

/** Command: COA offered voorinburgering to a bewoner, who accepted it or not. */
public record VoorinburgeringVastleggen(UUID bewonerId, boolean geaccepteerd) {
}
