package nl.inburgering.duo.dossier.spi;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO's ambtshalve vrijstelling at the vaststelling of the plicht (seed §3.2; decision 0034), answered by the module
 * that keeps DUO's registers (vrijstelling). The core asks it, in its verwerking of the person, each time it finds a
 * person plichtig (the first #1, and a plicht that begins later); when a vrijstelling is granted the plicht ends at
 * once, its #3 is not delivered, and the answering module has already recorded the decision and sent #11.
 */
public interface AmbtshalveVrijstelling {

    /**
     * @param gemeentecode the gemeente of inschrijving, which learns the decision (#11)
     * @param begindatum   the day the plicht would begin
     * @return the vrijstelling DUO granted from its registers; empty when they hold none: the plicht begins
     */
    Optional<Soort> verleen(Bsn bsn, String gemeentecode, LocalDate begindatum);

    /** A volledige vrijstelling ends the plicht; a tijdelijke ends it until the vrijstelling ends. */
    enum Soort { VOLLEDIG, TIJDELIJK }
}
