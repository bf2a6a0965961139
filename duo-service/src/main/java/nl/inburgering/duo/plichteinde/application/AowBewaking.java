package nl.inburgering.duo.plichteinde.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.PlichtGewijzigd;
import nl.inburgering.duo.dossier.api.PlichtVastgesteld;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.notificatie.api.Attentiesignaal;
import nl.inburgering.duo.notificatie.api.Attentiesignalering;
import nl.inburgering.duo.plichteinde.domain.Plichteinderegels;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * The AOW-leeftijd during the plicht (issue 15 item 5, seed §3.2; {@link Plichteinderegels}). When the plicht begins
 * (or resumes after a tijdelijke vrijstelling) termijnbewaking is asked to watch six months before the AOW-datum and
 * the AOW-datum itself, in the same transaction (just before it commits). A plichtige decided before this module
 * existed gets them from {@code AowBackfill} at start-up. Six months before: SS128 to the gemeente of the person. On the day:
 * the plicht ends with reden AOW_LEEFTIJD_BEREIKT, its last day the day before. A person whose plicht ended in the
 * meantime is left alone (termijnbewaking dropped his deadlines with it anyway).
 */
@Component
class AowBewaking {

    static final Verwerkingsactiviteit AOW_PLANNEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/aow-leeftijd-bewaken",
            "De dag van de AOW-leeftijd van een inburgeringsplichtige laten bewaken");
    static final Verwerkingsactiviteit AOW_SIGNALEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/aow-leeftijd-signaleren",
            "De gemeente wijzen op het bereiken van de AOW-leeftijd binnen zes maanden");
    static final Verwerkingsactiviteit AOW_BEEINDIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/plicht-beeindigen-aow-leeftijd",
            "Inburgeringsplicht beëindigen bij het bereiken van de AOW-leeftijd");

    private final Dossiers dossiers;
    private final Deadlineplanning planning;
    private final Attentiesignalering signalering;
    private final Plichtbeeindiging beeindiging;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    AowBewaking(Dossiers dossiers, Deadlineplanning planning, Attentiesignalering signalering,
            Plichtbeeindiging beeindiging, Persoonsverwerking verwerking, Clock clock) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.planning = planning;
        this.signalering = signalering;
        this.beeindiging = beeindiging;
        this.verwerking = verwerking;
    }

    /**
     * Just before the decision commits, in its transaction: the core publishes {@link PlichtVastgesteld} before it
     * stores a new person, so the dossier is read once it is stored. A verwerking of its own (the deadlines are data
     * of the person).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void plichtVastgesteld(PlichtVastgesteld vastgesteld) {
        verwerking.wijzig(AOW_PLANNEN, vastgesteld.bsn(), v -> plan(v.bsn()));
    }

    /** A plicht that resumed after a tijdelijke vrijstelling lost its deadlines when it ended: plan them again. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void plichtGewijzigd(PlichtGewijzigd gewijzigd) {
        if (gewijzigd.reden() == Plichtwijziging.Reden.TIJDELIJKE_VRIJSTELLING_INGETROKKEN) {
            verwerking.wijzig(AOW_PLANNEN, gewijzigd.bsn(), v -> plan(v.bsn()));
        }
    }

    /** Plans the AOW deadlines of a plichtige; runs in a verwerking (under the person's lock). */
    void plan(Bsn bsn) {
        Optional<Dossier> dossier = dossiers.dossier(bsn).filter(Dossier::isPlichtig);
        Optional<LocalDate> aowDatum = dossiers.aowDatum(bsn);
        if (dossier.isEmpty() || aowDatum.isEmpty()) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        Map<Deadlinesoort, LocalDate> vervaldagen = new EnumMap<>(Deadlinesoort.class);
        for (var gepland : Plichteinderegels.aowDeadlines(aowDatum.get(), vandaag)) {
            vervaldagen.put(Deadlinesoort.valueOf(gepland.soort().name()), gepland.vervaldag());
        }
        planning.plan(bsn, vervaldagen, dossier.get().vestiging().gemeentecode());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void bijDeadline(DeadlineVerstreken deadline) {
        switch (deadline.soort()) {
            case ZES_MAANDEN_VOOR_AOW_LEEFTIJD -> verwerking.wijzigAlsBekend(AOW_SIGNALEREN, deadline.bsn(),
                    this::isPlichtig, v -> signaleer(v));
            case AOW_LEEFTIJD -> verwerking.wijzigAlsBekend(AOW_BEEINDIGEN, deadline.bsn(), this::isPlichtig,
                    v -> beeindiging.beeindig(v.bsn(), PlichtBeeindigd.Reden.AOW_LEEFTIJD_BEREIKT,
                            Plichteinderegels.einddatumBijAowLeeftijd(dossiers.aowDatum(v.bsn()).orElseThrow())));
            default -> {
            }
        }
    }

    private void signaleer(Verwerking v) {
        Dossier dossier = dossiers.dossier(v.bsn()).orElseThrow();
        signalering.signaleer(v.bsn(), dossier.vestiging().gemeentecode(),
                Attentiesignaal.AOW_LEEFTIJD_BINNEN_ZES_MAANDEN);
    }

    private boolean isPlichtig(Bsn bsn) {
        return dossiers.dossier(bsn).filter(Dossier::isPlichtig).isPresent();
    }
}
