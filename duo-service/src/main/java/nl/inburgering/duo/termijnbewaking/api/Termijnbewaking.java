package nl.inburgering.duo.termijnbewaking.api;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * What termijnbewaking knows that other features judge with. It records nothing in the Logboek itself: the caller
 * reads within its own verwerking.
 */
public interface Termijnbewaking {

    /**
     * Whether ten weeks after the plicht reached the gemeente DUO held no PIP (the leerroute was set late): a reason
     * DUO weighs as niet verwijtbaar in handhaving op resultaat.
     */
    boolean leerrouteTeLaat(Bsn bsn);

    /** The day the ten weeks ran out without a PIP; empty when the leerroute was not late (or not yet). */
    Optional<LocalDate> leerrouteTeLaatSinds(Bsn bsn);
}
