package nl.inburgering.duo.koppeling.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.koppeling.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * DUO learns the vestigingsgemeente from the BRP (seed §3.2): after a verhuizing the person is ingezetene of
 * the new gemeente, and an asielstatushouder who moves to his gekoppelde gemeente has left the AZC. Both
 * decide which gemeente may consult him (the relevance rule of the M2M APIs).
 */
@Service
public class VerhuizingVerwerken {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/verhuizing-verwerken",
            "Verhuizing van een inburgeraar verwerken");

    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;

    VerhuizingVerwerken(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen,
            Persoonsvergrendeling vergrendeling, Logboek logboek) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(String bsn, String gemeentecodeNieuw, LocalDate datumVerhuizing) {
        vergrendeling.vergrendel(bsn);
        var plicht = plichten.findById(bsn);
        if (plicht.isEmpty()) {
            return; // not an inburgeraar DUO knows: nothing of his to keep
        }
        logboek.leg(VERWERKEN, bsn);
        plicht.get().verhuisd(gemeentecodeNieuw, datumVerhuizing);
        koppelingen.findById(bsn).filter(k -> k.getGemeentecode().equals(gemeentecodeNieuw))
                .ifPresent(k -> k.gevestigd());
    }
}
