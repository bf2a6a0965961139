package nl.inburgering.gemeente.notificatie.application;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Port: DUO's M2M APIs as the gemeente's system consults them after a notification (bron = the gemeente's OIN, with
 * the token of the gemeente's system). Empty: DUO has nothing for this gemeente (404).
 */
public interface DuoM2m {

    /** Inburgeringsplicht API, {@code GET /personen/{bsn}/inburgeringsplicht} and {@code /doelgroep}. */
    Optional<Plicht> plicht(String gemeentecode, Bsn bsn);

    /** Leerbaarheidstoets API, {@code GET /personen/{bsn}/lbt/examennummer}: whether a toets is klaargezet. */
    boolean toetsKlaargezet(String gemeentecode, Bsn bsn);

    /**
     * Inburgeringstermijn API, {@code GET /personen/{bsn}/inburgeringstermijn} and its {@code /historie} (for the
     * einddatum before the last change).
     */
    Optional<Termijn> termijn(String gemeentecode, Bsn bsn);

    /**
     * @param doelgroep               the spec's indeling as the gemeente stores DUO's codes (GEZINSMIGRANT_EN_...)
     * @param gedetailleerdeDoelgroep likewise
     */
    record Plicht(boolean plichtig, LocalDate begindatum, LocalDate wijzigingsdatum, String doelgroep,
            String gedetailleerdeDoelgroep) {
    }

    /**
     * @param einddatum       the last day of the termijn (DUO's API gives the day after, exclusive)
     * @param vorigeEinddatum the last day before the last change; null for a termijn never changed
     */
    record Termijn(LocalDate startdatum, LocalDate einddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate wijzigingsdatum, LocalDate vorigeEinddatum) {
    }
}
