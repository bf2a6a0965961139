package nl.inburgering.duo.dossier.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.domain.Besluit;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §3.2: DUO receives the Verblijfsdoelen from IND and decides whether the person is
 * inburgeringsplichtig. The decision is recorded whatever it is; only a plichtige leads to #3.
 */
@Service
public class InburgeringsplichtVaststellenHandler {

    private static final Logger log = LoggerFactory.getLogger(InburgeringsplichtVaststellenHandler.class);

    private final InburgeringsplichtRepository plichten;
    private final InburgeringsplichtPolicy policy;
    private final BesluitVastleggen vastleggen;
    private final Persoonsverwerking verwerking;

    InburgeringsplichtVaststellenHandler(InburgeringsplichtRepository plichten, InburgeringsplichtPolicy policy,
            BesluitVastleggen vastleggen, Persoonsverwerking verwerking) {
        this.plichten = plichten;
        this.policy = policy;
        this.vastleggen = vastleggen;
        this.verwerking = verwerking;
    }

    @Transactional
    public void handle(InburgeringsplichtVaststellen command) {
        // A second #1 for the same person is a change of verblijfsrecht (#2), a later process: nothing processed.
        boolean vastgesteld = verwerking.wijzigAlsBekend(BesluitVastleggen.VASTSTELLEN, command.bsn(),
                bsn -> !plichten.existsById(bsn.value()), v -> {
                    Besluit besluit = policy.beoordeel(command.verblijfsgegevens(), v.vandaag());
                    InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(command.bsn().value(),
                            command.vNummer(), command.gemeentecodeInschrijving(), command.verblijfsgegevens(),
                            v.vandaag());
                    vastleggen.leg(v, plicht, besluit);
                    plichten.save(plicht);
                });
        if (!vastgesteld) {
            log.info("Inburgeringsplicht van deze persoon is al vastgesteld; Verblijfsdoelen genegeerd");
        }
    }
}
