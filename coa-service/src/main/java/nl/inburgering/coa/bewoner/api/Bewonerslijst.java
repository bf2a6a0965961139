package nl.inburgering.coa.bewoner.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * COA's bewoners as a list, for a feature that reports on all of them (#22 to CBS). It records nothing in the Logboek
 * itself: the caller reads within its own verwerking.
 */
public interface Bewonerslijst {

    /**
     * The bewoners registered on or before {@code peildatum}, at most {@code aantal} after {@code na} in id order
     * (from the first when empty), with their koppeling and voorinburgering as they stand on that day.
     */
    List<Voorinburgering> op(LocalDate peildatum, Optional<UUID> na, int aantal);

    /**
     * One bewoner.
     *
     * @param gemeentecode   of the koppeling in force on the peildatum; null when not (yet) gekoppeld
     * @param datumKoppeling of that koppeling
     * @param gevolgd        whether voorinburgering was followed (the klantprofiel, else whether he accepted it)
     * @param uren           the hours of voorinburgering of the last klantprofiel, 0 when none were given
     */
    record Voorinburgering(UUID id, Bsn bsn, String gemeentecode, LocalDate datumKoppeling, boolean gevolgd,
            int uren) {
    }
}
