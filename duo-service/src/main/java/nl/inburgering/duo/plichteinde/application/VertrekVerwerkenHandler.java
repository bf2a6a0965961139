package nl.inburgering.duo.plichteinde.application;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.Hervestiging;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.notificatie.api.Attentiesignaal;
import nl.inburgering.duo.notificatie.api.Attentiesignalering;
import nl.inburgering.duo.plichteinde.domain.Plichteinderegels;
import nl.inburgering.duo.plichteinde.persistence.VertrekEntity;
import nl.inburgering.duo.plichteinde.persistence.VertrekRepository;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Vertrek naar het buitenland and the return (seed §13.3, §14.2.1; decision 0033). The vertrek of a plichtige is
 * recorded, the gemeente he left gets SS123 (bring inspanning and results up to date) and termijnbewaking watches a
 * year and a day: still abroad then, the plicht ends with reden VERTREK_UIT_NEDERLAND. An inschrijving within the year
 * is his return: the deadline is dropped and the return recorded; in another gemeente than the one he left his
 * vestiging moves as after a BRP verhuizing ({@link Hervestiging}: #3 to the new gemeente; the overdracht #19 is
 * issue 16). The vertrek of someone who is not plichtig now is not recorded: there is nothing to keep open.
 */
@Service
public class VertrekVerwerkenHandler {

    static final Verwerkingsactiviteit VERTREK = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vertrek-buitenland-verwerken",
            "Vertrek van een inburgeringsplichtige naar het buitenland verwerken");
    static final Verwerkingsactiviteit TERUGKEER = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/terugkeer-uit-buitenland-verwerken",
            "Terugkeer van een inburgeringsplichtige uit het buitenland verwerken");
    static final Verwerkingsactiviteit VERTREK_BEEINDIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/plicht-beeindigen-vertrek",
            "Inburgeringsplicht beëindigen na meer dan een jaar in het buitenland");

    private final VertrekRepository vertrekken;
    private final Dossiers dossiers;
    private final Deadlineplanning planning;
    private final Attentiesignalering signalering;
    private final Plichtbeeindiging beeindiging;
    private final Hervestiging hervestiging;
    private final Persoonsverwerking verwerking;

    VertrekVerwerkenHandler(VertrekRepository vertrekken, Dossiers dossiers, Deadlineplanning planning,
            Attentiesignalering signalering, Plichtbeeindiging beeindiging, Hervestiging hervestiging,
            Persoonsverwerking verwerking) {
        this.vertrekken = vertrekken;
        this.dossiers = dossiers;
        this.planning = planning;
        this.signalering = signalering;
        this.beeindiging = beeindiging;
        this.hervestiging = hervestiging;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(VertrekVerwerken command) {
        verwerking.wijzigAlsBekend(VERTREK, command.bsn(), this::isPlichtig, v -> {
            String bsn = command.bsn().value();
            vertrekken.findById(bsn).ifPresentOrElse(
                    eerder -> eerder.opnieuwVertrokken(command.gemeentecode(), command.datumVertrek(),
                            command.landVanVertrek(), v.nu()),
                    () -> vertrekken.save(new VertrekEntity(bsn, command.gemeentecode(), command.datumVertrek(),
                            command.landVanVertrek(), v.nu())));
            signalering.signaleer(command.bsn(), command.gemeentecode(), Attentiesignaal.VERTROKKEN_UIT_NEDERLAND);
            planning.plan(command.bsn(), Deadlinesoort.EEN_JAAR_NA_VERTREK,
                    Plichteinderegels.langerDanEenJaarWeg(command.datumVertrek()), command.gemeentecode());
        });
    }

    /** Runs in the inbox transaction of the BRP event; only a return of a vertrokken plichtige does anything. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InschrijvingVerwerken command) {
        verwerking.wijzigAlsBekend(TERUGKEER, command.bsn(), bsn -> openVertrek(bsn)
                .filter(vertrek -> Plichteinderegels.isTerugkeerBinnenHetJaar(vertrek.getDatumVertrek(),
                        command.datumInschrijving()))
                .isPresent() && isPlichtig(bsn), v -> {
                    VertrekEntity vertrek = openVertrek(command.bsn()).orElseThrow();
                    vertrek.teruggekeerd(command.gemeentecode(), command.datumInschrijving());
                    planning.vervalt(command.bsn(), Deadlinesoort.EEN_JAAR_NA_VERTREK);
                    if (!command.gemeentecode().equals(vertrek.getGemeentecode())) {
                        hervestiging.gevestigd(command.bsn(), command.gemeentecode(), command.datumInschrijving());
                    }
                });
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void bijDeadline(DeadlineVerstreken deadline) {
        if (deadline.soort() != Deadlinesoort.EEN_JAAR_NA_VERTREK) {
            return;
        }
        verwerking.wijzigAlsBekend(VERTREK_BEEINDIGEN, deadline.bsn(),
                bsn -> openVertrek(bsn).isPresent() && isPlichtig(bsn),
                v -> beeindiging.beeindig(v.bsn(), PlichtBeeindigd.Reden.VERTREK_UIT_NEDERLAND,
                        Plichteinderegels.einddatumBijVertrek(openVertrek(v.bsn()).orElseThrow().getDatumVertrek())));
    }

    private Optional<VertrekEntity> openVertrek(Bsn bsn) {
        return vertrekken.findById(bsn.value()).filter(vertrek -> !vertrek.isTeruggekeerd());
    }

    private boolean isPlichtig(Bsn bsn) {
        return dossiers.dossier(bsn).filter(Dossier::isPlichtig).isPresent();
    }
}
