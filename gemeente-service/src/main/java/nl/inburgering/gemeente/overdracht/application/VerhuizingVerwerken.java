package nl.inburgering.gemeente.overdracht.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.InburgeraarVerhuisd;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.overdracht.domain.OverdrachtGevraagdDoorGemeente;
import nl.inburgering.gemeente.overdracht.domain.Overdrachtstermijnen;
import nl.inburgering.gemeente.overdracht.persistence.OverdrachtEntity;
import nl.inburgering.gemeente.overdracht.persistence.OverdrachtRepository;
import nl.inburgering.gemeente.overdracht.persistence.VertrekEntity;
import nl.inburgering.gemeente.overdracht.persistence.VertrekRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.time.WerkdagenKalender;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * DUO's #3 gewijzigd GEMEENTE_GEWIJZIGD (seed §13.2, §14.2.1), in the transaction of its processing: the old gemeente
 * records the departure (SS122, actualiseren uiterlijk 10 werkdagen after the verhuizing), the new gemeente asks the
 * old one for the dossier (#19 OverdrachtInburgeraarGevraagd through the outbox). Both once per verhuizing: a
 * redelivery of the same verhuizing changes nothing and asks nothing again.
 */
@Component
class VerhuizingVerwerken {

    static final Verwerkingsactiviteit VERTREK = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/vertrek-vastleggen",
            "Vertrek van een inburgeraar naar een andere gemeente vastleggen");
    static final Verwerkingsactiviteit VRAGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/overdracht-vragen",
            "De vorige gemeente om de overdracht van het dossier vragen");

    private final VertrekRepository vertrekken;
    private final OverdrachtRepository overdrachten;
    private final Persoonsverwerking verwerking;
    private final WerkdagenKalender kalender;
    private final Signaalmomenten signaalmomenten;

    VerhuizingVerwerken(VertrekRepository vertrekken, OverdrachtRepository overdrachten,
            Persoonsverwerking verwerking, WerkdagenKalender kalender, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.vertrekken = vertrekken;
        this.overdrachten = overdrachten;
        this.verwerking = verwerking;
        this.kalender = kalender;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void verhuisd(InburgeraarVerhuisd verhuisd) {
        signaalmomenten.bijwerken(verhuisd.bsn());
        String bsn = verhuisd.bsn().value();
        if (vertrekken.findByBsnAndGemeentecodeAndDatumVerhuizing(bsn, verhuisd.gemeentecodeOud(),
                verhuisd.datumVerhuizing()).isEmpty()) {
            verwerking.wijzig(VERTREK, verhuisd.bsn(), v -> vertrekken.save(new VertrekEntity(bsn,
                    verhuisd.gemeentecodeOud(), verhuisd.gemeentecodeNieuw(), verhuisd.datumVerhuizing(),
                    Overdrachtstermijnen.actualiserenUiterlijk(verhuisd.datumVerhuizing(), kalender),
                    verhuisd.doelgroep(), v.nu())));
        }
        if (overdrachten.findByBsnAndGemeentecodeAndDatumVerhuizing(bsn, verhuisd.gemeentecodeNieuw(),
                verhuisd.datumVerhuizing()).isEmpty()) {
            verwerking.wijzig(VRAGEN, verhuisd.bsn(), v -> {
                overdrachten.save(new OverdrachtEntity(bsn, verhuisd.gemeentecodeNieuw(), verhuisd.gemeentecodeOud(),
                        verhuisd.datumVerhuizing(), v.vandaag(), v.nu()));
                v.publiceer(new OverdrachtGevraagdDoorGemeente(verhuisd.bsn(), verhuisd.gemeentecodeOud(),
                        verhuisd.gemeentecodeNieuw(), verhuisd.datumVerhuizing(), v.vandaag()));
            });
        }
    }
}
