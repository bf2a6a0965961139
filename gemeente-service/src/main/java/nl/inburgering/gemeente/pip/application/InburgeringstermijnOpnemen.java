package nl.inburgering.gemeente.pip.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Stelseldienst #5 in (seed §4.2): DUO sets the inburgeringstermijn from the first PIP and may change it later
 * (verlenging, a new termijn after a boete). Every delivery is kept, so the caseworker sees the history.
 */
@Service
public class InburgeringstermijnOpnemen {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringstermijn-ontvangen",
            "Vastgestelde of gewijzigde inburgeringstermijn van DUO opnemen");

    private final InburgeringstermijnRepository termijnen;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    InburgeringstermijnOpnemen(InburgeringstermijnRepository termijnen, Persoonsvergrendeling vergrendeling,
            Logboek logboek, Clock clock) {
        this.termijnen = termijnen;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    public record TermijnVastgesteld(String bsn, String gemeentecode, LocalDate startdatum, LocalDate einddatum,
            LocalDate dagtekeningPip, LocalDate datumVaststelling) {
    }

    public record TermijnGewijzigd(String bsn, String gemeentecode, String redenWijziging, LocalDate startdatum,
            LocalDate einddatum, LocalDate vorigeEinddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate datumWijziging) {
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(TermijnVastgesteld termijn) {
        vergrendeling.vergrendel(termijn.bsn());
        logboek.leg(ONTVANGEN, termijn.bsn());
        termijnen.save(InburgeringstermijnEntity.vastgesteld(termijn.bsn(), termijn.gemeentecode(),
                termijn.startdatum(), termijn.einddatum(), termijn.dagtekeningPip(), termijn.datumVaststelling(),
                clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(TermijnGewijzigd termijn) {
        vergrendeling.vergrendel(termijn.bsn());
        logboek.leg(ONTVANGEN, termijn.bsn());
        termijnen.save(InburgeringstermijnEntity.gewijzigd(termijn.bsn(), termijn.gemeentecode(),
                termijn.redenWijziging(), termijn.startdatum(), termijn.einddatum(), termijn.vorigeEinddatum(),
                termijn.verlengingsgrondcode(), termijn.verlengingsgrondomschrijving(), termijn.datumWijziging(),
                clock.instant()));
    }
}
