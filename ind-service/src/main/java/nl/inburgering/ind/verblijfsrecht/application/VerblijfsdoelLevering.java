package nl.inburgering.ind.verblijfsrecht.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsdoelenLeveringPolicy;
import nl.inburgering.ind.verblijfsrecht.domain.VerblijfsdoelenLeveringPolicy.TeLeverenVerblijfsdoel;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.BrpInschrijvingRepository;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningEntity;
import nl.inburgering.ind.verblijfsrecht.persistence.VerblijfsvergunningRepository;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/**
 * Delivers stelseldienst #1 when the policy says so. Runs inside the caller's transaction, which
 * holds the person's lock, so the REST call and the BRP event cannot both miss each other.
 */
@Component
class VerblijfsdoelLevering {

    static final Verwerkingsactiviteit LEVEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/ind/verblijfsdoelen-leveren", "Verblijfsdoelen leveren aan DUO (stelseldienst 1)");

    private final VerblijfsvergunningRepository vergunningen;
    private final BrpInschrijvingRepository inschrijvingen;
    private final Outbox outbox;
    private final Logboek logboek;
    private final Clock clock;

    VerblijfsdoelLevering(VerblijfsvergunningRepository vergunningen, BrpInschrijvingRepository inschrijvingen,
            Outbox outbox, Logboek logboek, Clock clock) {
        this.logboek = logboek;
        this.vergunningen = vergunningen;
        this.inschrijvingen = inschrijvingen;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void leverIndienCompleet(String bsn) {
        Optional<VerblijfsvergunningEntity> vergunning = vergunningen.findByBsn(bsn);
        Optional<TeLeverenVerblijfsdoel> levering = VerblijfsdoelenLeveringPolicy.beoordeel(
                vergunning.map(VerblijfsvergunningEntity::alsDomein),
                inschrijvingen.findById(bsn).map(BrpInschrijvingEntity::alsDomein),
                vergunning.map(VerblijfsvergunningEntity::isVerblijfsdoelGeleverd).orElse(false));
        levering.ifPresent(teLeveren -> {
            outbox.publiceer(bsn, alsEvent(teLeveren));
            logboek.leg(LEVEREN, bsn);
            vergunning.get().verblijfsdoelGeleverd(clock.instant());
        });
    }

    private static VerblijfsdoelDoorgegeven alsEvent(TeLeverenVerblijfsdoel teLeveren) {
        var v = teLeveren.vergunning();
        var i = teLeveren.inschrijving();
        return VerblijfsdoelDoorgegeven.newBuilder()
                .setVNummer(v.vNummer())
                .setBsn(v.bsn())
                .setGeboortedatum(v.geboortedatum())
                .setNationaliteit(v.nationaliteit())
                .setVerblijfsdoel(Verblijfsdoel.valueOf(v.verblijfsdoel().name()))
                .setReferentIsAsielstatushouder(v.referentIsAsielstatushouder())
                .setIngangsdatumVerblijfsrecht(v.ingangsdatum())
                .setGemeentecodeInschrijving(i.gemeentecode())
                .setDatumInschrijving(i.datumInschrijving())
                .build();
    }
}
