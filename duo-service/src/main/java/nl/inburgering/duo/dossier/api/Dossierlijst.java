package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The persons of the core as a list, for a feature that reports on all of them (#22 to CBS). It records nothing in
 * the Logboek itself: the caller reads within its own verwerking.
 */
public interface Dossierlijst {

    /**
     * The dossiers of the persons whose plicht began on or before {@code peildatum} (plichtig now, or ended since:
     * voldaan, vrijgesteld, ontheven, ...; never plichtig and not yet plichtig stay out), at most {@code aantal} after
     * {@code na} in BSN order (from the first when empty).
     */
    List<Dossier> metPlichtOp(LocalDate peildatum, Optional<Bsn> na, int aantal);
}
