package nl.inburgering.duo.dossier.api;

import java.time.Instant;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The plicht of a person changed and #3 InburgeringsplichtGewijzigd went out, in this transaction: its onderdelen,
 * its doelgroep, or it resumed after a tijdelijke vrijstelling. An application event handled synchronously in the
 * same transaction, like {@link PlichtBeeindigd}.
 */
public record PlichtGewijzigd(Bsn bsn, Plichtwijziging.Reden reden, Instant op) {
}
