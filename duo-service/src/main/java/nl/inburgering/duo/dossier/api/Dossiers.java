package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The read side of the person core for other features. It records nothing in the Logboek itself: the caller reads
 * within its own verwerking (Persoonsverwerking), which records the activity it performs for the person.
 */
public interface Dossiers {

    /** The dossier of a person DUO decided the plicht of; empty when DUO does not know him. */
    Optional<Dossier> dossier(Bsn bsn);

    /** Whether DUO knows the person ("bekend in de administratie van DUO"). */
    boolean isBekend(Bsn bsn);

    /**
     * The day the person reaches the AOW-leeftijd (the plicht ends the day before, Wi2021 art. 3); empty when DUO
     * does not know him.
     */
    Optional<LocalDate> aowDatum(Bsn bsn);

    /**
     * The persons who are plichtig now, at most 100 after {@code na} in BSN order (from the first when empty): for a
     * module that must catch up on the plichtigen decided before it existed.
     */
    List<Bsn> plichtigen(Optional<Bsn> na);

    /** Every decision on the plicht, oldest first; empty for an unknown person. */
    List<Plichtbesluit> plichthistorie(Bsn bsn);

    /**
     * The number of persons per status of the plicht ({@code PLICHTIG}, {@code NIET_PLICHTIG}, ...), counted in the
     * database: a chain figure for SZW, no person (issue 16 part 3, decision 0042).
     */
    default java.util.Map<String, Long> aantalPerStatus() {
        // a default so that a feature's test double of Dossiers need not know SZW's report
        throw new UnsupportedOperationException("aantalPerStatus");
    }
}
