package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.ConflictException;

@Service
public class BewonerRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/bewoner-registreren",
            "Een asielstatushouder als bewoner van een AZC registreren");

    private final BewonerRepository bewoners;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    BewonerRegistrerenHandler(BewonerRepository bewoners, Persoonsvergrendeling vergrendeling, Logboek logboek,
            Clock clock) {
        this.bewoners = bewoners;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public UUID handle(BewonerRegistreren command) {
        vergrendeling.vergrendel(command.bsn());
        if (bewoners.existsByBsn(command.bsn())) {
            throw new ConflictException("Deze persoon is al als bewoner geregistreerd.");
        }
        if (bewoners.bestaatMetVNummer(command.vNummer())) {
            throw new ConflictException("Er is al een bewoner met dit V-nummer.");
        }
        UUID id = UUID.randomUUID();
        bewoners.save(new BewonerEntity(id, command.bsn(), command.vNummer(), command.azcLocatie(), clock.instant()));
        logboek.leg(REGISTREREN, command.bsn());
        return id;
    }
}
