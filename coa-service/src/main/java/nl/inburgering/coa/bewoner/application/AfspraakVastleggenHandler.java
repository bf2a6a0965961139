package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.Afspraak;
import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;
import nl.inburgering.coa.bewoner.domain.Afspraakwijze;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

/**
 * The gekoppelde gemeente records the variant it agreed with COA, within the afspraaktermijn (it may correct it
 * within that termijn); afterwards the standaard applies.
 */
@Service
public class AfspraakVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/afspraak-gemeente-vastleggen",
            "De afspraak met de gekoppelde gemeente over haar betrokkenheid vastleggen");

    private final Bewonerverwerking bewonerverwerking;
    private final BewonerRepository bewoners;
    private final AfspraakPolicy policy;
    private final Clock clock;

    AfspraakVastleggenHandler(Bewonerverwerking bewonerverwerking, BewonerRepository bewoners, AfspraakPolicy policy,
            Clock clock) {
        this.bewonerverwerking = bewonerverwerking;
        this.bewoners = bewoners;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public Afspraak handle(AfspraakVastleggen command) {
        return bewonerverwerking.wijzig(VASTLEGGEN, bewonerverwerking.bsnVanKoppeling(command.koppelingId()), () -> {
            KoppelingEntity koppeling = bewonerverwerking.actueleKoppelingVan(command.gemeentecode(),
                    command.koppelingId());
            BewonerEntity bewoner = bewoners.findById(koppeling.getBewonerId()).orElseThrow();
            policy.afspraak(koppeling.getAfspraakUiterlijk(), LocalDate.now(clock), bewoner.isUitgestroomd(),
                    koppeling.getAfspraakwijze())
                    .weigering().ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            return koppeling;
        }, (koppeling, verwerking) -> {
            koppeling.afspraak(command.variant(), Afspraakwijze.MET_GEMEENTE, verwerking.nu());
            return Dossiers.afspraak(koppeling);
        });
    }
}
