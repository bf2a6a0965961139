package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What DUO already knows of the person when a PIP arrives.
 *
 * @param begindatumPlicht          the day the inburgeringsplicht started
 * @param datumVestigingGemeente    the day the inburgeraar settled in the delivering gemeente; null when unknown
 *                                  (an asielstatushouder may still live in the AZC)
 * @param asielstatushouder         whether the doelgroep is asielstatushouder
 * @param dagtekeningInitielePip    dagtekening of the first PIP ever registered, of any gemeente; null when the
 *                                  delivered PIP is the first one
 * @param dagtekeningActuelePip     dagtekening of the PIP that is current now; null when there is none
 */
public record PipContext(LocalDate begindatumPlicht, LocalDate datumVestigingGemeente, boolean asielstatushouder,
        LocalDate dagtekeningInitielePip, LocalDate dagtekeningActuelePip) {

    public PipContext {
        Objects.requireNonNull(begindatumPlicht, "begindatumPlicht");
    }

    /** A PIP is the first one only if DUO never registered one before, whatever gemeente delivered it. */
    public boolean isEerstePip() {
        return dagtekeningInitielePip == null;
    }
}
