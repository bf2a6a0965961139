package nl.inburgering.coa.bewoner.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The BRP's overlijden (issue 15): a bewoner who died is marked so in his dossier. Of anyone who is not a bewoner COA
 * processes nothing and records nothing. (DUO ends his plicht; its #3 beëindigd reaches COA when COA has it.)
 */
@Service
public class OverlijdenVerwerkenHandler {

    static final Verwerkingsactiviteit OVERLIJDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/overlijden-verwerken",
            "Overlijden van een bewoner verwerken");

    private final BewonerRepository bewoners;
    private final Persoonsverwerking persoonsverwerking;

    OverlijdenVerwerkenHandler(BewonerRepository bewoners, Persoonsverwerking persoonsverwerking) {
        this.bewoners = bewoners;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(OverlijdenVerwerken command) {
        persoonsverwerking.wijzigAlsBekend(OVERLIJDEN, command.bsn(), bsn -> bewoners.findByBsn(bsn).isPresent(),
                verwerking -> bewoners.findByBsn(command.bsn()).orElseThrow().overleden(command.datumOverlijden()));
    }
}
