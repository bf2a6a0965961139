package nl.inburgering.gemeente.overdracht.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.overdracht.domain.Overdrachtstermijnen;
import nl.inburgering.gemeente.overdracht.persistence.OverdrachtEntity;
import nl.inburgering.gemeente.overdracht.persistence.OverdrachtRepository;
import nl.inburgering.gemeente.overdracht.persistence.VertrekEntity;
import nl.inburgering.gemeente.overdracht.persistence.VertrekRepository;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * #19 in (seed §13.2): the old gemeente receives the new one's request and owes the overdracht within 1 maand
 * (§14.3); the new gemeente receives the overdracht and keeps it with the inburgeraar. A request for a person the
 * old gemeente never had leave it, or an overdracht the new gemeente never asked for, is dead-lettered with its
 * reason. Runs in the inbox transaction of the event.
 */
@Service
public class OverdrachtOntvangenHandler {

    static final String VERZOEK = "Overdracht inburgeraar gevraagd";
    static final String OVERGEDRAGEN = "Inburgeraar overgedragen";

    static final Verwerkingsactiviteit VERZOEK_ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/overdracht-verzoek-ontvangen",
            "Verzoek van de nieuwe gemeente om de overdracht van het dossier opnemen");
    static final Verwerkingsactiviteit OVERDRACHT_ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/overdracht-ontvangen",
            "Overdracht van het dossier door de vorige gemeente opnemen");

    private final VertrekRepository vertrekken;
    private final OverdrachtRepository overdrachten;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    OverdrachtOntvangenHandler(VertrekRepository vertrekken, OverdrachtRepository overdrachten,
            Persoonsverwerking verwerking, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.vertrekken = vertrekken;
        this.overdrachten = overdrachten;
        this.verwerking = verwerking;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void verzoek(OverdrachtVerzoekOntvangen verzoek) {
        signaalmomenten.bijwerken(verzoek.bsn());
        VertrekEntity vertrek = vertrekken.findByBsnAndGemeentecodeAndDatumVerhuizing(verzoek.bsn().value(),
                verzoek.gemeentecodeOud(), verzoek.datumVerhuizing())
                .filter(v -> v.getGemeentecodeNieuw().equals(verzoek.gemeentecodeNieuw()))
                .orElseThrow(() -> new InvalidEventException(VERZOEK + " voor een inburgeraar die volgens DUO niet op "
                        + verzoek.datumVerhuizing() + " uit gemeente " + verzoek.gemeentecodeOud() + " naar gemeente "
                        + verzoek.gemeentecodeNieuw() + " verhuisde"));
        verwerking.wijzig(VERZOEK_ONTVANGEN, verzoek.bsn(), v -> vertrek.verzoekOntvangen(verzoek.datumVerzoek(),
                Overdrachtstermijnen.leverenUiterlijk(verzoek.datumVerzoek())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void overgedragen(OverdrachtOntvangen ontvangen) {
        signaalmomenten.bijwerken(ontvangen.bsn());
        OverdrachtEntity overdracht = overdrachten.findByBsnAndGemeentecodeAndDatumVerhuizing(
                ontvangen.bsn().value(), ontvangen.gemeentecodeNieuw(), ontvangen.datumVerhuizing())
                .filter(o -> o.getGemeentecodeOud().equals(ontvangen.gemeentecodeOud()))
                .orElseThrow(() -> new InvalidEventException(OVERGEDRAGEN + " zonder verzoek van gemeente "
                        + ontvangen.gemeentecodeNieuw() + " aan gemeente " + ontvangen.gemeentecodeOud()
                        + " voor de verhuizing van " + ontvangen.datumVerhuizing()));
        verwerking.wijzig(OVERDRACHT_ONTVANGEN, ontvangen.bsn(), v -> overdracht.ontvangen(v.nu(),
                ontvangen.datumOverdracht(), ontvangen.doelgroep(), ontvangen.pipDagtekening(),
                ontvangen.pipLeerroute(), ontvangen.pipNiveau(), ontvangen.aanbod(), ontvangen.inspanningen(),
                ontvangen.maatschappelijkeBegeleidingAfgerond(), ontvangen.lopendeHandhavingOpInspanning(),
                ontvangen.contactpersoon(), ontvangen.dossierverwijzing(), ontvangen.intakeresultaat(),
                ontvangen.boetesOpInspanning()));
    }
}
