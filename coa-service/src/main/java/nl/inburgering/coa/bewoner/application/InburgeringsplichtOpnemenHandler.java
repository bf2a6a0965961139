package nl.inburgering.coa.bewoner.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #3 in: DUO tells COA that an asielstatushouder is inburgeringsplichtig. Kept by BSN, so it also
 * serves a bewoner COA registers later; a later delivery replaces an earlier one.
 */
@Service
public class InburgeringsplichtOpnemenHandler {

    static final Verwerkingsactiviteit OPNEMEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/inburgeringsplicht-ontvangen",
            "Vastgestelde inburgeringsplicht van DUO opnemen");

    private final InburgeringsplichtRepository plichten;
    private final Persoonsverwerking persoonsverwerking;

    InburgeringsplichtOpnemenHandler(InburgeringsplichtRepository plichten, Persoonsverwerking persoonsverwerking) {
        this.plichten = plichten;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InburgeringsplichtOpnemen command) {
        persoonsverwerking.wijzig(OPNEMEN, command.bsn(), verwerking -> {
            InburgeringsplichtEntity plicht = plichten.findByBsn(command.bsn())
                    .orElseGet(() -> new InburgeringsplichtEntity(command.bsn()));
            plicht.vastgesteld(command.gemeentecodeInschrijving(), command.begindatum(), command.doelgroep(),
                    command.gedetailleerdeDoelgroep(), command.datumVaststelling(), command.geboortedatum(),
                    verwerking.nu());
            plichten.save(plicht);
        });
    }
}
