package nl.inburgering.coa.bewoner.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.WarmeOverdrachtPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

/** COA records that the warme overdracht the gemeente planned took place today, and shares the klantprofiel (#15). */
@Service
public class WarmeOverdrachtVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/warme-overdracht-vastleggen",
            "Vastleggen dat de warme overdracht met de gemeente plaatsvond");

    private final Bewonerverwerking bewonerverwerking;
    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;

    WarmeOverdrachtVastleggenHandler(Bewonerverwerking bewonerverwerking, BewonerRepository bewoners,
            KoppelingRepository koppelingen, KlantprofielDelen delen) {
        this.bewonerverwerking = bewonerverwerking;
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.delen = delen;
    }

    private record Huidig(BewonerEntity bewoner, KoppelingEntity koppeling) {
    }

    @Transactional
    public WarmeOverdracht handle(WarmeOverdrachtVastleggen command) {
        return bewonerverwerking.wijzig(VASTLEGGEN, bewonerverwerking.bsnVanBewoner(command.bewonerId()), () -> {
            BewonerEntity bewoner = bewoners.findById(command.bewonerId()).orElseThrow();
            KoppelingEntity koppeling = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId())
                    .orElseThrow(() -> new ConflictException("Deze bewoner is niet aan een gemeente gekoppeld; "
                            + "een warme overdracht is er alleen met de gekoppelde gemeente."));
            WarmeOverdrachtPolicy.vastleggen(koppeling.getWarmeOverdrachtGepland(),
                    koppeling.getWarmeOverdrachtGehouden(), bewoner.isUitgestroomd())
                    .weigering().ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            return new Huidig(bewoner, koppeling);
        }, (huidig, verwerking) -> {
            huidig.koppeling().warmeOverdrachtGehouden(verwerking.vandaag());
            delen.deelBij(Aanleiding.WARME_OVERDRACHT_GEHOUDEN, huidig.bewoner(), Optional.of(huidig.koppeling()));
            return Dossiers.warmeOverdracht(huidig.koppeling());
        });
    }
}
