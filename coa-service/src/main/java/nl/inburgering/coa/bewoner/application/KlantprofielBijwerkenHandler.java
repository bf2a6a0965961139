package nl.inburgering.coa.bewoner.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.KlantprofielVersie;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KlantprofielEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
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

    private final Bewonerverwerking bewonerverwerking;
    private final BewonerRepository bewoners;
    private final KlantprofielRepository klantprofielen;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;

    KlantprofielBijwerkenHandler(Bewonerverwerking bewonerverwerking, BewonerRepository bewoners,
            KlantprofielRepository klantprofielen, KoppelingRepository koppelingen, KlantprofielDelen delen) {
        this.bewonerverwerking = bewonerverwerking;
        this.bewoners = bewoners;
        this.klantprofielen = klantprofielen;
        this.koppelingen = koppelingen;
        this.delen = delen;
    }

    @Transactional
    public KlantprofielVersie handle(KlantprofielBijwerken command) {
        return bewonerverwerking.wijzig(BIJWERKEN, bewonerverwerking.bsnVanBewoner(command.bewonerId()), () -> {
            BewonerEntity bewoner = bewoners.findById(command.bewonerId()).orElseThrow();
            if (bewoner.isUitgestroomd()) {
                throw new ConflictException("De bewoner is uitgestroomd naar zijn gemeente; "
                        + "COA werkt zijn klantprofiel niet meer bij.");
            }
            return bewoner;
        }, (bewoner, verwerking) -> {
            int versie = klantprofielen.findFirstByBewonerIdOrderByVersieDesc(bewoner.getId())
                    .map(KlantprofielEntity::getVersie).orElse(0) + 1;
            KlantprofielEntity nieuw = klantprofielen.save(new KlantprofielEntity(bewoner.getId(), versie,
                    verwerking.vandaag(), command.klantprofiel(), verwerking.nu()));
            delen.deelBij(Aanleiding.PROFIEL_BIJGEWERKT, bewoner,
                    koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId()));
            return Dossiers.versie(nieuw);
        });
    }
}
