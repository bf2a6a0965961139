package nl.inburgering.gemeente.brp.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Application event (in the transaction, and under the Logboek record, of the registration): the gemeente
 * registered that the person moved to it on {@code datumVerhuizing}. A listener that records something of its own
 * about the move does so in the same transaction.
 */
public record VerhuisdNaarGemeente(Bsn bsn, String gemeentecode, LocalDate datumVerhuizing) {
}
