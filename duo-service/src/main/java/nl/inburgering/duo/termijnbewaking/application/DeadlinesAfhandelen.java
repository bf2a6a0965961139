package nl.inburgering.duo.termijnbewaking.application;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Signalering;
import nl.inburgering.duo.termijnbewaking.domain.Termijnbewakingspolicy;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineEntity;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineRepository;
import nl.inburgering.duo.termijnbewaking.persistence.KennisgevingEntity;
import nl.inburgering.duo.termijnbewaking.persistence.KennisgevingRepository;
import nl.inburgering.duo.termijnbewaking.persistence.LeerrouteTeLaatEntity;
import nl.inburgering.duo.termijnbewaking.persistence.LeerrouteTeLaatRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * What DUO does itself when one of the termijn's deadlines falls due, in the job's transaction (a synchronous
 * listener of {@link DeadlineVerstreken}): the kennisgeving to the inburgeraar, the #7 signals to the gemeente, the
 * leerroute found late. {@code LEVERTERMIJN_GEMEENTE} is handhaving's (the verwijtbaarheid judgement), not handled here.
 * Each effect is a verwerking of its own (the person is already locked by the job), with its own Logboek activity.
 */
@Component
class DeadlinesAfhandelen {

    static final Verwerkingsactiviteit KENNISGEVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/kennisgeving-einde-termijn",
            "Kennisgeving einde inburgeringstermijn aan de inburgeraar");
    static final Verwerkingsactiviteit SIGNALEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplichtige-signaleren",
            "Inburgeringsplichtige signaleren aan de gemeente (#7)");
    static final Verwerkingsactiviteit LEERROUTE_TE_LAAT = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerroute-te-laat-vastleggen",
            "Leerroute na tien weken niet vastgesteld");

    private static final Logger log = LoggerFactory.getLogger(DeadlinesAfhandelen.class);

    private final Persoonsverwerking verwerking;
    private final Termijnbewakingspolicy policy;
    private final PipFeiten pipFeiten;
    private final Dossiers dossiers;
    private final DeadlineRepository deadlines;
    private final KennisgevingRepository kennisgevingen;
    private final LeerrouteTeLaatRepository teLaat;

    DeadlinesAfhandelen(Persoonsverwerking verwerking, Termijnbewakingspolicy policy, PipFeiten pipFeiten,
            Dossiers dossiers, DeadlineRepository deadlines, KennisgevingRepository kennisgevingen,
            LeerrouteTeLaatRepository teLaat) {
        this.verwerking = verwerking;
        this.policy = policy;
        this.pipFeiten = pipFeiten;
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.kennisgevingen = kennisgevingen;
        this.teLaat = teLaat;
    }

    @EventListener
    void verstreken(DeadlineVerstreken deadline) {
        switch (deadline.soort()) {
            case KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE -> kennisgeving(deadline);
            case VIER_WEKEN_VOOR_EINDE -> signaleer(deadline, Signalering.Reden.VIER_WEKEN_VOOR_EINDE_TERMIJN, true);
            case EINDE_TERMIJN -> signaleer(deadline, Signalering.Reden.VOORAANKONDIGING_BOETE, false);
            case VIER_WEKEN_NA_EINDE -> signaleer(deadline, Signalering.Reden.VIER_WEKEN_NA_EINDE_TERMIJN, true);
            case TIEN_WEKEN_LEERROUTE -> leerroute(deadline);
            case LEVERTERMIJN_GEMEENTE -> {
                // handhaving op resultaat judges verwijtbaarheid
            }
            case ZES_MAANDEN_VOOR_AOW_LEEFTIJD, AOW_LEEFTIJD, EEN_JAAR_NA_VERTREK, EINDE_TIJDELIJKE_VRIJSTELLING,
                    ZES_JAAR_NA_EINDE_TERMIJN -> {
                // planned through Deadlineplanning and handled by the module that planned them
            }
        }
    }

    private void kennisgeving(DeadlineVerstreken deadline) {
        if (!plichtig(deadline)) {
            return;
        }
        verwerking.wijzig(KENNISGEVEN, deadline.bsn(), v -> kennisgevingen.save(new KennisgevingEntity(
                deadline.bsn().value(), KennisgevingEntity.TWEE_MAANDEN_VOOR_EINDE_TERMIJN,
                einddatum(deadline).orElse(null), v.nu())));
    }

    /**
     * A #7 to the gemeente of the person (of the actuele PIP, else where he lives), while the plicht runs: a fired
     * EINDE_TERMIJN already means the plicht did not end (that drops the deadlines), but the dossier is checked.
     */
    private void signaleer(DeadlineVerstreken deadline, Signalering.Reden reden, boolean vraagtGegevens) {
        if (!plichtig(deadline)) {
            return;
        }
        Optional<String> gemeente = gemeente(deadline);
        Optional<LocalDate> einddatum = einddatum(deadline);
        if (gemeente.isEmpty() || einddatum.isEmpty()) {
            throw new IllegalStateException("geen gemeente of termijn om aan te signaleren (" + reden + ")");
        }
        verwerking.wijzig(SIGNALEREN, deadline.bsn(), v -> {
            LocalDate vandaag = v.vandaag();
            LocalDate uiterlijk = vraagtGegevens ? policy.uiterlijkeLeverdatum(vandaag) : null;
            v.publiceer(new Signalering(deadline.bsn(), gemeente.get(), reden, einddatum.get(), vandaag, null,
                    uiterlijk));
            if (reden == Signalering.Reden.VIER_WEKEN_NA_EINDE_TERMIJN) {
                plan(v, policy.levertermijnGemeente(vandaag), gemeente.get(), einddatum.get());
            }
        });
    }

    private void leerroute(DeadlineVerstreken deadline) {
        if (!plichtig(deadline) || pipFeiten.actuelePip(deadline.bsn()).isPresent()
                || teLaat.existsById(deadline.bsn().value())) {
            return;
        }
        verwerking.wijzig(LEERROUTE_TE_LAAT, deadline.bsn(), v -> teLaat.save(new LeerrouteTeLaatEntity(
                deadline.bsn().value(), deadline.vervaldag(), v.nu())));
    }

    private void plan(Verwerking v, Termijnbewakingspolicy.GeplandeDeadline deadline, String gemeentecode,
            LocalDate einddatum) {
        deadlines.save(new DeadlineEntity(v.bsn().value(), deadline.soort(), deadline.vervaldag(), gemeentecode,
                einddatum, v.nu()));
    }

    private boolean plichtig(DeadlineVerstreken deadline) {
        boolean plichtig = dossiers.dossier(deadline.bsn()).map(Dossier::isPlichtig).orElse(false);
        if (!plichtig) {
            log.info("Deadline {} van een persoon zonder lopende plicht: niets te doen", deadline.soort());
        }
        return plichtig;
    }

    private Optional<String> gemeente(DeadlineVerstreken deadline) {
        return pipFeiten.actuelePip(deadline.bsn()).map(PipFeiten.ActuelePip::gemeentecode)
                .or(() -> dossiers.dossier(deadline.bsn()).map(Dossier::vestiging).map(Dossier.Vestiging::gemeentecode));
    }

    private Optional<LocalDate> einddatum(DeadlineVerstreken deadline) {
        return pipFeiten.inburgeringstermijn(deadline.bsn()).map(PipFeiten.Termijn::einddatum);
    }
}
