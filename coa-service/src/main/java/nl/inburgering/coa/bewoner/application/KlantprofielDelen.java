package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.domain.Klantprofiel;
import nl.inburgering.coa.bewoner.domain.KlantprofielGedeeld;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielDelingEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielDelingRepository;
import nl.inburgering.coa.bewoner.persistence.KlantprofielEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Stelseldienst #15 out: the full current klantprofiel to the gekoppelde gemeente, at the moments the
 * {@link KlantprofielMomentPolicy} names, always with the current variant, warme overdracht and voorinburgering.
 * Runs in the caller's verwerking, which holds the person's lock; a delivery is a verwerking of its own.
 */
@Component
class KlantprofielDelen {

    static final Verwerkingsactiviteit DELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/klantprofiel-delen",
            "Klantprofiel delen met de gekoppelde gemeente (stelseldienst 15)");

    private final KlantprofielRepository klantprofielen;
    private final KlantprofielDelingRepository delingen;
    private final Persoonsverwerking persoonsverwerking;

    KlantprofielDelen(KlantprofielRepository klantprofielen, KlantprofielDelingRepository delingen,
            Persoonsverwerking persoonsverwerking) {
        this.klantprofielen = klantprofielen;
        this.delingen = delingen;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** Shares the klantprofiel if what happened is one of the moments; returns the moment it was shared at. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Klantprofielmoment> deelBij(Aanleiding aanleiding, BewonerEntity bewoner,
            Optional<KoppelingEntity> koppeling) {
        Optional<Klantprofielmoment> moment = KlantprofielMomentPolicy.moment(aanleiding,
                koppeling.filter(KoppelingEntity::isActueel).isPresent(), !bewoner.isUitgestroomd());
        moment.ifPresent(m -> persoonsverwerking.wijzig(DELEN, bewoner.getBsn(), (Verwerking verwerking) -> {
            deel(m, bewoner, koppeling.get(), verwerking);
        }));
        return moment;
    }

    private void deel(Klantprofielmoment moment, BewonerEntity bewoner, KoppelingEntity koppeling,
            Verwerking verwerking) {
        Optional<KlantprofielEntity> laatste = klantprofielen.findFirstByBewonerIdOrderByVersieDesc(bewoner.getId());
        Klantprofiel profiel = laatste.map(KlantprofielEntity::alsDomein).orElse(Klantprofiel.LEEG);
        // Without a recorded profile, what COA knows dates from the registration of the bewoner.
        LocalDate bijgewerkt = laatste.map(KlantprofielEntity::getDatumBijgewerkt)
                .orElse(LocalDate.ofInstant(bewoner.getGeregistreerdOp(), verwerking.klok().getZone()));
        verwerking.publiceer(new KlantprofielGedeeld(bewoner.getBsn(), bewoner.getVNummer(),
                koppeling.getGemeentecode(), moment, bijgewerkt, profiel,
                koppeling.getAfgesprokenVariant().orElse(null), koppeling.datumWarmeOverdracht().orElse(null),
                bewoner.getVoorinburgeringGeaccepteerd().orElse(null)));
        delingen.save(new KlantprofielDelingEntity(bewoner.getId(), koppeling.getId(), koppeling.getGemeentecode(),
                moment, laatste.map(KlantprofielEntity::getVersie).orElse(null), verwerking.nu()));
    }
}
