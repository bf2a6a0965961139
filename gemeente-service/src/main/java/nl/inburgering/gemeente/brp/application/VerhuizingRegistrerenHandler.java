package nl.inburgering.gemeente.brp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.gemeente.asielstatushouder.application.VestigingVerwerken;
import nl.inburgering.gemeente.brp.domain.Verhuizing;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingRepository;
import nl.inburgering.gemeente.brp.persistence.BrpVerhuizingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpVerhuizingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Records a verhuizing to the registering gemeente and tells the chain (IngezeteneVerhuisd on the BRP topic: DUO
 * delivers #3 to the new gemeente, COA learns that an asielstatushouder left the AZC), in one transaction.
 */
@Service
public class VerhuizingRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brp-verhuizing-registreren",
            "Verhuizing van een ingezetene naar de gemeente in de BRP registreren");

    public static final String NIET_INGESCHREVEN = "Deze persoon is niet ingeschreven in de BRP: registreer eerst "
            + "zijn inschrijving (POST /api/v1/brp/inschrijvingen); een verhuizing kan alleen van een ingezetene.";
    public static final String AL_IN_DEZE_GEMEENTE = "Deze persoon woont al in uw gemeente; een verhuizing binnen "
            + "de gemeente is geen verhuizing naar een andere gemeente.";

    /** What was registered; {@code gemeentecodeOud} is the gemeente the person left. */
    public record VerhuizingGeregistreerd(UUID id, String gemeentecodeOud, String gemeentecodeNieuw,
            LocalDate datumVerhuizing) {
    }

    private final BrpInschrijvingRepository inschrijvingen;
    private final BrpVerhuizingRepository verhuizingen;
    private final VestigingVerwerken vestiging;
    private final Outbox outbox;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    VerhuizingRegistrerenHandler(BrpInschrijvingRepository inschrijvingen, BrpVerhuizingRepository verhuizingen,
            VestigingVerwerken vestiging, Outbox outbox, Persoonsvergrendeling vergrendeling, Logboek logboek,
            Clock clock) {
        this.inschrijvingen = inschrijvingen;
        this.verhuizingen = verhuizingen;
        this.vestiging = vestiging;
        this.outbox = outbox;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public VerhuizingGeregistreerd handle(VerhuizingRegistreren command) {
        Verhuizing verhuizing = command.verhuizing();
        vergrendeling.vergrendel(verhuizing.bsn());
        BrpInschrijvingEntity inschrijving = inschrijvingen.findByBsn(verhuizing.bsn())
                .orElseThrow(() -> new ConflictException(NIET_INGESCHREVEN));
        String gemeentecodeOud = inschrijving.getGemeentecode();
        if (verhuizing.isBinnenGemeente(gemeentecodeOud)) {
            throw new ConflictException(AL_IN_DEZE_GEMEENTE);
        }
        LocalDate woontSinds = verhuizingen.findFirstByBsnOrderByDatumVerhuizingDescGeregistreerdOpDesc(verhuizing.bsn())
                .map(BrpVerhuizingEntity::getDatumVerhuizing).orElse(inschrijving.getDatumInschrijving());
        List<InvalidParam> problemen = verhuizing.overtredingen(LocalDate.now(clock), woontSinds).stream()
                .map(o -> new InvalidParam(o.veld(), o.code(), o.omschrijving())).toList();
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        logboek.leg(REGISTREREN, verhuizing.bsn());
        UUID id = UUID.randomUUID();
        inschrijving.verhuisd(verhuizing.gemeentecodeNieuw());
        verhuizingen.save(new BrpVerhuizingEntity(id, verhuizing.bsn(), gemeentecodeOud,
                verhuizing.gemeentecodeNieuw(), verhuizing.datumVerhuizing(), clock.instant()));
        vestiging.gevestigd(verhuizing.bsn(), verhuizing.gemeentecodeNieuw(), verhuizing.datumVerhuizing());
        outbox.publiceer(verhuizing.bsn(), IngezeteneVerhuisd.newBuilder()
                .setBsn(verhuizing.bsn())
                .setGemeentecodeOud(gemeentecodeOud)
                .setGemeentecodeNieuw(verhuizing.gemeentecodeNieuw())
                .setDatumVerhuizing(verhuizing.datumVerhuizing())
                .build());
        return new VerhuizingGeregistreerd(id, gemeentecodeOud, verhuizing.gemeentecodeNieuw(),
                verhuizing.datumVerhuizing());
    }
}
