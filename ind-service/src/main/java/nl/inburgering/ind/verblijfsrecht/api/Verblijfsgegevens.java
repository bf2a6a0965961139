package nl.inburgering.ind.verblijfsrecht.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The read side of the verblijfsrecht for other features. It records nothing in the Logboek itself: the caller reads
 * within its own verwerking, which records the activity it performs.
 */
public interface Verblijfsgegevens {

    /**
     * The vergunningen that stand on the peildatum (ingegaan on or before it, not ended), at most {@code aantal} after
     * V-nummer {@code na} (from the first when empty), in V-nummer order.
     */
    List<Verblijf> lopendOp(LocalDate peildatum, Optional<String> na, int aantal);

    /** One vergunning as it stands now; {@code verblijfsdoel} is the name of the doel. */
    record Verblijf(String vNummer, Bsn bsn, String verblijfsdoel, LocalDate ingangsdatum, String nationaliteit,
            int geboortejaar) {
    }
}
