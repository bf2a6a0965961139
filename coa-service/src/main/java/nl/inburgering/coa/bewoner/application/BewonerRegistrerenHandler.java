package nl.inburgering.coa.bewoner.application;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

@Service
public class BewonerRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/bewoner-registreren",
            "Een asielstatushouder als bewoner van een AZC registreren");

    private final BewonerRepository bewoners;
    private final Bewonerverwerking bewonerverwerking;

    BewonerRegistrerenHandler(BewonerRepository bewoners, Bewonerverwerking bewonerverwerking) {
        this.bewoners = bewoners;
        this.bewonerverwerking = bewonerverwerking;
    }

    @Transactional
    public UUID handle(BewonerRegistreren command) {
        return bewonerverwerking.wijzig(REGISTREREN, command.bsn(), () -> {
            if (bewoners.existsByBsn(command.bsn())) {
                throw new ConflictException("Deze persoon is al als bewoner geregistreerd.");
            }
            if (bewoners.bestaatMetVNummer(command.vNummer())) {
                throw new ConflictException("Er is al een bewoner met dit V-nummer.");
            }
            return UUID.randomUUID();
        }, (id, verwerking) -> {
            bewoners.save(new BewonerEntity(id, command.bsn(), command.vNummer(), command.azcLocatie(),
                    verwerking.nu()));
            return id;
        });
    }
}
