package nl.inburgering.duo;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * A test's starting point written straight into DUO's database, like any change of a person's data through a
 * Persoonsverwerking of its own (the guard refuses a write without one), so a test exercises only its feature.
 */
@Component
public class Testopbouw {

    static final Verwerkingsactiviteit OPBOUW = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/test-opbouw", "Testgegevens opbouwen");

    private final TransactionTemplate transaction;
    private final Persoonsverwerking verwerking;

    Testopbouw(TransactionTemplate transaction, Persoonsverwerking verwerking) {
        this.transaction = transaction;
        this.verwerking = verwerking;
    }

    /** Writes what {@code werk} saves for the person, in one transaction. */
    public void leg(String bsn, Runnable werk) {
        transaction.executeWithoutResult(status -> verwerking.wijzig(OPBOUW, Bsn.of(bsn), v -> werk.run()));
    }
}
