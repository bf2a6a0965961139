package nl.inburgering.ind.verblijfsrecht.application;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsdoelenGeleverd;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsdoelenLeveringPolicy;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsdoelenLeveringPolicy.TeLeverenVerblijfsdoel;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingRepository;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Delivers stelseldienst #1 when the policy says so. Runs inside the caller's verwerking, which holds the person's
 * lock ({@link Persoonsverwerking#wijzig}), so the REST call and the BRP event cannot both miss each other. The
 * delivery is a verwerking of its own (its own Logboek record), only when it happens.
 */
@Component
class VerblijfsdoelLevering {

    static final Verwerkingsactiviteit LEVEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/verblijfsdoelen-leveren", "Verblijfsdoelen leveren aan DUO (stelseldienst 1)");

    private final VerblijfsvergunningRepository vergunningen;
    private final BrpInschrijvingRepository inschrijvingen;
    private final Persoonsverwerking persoonsverwerking;

    VerblijfsdoelLevering(VerblijfsvergunningRepository vergunningen, BrpInschrijvingRepository inschrijvingen,
            Persoonsverwerking persoonsverwerking) {
        this.vergunningen = vergunningen;
        this.inschrijvingen = inschrijvingen;
        this.persoonsverwerking = persoonsverwerking;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void leverIndienCompleet(Bsn bsn) {
        // an ended verblijfsrecht (issue 15) is not delivered: DUO never knew it, there is no plicht to decide
        Optional<VerblijfsvergunningEntity> vergunning = vergunningen.findByBsn(bsn)
                .filter(v -> v.beeindigdDoor().isEmpty());
        Optional<TeLeverenVerblijfsdoel> levering = VerblijfsdoelenLeveringPolicy.beoordeel(
                vergunning.map(VerblijfsvergunningEntity::alsDomein),
                inschrijvingen.findByBsn(bsn).map(BrpInschrijvingEntity::alsDomein),
                vergunning.map(VerblijfsvergunningEntity::isVerblijfsdoelGeleverd).orElse(false));
        levering.ifPresent(teLeveren -> persoonsverwerking.wijzig(LEVEREN, bsn, verwerking -> {
            verwerking.publiceer(new VerblijfsdoelenGeleverd(teLeveren.vergunning(), teLeveren.inschrijving()));
            vergunning.get().verblijfsdoelGeleverd(verwerking.nu());
        }));
    }
}
