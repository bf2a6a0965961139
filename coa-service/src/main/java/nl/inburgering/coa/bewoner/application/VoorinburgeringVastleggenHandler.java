package nl.inburgering.coa.bewoner.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.Voorinburgering;
import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

@Service
public class VoorinburgeringVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/voorinburgering-vastleggen",
            "Aanbod en acceptatie van voorinburgering vastleggen");

    private final Bewonerverwerking bewonerverwerking;
    private final BewonerRepository bewoners;
    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;

    VoorinburgeringVastleggenHandler(Bewonerverwerking bewonerverwerking, BewonerRepository bewoners,
            InburgeringsplichtRepository plichten, KoppelingRepository koppelingen, KlantprofielDelen delen) {
        this.bewonerverwerking = bewonerverwerking;
        this.bewoners = bewoners;
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.delen = delen;
    }

    private record Huidig(BewonerEntity bewoner, Optional<KoppelingEntity> koppeling) {
    }

    @Transactional
    public Voorinburgering handle(VoorinburgeringVastleggen command) {
        Bsn bsn = bewonerverwerking.bsnVanBewoner(command.bewonerId());
        return bewonerverwerking.wijzig(VASTLEGGEN, bsn, () -> {
            BewonerEntity bewoner = bewoners.findById(command.bewonerId()).orElseThrow();
            Optional<KoppelingEntity> koppeling = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
            AfspraakPolicy.voorinburgering(koppeling.flatMap(KoppelingEntity::getAfgesprokenVariant),
                    bewoner.isUitgestroomd(), plichten.ontvangenVoor(bsn))
                    .weigering().ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            return new Huidig(bewoner, koppeling);
        }, (huidig, verwerking) -> {
            huidig.bewoner().voorinburgering(command.geaccepteerd(), verwerking.nu());
            delen.deelBij(Aanleiding.PROFIEL_BIJGEWERKT, huidig.bewoner(), huidig.koppeling());
            return Dossiers.voorinburgering(huidig.bewoner());
        });
    }
}
