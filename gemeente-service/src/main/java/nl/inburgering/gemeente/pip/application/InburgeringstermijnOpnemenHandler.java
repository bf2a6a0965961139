package nl.inburgering.gemeente.pip.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #5 in (seed §4.2): DUO sets the inburgeringstermijn from the first PIP and may change it later
 * (verlenging, a new termijn after a boete). Every delivery is kept, so the caseworker sees the history.
 */
// Also the follow-up of DUO's notifications (notificatie module, decision 0030): the same use case as #3/#5 in.
@org.springframework.modulith.NamedInterface("termijn-opnemen")
@Service
public class InburgeringstermijnOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringstermijn-ontvangen",
            "Vastgestelde of gewijzigde inburgeringstermijn van DUO opnemen");

    private final InburgeringstermijnRepository termijnen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    InburgeringstermijnOpnemenHandler(InburgeringstermijnRepository termijnen, Persoonsverwerking verwerking,
            Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.termijnen = termijnen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InburgeringstermijnOpnemen.TermijnVastgesteld termijn) {
        signaalmomenten.bijwerken(termijn.bsn());
        verwerking.wijzig(ONTVANGEN, termijn.bsn(), v -> {
            termijnen.save(InburgeringstermijnEntity.vastgesteld(termijn.bsn().value(), termijn.gemeentecode(),
                    termijn.startdatum(), termijn.einddatum(), termijn.dagtekeningPip(), termijn.datumVaststelling(),
                    v.nu()));
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InburgeringstermijnOpnemen.TermijnGewijzigd termijn) {
        signaalmomenten.bijwerken(termijn.bsn());
        verwerking.wijzig(ONTVANGEN, termijn.bsn(), v -> {
            termijnen.save(InburgeringstermijnEntity.gewijzigd(termijn.bsn().value(), termijn.gemeentecode(),
                    termijn.redenWijziging(), termijn.startdatum(), termijn.einddatum(), termijn.vorigeEinddatum(),
                    termijn.verlengingsgrondcode(), termijn.verlengingsgrondomschrijving(), termijn.datumWijziging(),
                    v.nu()));
        });
    }
}
