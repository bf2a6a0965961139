package nl.inburgering.duo.inburgeringsplicht.application;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.domain.Besluit;
import nl.inburgering.duo.inburgeringsplicht.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

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
    private final Persoonsvergrendeling vergrendeling;
    private final Clock clock;

    InburgeringsplichtVaststellenHandler(InburgeringsplichtRepository plichten, InburgeringsplichtPolicy policy,
            BesluitVastleggen vastleggen, Persoonsvergrendeling vergrendeling, Clock clock) {
        this.plichten = plichten;
        this.policy = policy;
        this.vastleggen = vastleggen;
        this.vergrendeling = vergrendeling;
        this.clock = clock;
    }

    @Transactional
    public void handle(InburgeringsplichtVaststellen command) {
        vergrendeling.vergrendel(command.bsn());
        if (plichten.existsById(command.bsn())) {
            // A second #1 for the same person is a change of verblijfsrecht (#2), a later process.
            log.info("Inburgeringsplicht van deze persoon is al vastgesteld; Verblijfsdoelen genegeerd");
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        Besluit besluit = policy.beoordeel(command.verblijfsgegevens(), vandaag);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(command.bsn(), command.vNummer(),
                command.gemeentecodeInschrijving(), command.verblijfsgegevens(), vandaag);
        vastleggen.leg(plicht, besluit, vandaag);
        plichten.save(plicht);
    }
}
