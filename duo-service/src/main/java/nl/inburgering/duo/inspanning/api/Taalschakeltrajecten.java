package nl.inburgering.duo.inspanning.api;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Whether the taalschakeltraject of the onderwijsroute is afgerond according to the accepted stands of inspanning
 * (#18, seed §6.2: the gemeente or the taalschakelinstelling delivers it). It records nothing in the Logboek itself:
 * the caller reads within its own verwerking.
 */
public interface Taalschakeltrajecten {

    /** The day the taalschakeltraject was afgerond (the earliest, if several instellingen report it); else empty. */
    Optional<LocalDate> afgerondOp(Bsn bsn);
}
