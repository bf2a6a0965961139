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
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

@Service
public class WarmeOverdrachtPlannenHandler {

    static final Verwerkingsactiviteit PLANNEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/warme-overdracht-plannen",
            "De warme overdracht met de gekoppelde gemeente plannen");

    private final Vergrendeld vergrendeld;
    private final BewonerRepository bewoners;
    private final Logboek logboek;
    private final Clock clock;

    WarmeOverdrachtPlannenHandler(Vergrendeld vergrendeld, BewonerRepository bewoners, Logboek logboek, Clock clock) {
        this.vergrendeld = vergrendeld;
        this.bewoners = bewoners;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public WarmeOverdracht handle(WarmeOverdrachtPlannen command) {
        if (!WarmeOverdrachtPolicy.geldigeDatum(command.datum(), LocalDate.now(clock))) {
            throw new OngeldigeInvoerException("datum", "past", "een warme overdracht plant u vandaag of later");
        }
        KoppelingEntity koppeling = vergrendeld.koppelingVan(command.gemeentecode(), command.koppelingId());
        BewonerEntity bewoner = bewoners.findById(koppeling.getBewonerId()).orElseThrow();
        WarmeOverdrachtPolicy.plannen(bewoner.isUitgestroomd(), koppeling.getWarmeOverdrachtGehouden())
                .weigering().ifPresent(reden -> {
                    throw new ConflictException(reden);
                });
        koppeling.planWarmeOverdracht(command.datum());
        logboek.leg(PLANNEN, bewoner.getBsn());
        return Dossiers.warmeOverdracht(koppeling);
    }
}
