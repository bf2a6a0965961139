package nl.inburgering.duo.pip.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The facts of the PIP that other features judge against (the results of PVT, MAP and Z-route). It records nothing
 * in the Logboek itself: the caller reads within its own verwerking, which records the activity it performs.
 */
public interface PipFeiten {

    /** The actuele PIP DUO holds, of whatever gemeente delivered it; empty when there is none. */
    Optional<ActuelePip> actuelePip(Bsn bsn);

    /** The inburgeringstermijn, set on the first PIP; empty before it. */
    Optional<Termijn> inburgeringstermijn(Bsn bsn);

    enum Leerroute { B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE }

    enum Niveau { A2, B1 }

    /** @param niveau null when the PIP has none (the Z-route without examens) */
    record ActuelePip(String gemeentecode, Leerroute leerroute, Niveau niveau) {
    }

    /** Both ends inclusive: the inburgeraar has until and including {@code einddatum}. */
    record Termijn(LocalDate begindatum, LocalDate einddatum) {
    }

    /**
     * Per gemeente of the first PIP: how many persons have one, and the median number of days from the day DUO
     * established the plicht to the dagtekening of that first PIP. Counted in the database: a chain figure for SZW, no
     * person (issue 16 part 3, decision 0042).
     */
    default List<DoorlooptijdTotPip> doorlooptijdenTotPip() {
        // a default so that a feature's test double of PipFeiten need not know SZW's report
        throw new UnsupportedOperationException("doorlooptijdenTotPip");
    }

    /** @param mediaanDagen the median, in days (a half when the number of persons is even) */
    record DoorlooptijdTotPip(String gemeentecode, long aantal, java.math.BigDecimal mediaanDagen) {
    }
}
