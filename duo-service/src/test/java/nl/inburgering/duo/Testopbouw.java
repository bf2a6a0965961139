package nl.inburgering.duo;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.test.TestBsn;
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
    private final InburgeringsplichtRepository plichten;

    Testopbouw(TransactionTemplate transaction, Persoonsverwerking verwerking, InburgeringsplichtRepository plichten) {
        this.transaction = transaction;
        this.verwerking = verwerking;
        this.plichten = plichten;
    }

    /** A new gezinshereniger (Moroccan, born 1991), ingeschreven in the gemeente and plichtig since {@code begin}. */
    public String plichtigeGezinsmigrant(String gemeentecode, LocalDate begin) {
        String bsn = TestBsn.nieuw();
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "6" + bsn, gemeentecode,
                new Verblijfsgegevens(Verblijfsdoel.GEZINSHERENIGING, false, "MA", LocalDate.of(1991, 2, 3), begin,
                        begin), begin);
        plicht.plichtig(begin, GedetailleerdeDoelgroep.GEZINSHERENIGER, begin);
        leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }

    /** Writes what {@code werk} saves for the person, in one transaction. */
    public void leg(String bsn, Runnable werk) {
        transaction.executeWithoutResult(status -> verwerking.wijzig(OPBOUW, Bsn.of(bsn), v -> werk.run()));
    }
}
