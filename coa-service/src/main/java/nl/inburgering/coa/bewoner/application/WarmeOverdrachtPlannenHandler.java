package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.domain.WarmeOverdrachtPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

@Service
public class WarmeOverdrachtPlannenHandler {

    static final Verwerkingsactiviteit PLANNEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/warme-overdracht-plannen",
            "De warme overdracht met de gekoppelde gemeente plannen");

    private final Bewonerverwerking bewonerverwerking;
    private final BewonerRepository bewoners;
    private final Clock clock;

    WarmeOverdrachtPlannenHandler(Bewonerverwerking bewonerverwerking, BewonerRepository bewoners, Clock clock) {
        this.bewonerverwerking = bewonerverwerking;
        this.bewoners = bewoners;
        this.clock = clock;
    }

    @Transactional
    public WarmeOverdracht handle(WarmeOverdrachtPlannen command) {
        if (!WarmeOverdrachtPolicy.geldigeDatum(command.datum(), LocalDate.now(clock))) {
            throw new OngeldigeInvoerException("datum", "past", "een warme overdracht plant u vandaag of later");
        }
        return bewonerverwerking.wijzig(PLANNEN, bewonerverwerking.bsnVanKoppeling(command.koppelingId()), () -> {
            KoppelingEntity koppeling = bewonerverwerking.actueleKoppelingVan(command.gemeentecode(),
                    command.koppelingId());
            BewonerEntity bewoner = bewoners.findById(koppeling.getBewonerId()).orElseThrow();
            WarmeOverdrachtPolicy.plannen(bewoner.isUitgestroomd(), koppeling.getWarmeOverdrachtGehouden())
                    .weigering().ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            return koppeling;
        }, (koppeling, verwerking) -> {
            koppeling.planWarmeOverdracht(command.datum());
            return Dossiers.warmeOverdracht(koppeling);
        });
    }
}
