package nl.inburgering.gemeente.brp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.brp.api.VerhuisdNaarGemeente;
import nl.inburgering.gemeente.brp.domain.IngezeteneVerhuisd;
import nl.inburgering.gemeente.brp.domain.Verhuizing;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingRepository;
import nl.inburgering.gemeente.brp.persistence.BrpVerhuizingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpVerhuizingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
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
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher applicatie;
    private final Clock clock;

    VerhuizingRegistrerenHandler(BrpInschrijvingRepository inschrijvingen, BrpVerhuizingRepository verhuizingen,
            Persoonsverwerking verwerking, ApplicationEventPublisher applicatie, Clock clock) {
        this.inschrijvingen = inschrijvingen;
        this.verhuizingen = verhuizingen;
        this.verwerking = verwerking;
        this.applicatie = applicatie;
        this.clock = clock;
    }

    @Transactional
    public VerhuizingGeregistreerd handle(VerhuizingRegistreren command) {
        Verhuizing verhuizing = command.verhuizing();
        String bsn = verhuizing.bsn().value();
        AtomicReference<BrpInschrijvingEntity> ingeschreven = new AtomicReference<>();
        AtomicReference<VerhuizingGeregistreerd> geregistreerd = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused verhuizing records nothing
        verwerking.wijzigAlsBekend(REGISTREREN, verhuizing.bsn(), b -> {
            BrpInschrijvingEntity inschrijving = inschrijvingen.findByBsn(bsn)
                    .filter(BrpInschrijvingEntity::isIngezetene)
                    .orElseThrow(() -> new ConflictException(NIET_INGESCHREVEN));
            if (verhuizing.isBinnenGemeente(inschrijving.getGemeentecode())) {
                throw new ConflictException(AL_IN_DEZE_GEMEENTE);
            }
            LocalDate woontSinds = verhuizingen.findFirstByBsnOrderByDatumVerhuizingDescGeregistreerdOpDesc(bsn)
                    .map(BrpVerhuizingEntity::getDatumVerhuizing).orElse(inschrijving.getDatumInschrijving());
            List<InvalidParam> problemen = verhuizing.overtredingen(LocalDate.now(clock), woontSinds).stream()
                    .map(o -> new InvalidParam(o.veld(), o.code(), o.omschrijving())).toList();
            if (!problemen.isEmpty()) {
                throw new OngeldigeInvoerException(problemen);
            }
            ingeschreven.set(inschrijving);
            return true;
        }, v -> {
            BrpInschrijvingEntity inschrijving = ingeschreven.get();
            String gemeentecodeOud = inschrijving.getGemeentecode();
            inschrijving.verhuisd(verhuizing.gemeentecodeNieuw());
            UUID id = UUID.randomUUID();
            verhuizingen.save(new BrpVerhuizingEntity(id, bsn, gemeentecodeOud,
                    verhuizing.gemeentecodeNieuw(), verhuizing.datumVerhuizing(), v.nu()));
            // the features that care (the asielstatushouder's koppeling) record it in this transaction
            applicatie.publishEvent(new VerhuisdNaarGemeente(verhuizing.bsn(), verhuizing.gemeentecodeNieuw(),
                    verhuizing.datumVerhuizing()));
            v.publiceer(new IngezeteneVerhuisd(verhuizing.bsn(), gemeentecodeOud, verhuizing.gemeentecodeNieuw(),
                    verhuizing.datumVerhuizing()));
            geregistreerd.set(new VerhuizingGeregistreerd(id, gemeentecodeOud, verhuizing.gemeentecodeNieuw(),
                    verhuizing.datumVerhuizing()));
        });
        return geregistreerd.get();
    }
}
