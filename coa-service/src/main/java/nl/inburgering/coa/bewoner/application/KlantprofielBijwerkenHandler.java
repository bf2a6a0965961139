package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.KlantprofielVersie;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

/**
 * Stores a new version of the klantprofiel (the old ones stay as history); while the bewoner is gekoppeld and in
 * the AZC the gemeente gets it at once (#15, BIJGEWERKT_TIJDENS_VOORINBURGERING).
 */
@Service
public class KlantprofielBijwerkenHandler {

    static final Verwerkingsactiviteit BIJWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/klantprofiel-bijwerken",
            "Het klantprofiel van een asielstatushouder bijwerken");

    private final Vergrendeld vergrendeld;
    private final KlantprofielRepository klantprofielen;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;
    private final Logboek logboek;
    private final Clock clock;

    KlantprofielBijwerkenHandler(Vergrendeld vergrendeld, KlantprofielRepository klantprofielen,
            KoppelingRepository koppelingen, KlantprofielDelen delen, Logboek logboek, Clock clock) {
        this.vergrendeld = vergrendeld;
        this.klantprofielen = klantprofielen;
        this.koppelingen = koppelingen;
        this.delen = delen;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public KlantprofielVersie handle(KlantprofielBijwerken command) {
        BewonerEntity bewoner = vergrendeld.bewoner(command.bewonerId());
        if (bewoner.isUitgestroomd()) {
            throw new ConflictException("De bewoner is uitgestroomd naar zijn gemeente; "
                    + "COA werkt zijn klantprofiel niet meer bij.");
        }
        int versie = klantprofielen.findFirstByBewonerIdOrderByVersieDesc(bewoner.getId())
                .map(KlantprofielEntity::getVersie).orElse(0) + 1;
        KlantprofielEntity nieuw = klantprofielen.save(new KlantprofielEntity(bewoner.getId(), versie,
                LocalDate.now(clock), command.klantprofiel(), clock.instant()));
        logboek.leg(BIJWERKEN, bewoner.getBsn());
        delen.deelBij(Aanleiding.PROFIEL_BIJGEWERKT, bewoner, koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId()));
        return Dossiers.versie(nieuw);
    }
}
