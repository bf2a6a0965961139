package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.domain.Klantprofiel;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielDelingEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielDelingRepository;
import nl.inburgering.coa.bewoner.persistence.KlantprofielEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;

/**
 * Stelseldienst #15 out: the full current klantprofiel to the gekoppelde gemeente, at the moments the
 * {@link KlantprofielMomentPolicy} names, always with the current variant, warme overdracht and voorinburgering.
 * Runs in the caller's transaction, which holds the person's lock.
 */
@Component
class KlantprofielDelen {

    static final Verwerkingsactiviteit DELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/klantprofiel-delen",
            "Klantprofiel delen met de gekoppelde gemeente (stelseldienst 15)");

    private final KlantprofielRepository klantprofielen;
    private final KlantprofielDelingRepository delingen;
    private final Outbox outbox;
    private final Logboek logboek;
    private final Clock clock;

    KlantprofielDelen(KlantprofielRepository klantprofielen, KlantprofielDelingRepository delingen, Outbox outbox,
            Logboek logboek, Clock clock) {
        this.klantprofielen = klantprofielen;
        this.delingen = delingen;
        this.outbox = outbox;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Shares the klantprofiel if what happened is one of the moments; returns the moment it was shared at. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Klantprofielmoment> deelBij(Aanleiding aanleiding, BewonerEntity bewoner,
            Optional<KoppelingEntity> koppeling) {
        Optional<Klantprofielmoment> moment = KlantprofielMomentPolicy.moment(aanleiding,
                koppeling.filter(KoppelingEntity::isActueel).isPresent(), !bewoner.isUitgestroomd());
        moment.ifPresent(m -> deel(m, bewoner, koppeling.get()));
        return moment;
    }

    private void deel(Klantprofielmoment moment, BewonerEntity bewoner, KoppelingEntity koppeling) {
        Optional<KlantprofielEntity> laatste = klantprofielen.findFirstByBewonerIdOrderByVersieDesc(bewoner.getId());
        Klantprofiel profiel = laatste.map(KlantprofielEntity::alsDomein).orElse(Klantprofiel.LEEG);
        // Without a recorded profile, what COA knows dates from the registration of the bewoner.
        LocalDate bijgewerkt = laatste.map(KlantprofielEntity::getDatumBijgewerkt)
                .orElse(LocalDate.ofInstant(bewoner.getGeregistreerdOp(), clock.getZone()));
        outbox.publiceer(bewoner.getBsn(), KlantprofielGedeeld.newBuilder()
                .setBsn(bewoner.getBsn())
                .setVNummer(bewoner.getVNummer())
                .setGemeentecode(koppeling.getGemeentecode())
                .setMoment(nl.inburgering.contracts.common.Klantprofielmoment.valueOf(moment.name()))
                .setDatumBijgewerkt(bijgewerkt)
                .setGeboorteland(profiel.geboorteland())
                .setTalen(profiel.talen())
                .setHoogstGenotenOpleiding(profiel.hoogstGenotenOpleiding())
                .setWerkervaring(profiel.werkervaring())
                .setAlfabetiseringsbehoefte(Alfabetiseringsonderwijs.valueOf(profiel.alfabetiseringsbehoefte().name()))
                .setVoorinburgeringGevolgd(profiel.voorinburgeringGevolgd())
                .setUrenVoorinburgering(profiel.urenVoorinburgering())
                .setBijzonderheden(profiel.bijzonderheden())
                .setAfgesprokenVariant(koppeling.getAfgesprokenVariant()
                        .map(v -> Betrokkenheidsvariant.valueOf(v.name())).orElse(null))
                .setDatumWarmeOverdracht(koppeling.datumWarmeOverdracht().orElse(null))
                .setVoorinburgeringGeaccepteerd(bewoner.getVoorinburgeringGeaccepteerd().orElse(null))
                .build());
        delingen.save(new KlantprofielDelingEntity(bewoner.getId(), koppeling.getId(), koppeling.getGemeentecode(),
                moment, laatste.map(KlantprofielEntity::getVersie).orElse(null), clock.instant()));
        logboek.leg(DELEN, bewoner.getBsn());
    }
}
