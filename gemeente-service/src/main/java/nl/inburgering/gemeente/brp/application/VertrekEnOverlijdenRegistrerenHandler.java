package nl.inburgering.gemeente.brp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.brp.domain.IngezeteneOverleden;
import nl.inburgering.gemeente.brp.domain.IngezeteneVertrokkenNaarBuitenland;
import nl.inburgering.gemeente.brp.domain.Overlijden;
import nl.inburgering.gemeente.brp.domain.Regelovertreding;
import nl.inburgering.gemeente.brp.domain.Vertrek;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingRepository;
import nl.inburgering.gemeente.brp.persistence.BrpVerhuizingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpVerhuizingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Records a vertrek naar het buitenland (seed §13.3) or an overlijden of an ingezetene of the registering gemeente and
 * tells the chain (IngezeteneVertrokkenNaarBuitenland to DUO, IngezeteneOverleden to DUO and COA), in one transaction.
 * Only the gemeente where the person is ingeschreven registers it; for any other gemeente he is not ingeschreven
 * (409, the same answer as for an unknown person: the answer tells no gemeente where someone lives).
 */
@Service
public class VertrekEnOverlijdenRegistrerenHandler {

    static final Verwerkingsactiviteit VERTREK = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brp-vertrek-registreren",
            "Vertrek van een ingezetene naar het buitenland in de BRP registreren");
    static final Verwerkingsactiviteit OVERLIJDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brp-overlijden-registreren",
            "Overlijden van een ingezetene in de BRP registreren");

    public static final String NIET_INGESCHREVEN_IN_GEMEENTE = "Deze persoon is geen ingezetene van uw gemeente: "
            + "alleen de gemeente waar hij ingeschreven staat registreert zijn vertrek of overlijden.";

    private final BrpInschrijvingRepository inschrijvingen;
    private final BrpVerhuizingRepository verhuizingen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    VertrekEnOverlijdenRegistrerenHandler(BrpInschrijvingRepository inschrijvingen,
            BrpVerhuizingRepository verhuizingen, Persoonsverwerking verwerking, Clock clock) {
        this.inschrijvingen = inschrijvingen;
        this.verhuizingen = verhuizingen;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    @Transactional
    public UUID handle(VertrekRegistreren command) {
        Vertrek vertrek = command.vertrek();
        AtomicReference<BrpInschrijvingEntity> ingeschreven = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused vertrek records nothing
        verwerking.wijzigAlsBekend(VERTREK, vertrek.bsn(), b -> {
            ingeschreven.set(ingezetene(vertrek.bsn(), vertrek.gemeentecode(),
                    i -> vertrek.overtredingen(LocalDate.now(clock), woontSinds(i))));
            return true;
        }, v -> {
            ingeschreven.get().vertrokken(vertrek.datumVertrek());
            v.publiceer(new IngezeteneVertrokkenNaarBuitenland(vertrek.bsn(), vertrek.gemeentecode(),
                    vertrek.datumVertrek(), vertrek.landVanVertrek()));
        });
        return ingeschreven.get().getId();
    }

    @Transactional
    public UUID handle(OverlijdenRegistreren command) {
        Overlijden overlijden = command.overlijden();
        AtomicReference<BrpInschrijvingEntity> ingeschreven = new AtomicReference<>();
        verwerking.wijzigAlsBekend(OVERLIJDEN, overlijden.bsn(), b -> {
            ingeschreven.set(ingezetene(overlijden.bsn(), overlijden.gemeentecode(),
                    i -> overlijden.overtredingen(LocalDate.now(clock), i.getGeboortedatum())));
            return true;
        }, v -> {
            ingeschreven.get().overleden(overlijden.datumOverlijden());
            v.publiceer(new IngezeteneOverleden(overlijden.bsn(), overlijden.gemeentecode(),
                    overlijden.datumOverlijden()));
        });
        return ingeschreven.get().getId();
    }

    /** The person's inschrijving as ingezetene of {@code gemeentecode} that the registration does not break. */
    private BrpInschrijvingEntity ingezetene(Bsn bsn, String gemeentecode,
            Function<BrpInschrijvingEntity, List<Regelovertreding>> regels) {
        BrpInschrijvingEntity inschrijving = inschrijvingen.findByBsn(bsn.value())
                .filter(BrpInschrijvingEntity::isIngezetene)
                .filter(i -> i.getGemeentecode().equals(gemeentecode))
                .orElseThrow(() -> new ConflictException(NIET_INGESCHREVEN_IN_GEMEENTE));
        List<InvalidParam> problemen = regels.apply(inschrijving).stream()
                .map(o -> new InvalidParam(o.veld(), o.code(), o.omschrijving())).toList();
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return inschrijving;
    }

    /** The day he came to live in his gemeente: the later of his (re-)inschrijving and his last verhuizing. */
    private LocalDate woontSinds(BrpInschrijvingEntity inschrijving) {
        LocalDate ingeschreven = inschrijving.getDatumInschrijving();
        return verhuizingen.findFirstByBsnOrderByDatumVerhuizingDescGeregistreerdOpDesc(inschrijving.getBsn())
                .map(BrpVerhuizingEntity::getDatumVerhuizing).filter(d -> d.isAfter(ingeschreven))
                .orElse(ingeschreven);
    }
}
