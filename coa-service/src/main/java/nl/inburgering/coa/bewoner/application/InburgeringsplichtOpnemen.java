package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Stelseldienst #3 in: DUO tells COA that an asielstatushouder is inburgeringsplichtig. Kept by BSN, so it also
 * serves a bewoner COA registers later; a later delivery replaces an earlier one.
 */
@Service
public class InburgeringsplichtOpnemen {

    static final Verwerkingsactiviteit OPNEMEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/inburgeringsplicht-ontvangen",
            "Vastgestelde inburgeringsplicht van DUO opnemen");

    private final InburgeringsplichtRepository plichten;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    InburgeringsplichtOpnemen(InburgeringsplichtRepository plichten, Persoonsvergrendeling vergrendeling,
            Logboek logboek, Clock clock) {
        this.plichten = plichten;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(String bsn, String gemeentecodeInschrijving, LocalDate begindatum, String doelgroep,
            String gedetailleerdeDoelgroep, LocalDate datumVaststelling, LocalDate geboortedatum) {
        vergrendeling.vergrendel(bsn);
        InburgeringsplichtEntity plicht = plichten.findById(bsn).orElseGet(() -> new InburgeringsplichtEntity(bsn));
        plicht.vastgesteld(gemeentecodeInschrijving, begindatum, doelgroep, gedetailleerdeDoelgroep, datumVaststelling,
                geboortedatum, clock.instant());
        plichten.save(plicht);
        logboek.leg(OPNEMEN, bsn);
    }
}
