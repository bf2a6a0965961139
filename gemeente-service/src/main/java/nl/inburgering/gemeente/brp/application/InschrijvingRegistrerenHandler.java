package nl.inburgering.gemeente.brp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.gemeente.brp.domain.Inschrijving;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingRepository;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/** Records the inschrijving and tells IND and DUO through the BRP topic, in one transaction. */
@Service
public class InschrijvingRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brp-inschrijving-registreren", "Inschrijving van een vreemdeling in de BRP registreren");

    private final BrpInschrijvingRepository inschrijvingen;
    private final Outbox outbox;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    public InschrijvingRegistrerenHandler(BrpInschrijvingRepository inschrijvingen, Outbox outbox,
            Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.logboek = logboek;
        this.inschrijvingen = inschrijvingen;
        this.outbox = outbox;
        this.vergrendeling = vergrendeling;
        this.clock = clock;
    }

    @Transactional
    public UUID handle(InschrijvingRegistreren command) {
        Inschrijving inschrijving = command.inschrijving();
        List<InvalidParam> problemen = inschrijving.overtredingen(LocalDate.now(clock)).stream()
                .map(o -> new InvalidParam(o.veld(), o.code(), o.omschrijving())).toList();
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        vergrendeling.vergrendel(inschrijving.bsn());
        if (inschrijvingen.existsByBsn(inschrijving.bsn())) {
            throw new ConflictException("Deze persoon is al ingeschreven; een verhuizing is een ander proces.");
        }
        UUID id = UUID.randomUUID();
        logboek.leg(REGISTREREN, inschrijving.bsn());
        inschrijvingen.save(new BrpInschrijvingEntity(id, inschrijving.bsn(), inschrijving.gemeentecode(),
                inschrijving.datumInschrijving(), inschrijving.geboortedatum(), clock.instant()));
        outbox.publiceer(inschrijving.bsn(), IngezeteneIngeschreven.newBuilder()
                .setBsn(inschrijving.bsn())
                .setGemeentecode(inschrijving.gemeentecode())
                .setDatumInschrijving(inschrijving.datumInschrijving())
                .setGeboortedatum(inschrijving.geboortedatum())
                .build());
        return id;
    }
}
