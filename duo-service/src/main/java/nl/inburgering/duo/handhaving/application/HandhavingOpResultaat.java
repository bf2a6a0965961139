package nl.inburgering.duo.handhaving.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.handhaving.domain.BoeteOpgelegd;
import nl.inburgering.duo.handhaving.domain.Handhavingsregels;
import nl.inburgering.duo.handhaving.domain.VerwijtbaarheidPolicy;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel;
import nl.inburgering.duo.handhaving.persistence.HandhavingsoordeelEntity;
import nl.inburgering.duo.handhaving.persistence.HandhavingsoordeelRepository;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.pip.api.Termijnwijziging;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.duo.termijnbewaking.api.Termijnbewaking;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Handhaving op resultaat (seed §9.3.1): when the gemeente's 10 werkdagen after the signal 4 weeks after the end of the
 * termijn have passed ({@link Deadlinesoort#LEVERTERMIJN_GEMEENTE} more than 4 weeks after the einddatum), DUO judges with what
 * it has ({@link VerwijtbaarheidPolicy}). Not verwijtbaar or an aanzienlijke inspanning: an ambtshalve verlenging
 * (#5 with its verlengingsgrond). Verwijtbaar: a boete (#8) to the gemeente of the person and a new termijn (#5).
 * Handled in the job's transaction; judged once per deadline (a repeat does nothing). The same deadline after the
 * signal 4 weeks BEFORE the end, or after the vooraankondiging, asks nothing of DUO and is ignored, as is a person
 * whose plicht ended.
 */
@Component
class HandhavingOpResultaat {

    private static final Logger log = LoggerFactory.getLogger(HandhavingOpResultaat.class);
    private static final DateTimeFormatter KENMERKDATUM = DateTimeFormatter.BASIC_ISO_DATE;

    static final Verwerkingsactiviteit HANDHAVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/handhaven-op-resultaat",
            "Verwijtbaarheid beoordelen na overschrijding van de inburgeringstermijn, verlengen of beboeten");

    private final Handhavingsfeiten feiten;
    private final Handhavingsregels regels;
    private final Verlengingsregels verlengingsregels;
    private final HandhavingsoordeelRepository oordelen;
    private final PipFeiten pips;
    private final Dossiers dossiers;
    private final Termijnwijziging termijnwijziging;
    private final Persoonsverwerking verwerking;
    private final Termijnbewaking termijnbewaking;

    HandhavingOpResultaat(Handhavingsfeiten feiten, Handhavingsregels regels, Verlengingsregels verlengingsregels,
            HandhavingsoordeelRepository oordelen, PipFeiten pips, Dossiers dossiers, Termijnwijziging termijnwijziging,
            Persoonsverwerking verwerking, Termijnbewaking termijnbewaking) {
        this.termijnbewaking = termijnbewaking;
        this.feiten = feiten;
        this.regels = regels;
        this.verlengingsregels = verlengingsregels;
        this.oordelen = oordelen;
        this.pips = pips;
        this.dossiers = dossiers;
        this.termijnwijziging = termijnwijziging;
        this.verwerking = verwerking;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void bijDeadline(DeadlineVerstreken deadline) {
        if (deadline.soort() != Deadlinesoort.LEVERTERMIJN_GEMEENTE) {
            return;
        }
        Optional<PipFeiten.Termijn> termijn = pips.inburgeringstermijn(deadline.bsn());
        if (termijn.isEmpty() || !naHetSignaalVierWekenNaEinde(deadline, termijn.get())) {
            return; // a levertermijn after an earlier signal (4 weeks before the end, the vooraankondiging)
        }
        verwerking.wijzig(HANDHAVEN, deadline.bsn(), v -> handhaaf(v, deadline));
    }

    /**
     * The levertermijn that follows the signal 4 weeks after the end falls more than 4 weeks after the einddatum; the
     * one after the signal 4 weeks before the end falls before it, and one after the vooraankondiging boete (the day
     * after the end, 10 werkdagen) within those 4 weeks: DUO waits for the gemeente's last update.
     */
    static boolean naHetSignaalVierWekenNaEinde(DeadlineVerstreken deadline, PipFeiten.Termijn termijn) {
        return deadline.vervaldag().isAfter(termijn.einddatum().plusWeeks(4));
    }

    private void handhaaf(Verwerking v, DeadlineVerstreken deadline) {
        Bsn bsn = deadline.bsn();
        if (oordelen.existsByBsnAndVervaldag(bsn.value(), deadline.vervaldag())) {
            log.info("Handhaving op resultaat: deze deadline ({}) is al beoordeeld, er gebeurt niets", deadline.vervaldag());
            return;
        }
        Optional<Dossier> plicht = dossiers.dossier(bsn).filter(Dossier::isPlichtig);
        PipFeiten.Termijn termijn = pips.inburgeringstermijn(bsn).orElseThrow();
        if (plicht.isEmpty() || !naHetSignaalVierWekenNaEinde(deadline, termijn)) {
            return; // the plicht ended, or the termijn moved in the meantime
        }
        Verwijtbaarheidsoordeel oordeel = VerwijtbaarheidPolicy.beoordeel(
                feiten.van(bsn, termijnbewaking.leerrouteTeLaat(bsn)), regels);
        String gemeente = pips.actuelePip(bsn).map(PipFeiten.ActuelePip::gemeentecode)
                .orElse(plicht.get().vestiging().gemeentecode());
        LocalDate vandaag = v.vandaag();
        String kenmerk = null;
        LocalDate nieuweEinddatum = null;
        String grondcode = null;
        switch (oordeel.uitkomst()) {
            case GEEN_OVERSCHRIJDING -> {
            }
            case NIET_VERWIJTBAAR, AANZIENLIJKE_INSPANNING -> {
                grondcode = verlengingsregels.code(oordeel.grond());
                nieuweEinddatum = termijn.einddatum().plus(oordeel.verlenging());
                termijnwijziging.verleng(bsn, nieuweEinddatum, Termijnwijziging.Verlenging.AMBTSHALVE, grondcode);
            }
            case VERWIJTBAAR -> {
                kenmerk = "BOETE-" + vandaag.format(KENMERKDATUM) + "-"
                        + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                // the new termijn starts the day after the beschikking and runs its period (as Wi2021 art. 11 counts)
                nieuweEinddatum = vandaag.plus(oordeel.verlenging());
                v.publiceer(new BoeteOpgelegd(bsn, gemeente, kenmerk, oordeel.boeteregels(), oordeel.totaalbedrag(),
                        vandaag, nieuweEinddatum));
                termijnwijziging.vervangNaBoete(bsn, vandaag.plusDays(1), nieuweEinddatum);
            }
        }
        HandhavingsoordeelEntity vastgelegd = new HandhavingsoordeelEntity(UUID.randomUUID(), bsn.value(),
                deadline.vervaldag(), oordeel.uitkomst(), grondcode, kenmerk,
                oordeel.uitkomst() == Verwijtbaarheidsoordeel.Uitkomst.VERWIJTBAAR ? oordeel.totaalbedrag() : null,
                nieuweEinddatum, gemeente, String.join(" ", oordeel.overwegingen()), v.nu());
        if (kenmerk != null) {
            vastgelegd.metBoete(BoetesNaVerhuizing.regels(oordeel.boeteregels()), vandaag);
        }
        oordelen.save(vastgelegd);
        log.info("Handhaving op resultaat: {}", oordeel.uitkomst());
    }
}
