package nl.inburgering.duo.dossier.api;

import java.time.Instant;
import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A plichtige moved to another gemeente and his plicht went there in this transaction (#3 vastgesteld
 * OVERDRACHT_NA_VERHUIZING, then #3 gewijzigd GEMEENTE_GEWIJZIGD; seed §13.2). An application event handled
 * synchronously in the same transaction: the modules that own a stelseldienst the new gemeente needs (#13 examenresultaten,
 * #8 opgelegde boetes) deliver it again to the new gemeente only, with new CloudEvents ids (decision 0037).
 *
 * @param gemeentecodeOud the gemeente that had the plicht before, or null when COA had it
 * @param signaal         the moment the BRP event arrived: the delivery agreements count from it
 */
public record Verhuisd(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw, LocalDate datumVerhuizing,
        Instant signaal) {
}
