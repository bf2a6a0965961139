package nl.inburgering.duo.pip.api;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Changing the inburgeringstermijn after the first PIP set it (seed §9.3): a verlenging or a new termijn after a boete.
 * The termijn lives with the pip module, so the change does too: it updates the termijn and its historie (DUO's M2M
 * Inburgeringstermijn API shows it with its verlengingsgrond), delivers #5 InburgeringstermijnGewijzigd to the
 * person's gemeente and publishes {@link TermijnIngesteld} with the matching aanleiding, all in the caller's
 * transaction (it joins; it never opens one) under a verwerking of its own.
 */
public interface Termijnwijziging {

    /**
     * Extends the termijn to {@code nieuweEinddatum} (inclusive) on a verlengingsgrond of DUO's list.
     *
     * @throws IllegalStateException    when DUO set no termijn for the person
     * @throws IllegalArgumentException when the grond is not on DUO's list, or the new einddatum is not later than
     *                                  the current one (callers check both first: {@link #verlengingsgrond},
     *                                  {@link PipFeiten#inburgeringstermijn})
     */
    Wijziging verleng(Bsn bsn, LocalDate nieuweEinddatum, Verlenging soort, String verlengingsgrondcode);

    /**
     * Lengthens the termijn to {@code nieuweEinddatum} (inclusive) by the time the plicht stood still for a tijdelijke
     * vrijstelling that ended or was withdrawn (seed §10; #5 with reden TIJDELIJKE_VRIJSTELLING_INGETROKKEN, SS130).
     * No verlengingsgrond: DUO's list names none for it.
     *
     * @throws IllegalStateException    when DUO set no termijn for the person
     * @throws IllegalArgumentException when the new einddatum is not later than the current one
     */
    Wijziging verlengNaTijdelijkeVrijstelling(Bsn bsn, LocalDate nieuweEinddatum);

    /**
     * Replaces the termijn by a new one (after a boete, Wi2021 art. 34): from {@code begindatum} to
     * {@code einddatum}, both inclusive.
     *
     * @throws IllegalStateException when DUO set no termijn for the person
     */
    Wijziging vervangNaBoete(Bsn bsn, LocalDate begindatum, LocalDate einddatum);

    /** The omschrijving of a verlengingsgrond on DUO's list ({@code GET /verlengingsgronden}); empty when unknown. */
    Optional<String> verlengingsgrond(String code);

    enum Verlenging { OP_VERZOEK, AMBTSHALVE }

    /**
     * @param gemeentecode the gemeente #5 went to (the one of the actuele PIP)
     * @param einddatum    inclusive
     */
    record Wijziging(String gemeentecode, LocalDate begindatum, LocalDate einddatum, LocalDate vorigeEinddatum) {
    }
}
