package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

/** Command: COA records that the warme overdracht the gemeente planned took place today. */
public record WarmeOverdrachtVastleggen(UUID bewonerId) {
}
