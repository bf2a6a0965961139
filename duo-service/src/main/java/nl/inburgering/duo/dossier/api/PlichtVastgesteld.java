package nl.inburgering.duo.dossier.api;

import java.time.Instant;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO found the person inburgeringsplichtig. An application event published in the transaction of the decision and
 * handled there (synchronously): what it triggers commits with the decision or not at all.
 */
public record PlichtVastgesteld(Bsn bsn, Instant op) {
}
