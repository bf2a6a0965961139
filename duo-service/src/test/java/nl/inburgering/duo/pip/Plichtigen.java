package nl.inburgering.duo.pip;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.platform.test.TestBsn;

/**
 * The PIP tests' starting point: a person DUO already found inburgeringsplichtig, written straight into DUO's
 * database so a test only exercises the PIP feature.
 */
final class Plichtigen {

    /** The start of every plicht arranged here, so a test can date a PIP before it. */
    static final LocalDate BEGIN_PLICHT = LocalDate.of(2026, 1, 5);
    private static final String AMSTERDAM = "0363";

    private Plichtigen() {
    }

    /**
     * A new person plichtig in the doelgroep since {@link #BEGIN_PLICHT}, ingeschreven in Amsterdam: an
     * asielstatushouder came for asiel, every other doelgroep for gezinshereniging. Each test class passes its own
     * first digit of the A-nummer, so the A-nummers of the classes sharing the database never meet.
     */
    static String plichtige(Testopbouw opbouw, InburgeringsplichtRepository plichten, String anummerVoorvoegsel,
            GedetailleerdeDoelgroep doelgroep) {
        String bsn = TestBsn.nieuw();
        Verblijfsdoel verblijfsdoel = doelgroep == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER ? Verblijfsdoel.ASIEL
                : Verblijfsdoel.GEZINSHERENIGING;
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, anummerVoorvoegsel + bsn, AMSTERDAM,
                new Verblijfsgegevens(verblijfsdoel, false, "SY", LocalDate.of(1990, 6, 15), BEGIN_PLICHT,
                        BEGIN_PLICHT),
                BEGIN_PLICHT);
        plicht.plichtig(BEGIN_PLICHT, doelgroep, BEGIN_PLICHT);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }
}
