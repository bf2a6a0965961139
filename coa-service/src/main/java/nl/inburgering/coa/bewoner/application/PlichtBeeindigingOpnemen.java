package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO ended the plicht of an asielstatushouder (#3 InburgeringsplichtBeeindigd with ontvanger COA). */
public record PlichtBeeindigingOpnemen(Bsn bsn, LocalDate einddatum, String reden) {
}
