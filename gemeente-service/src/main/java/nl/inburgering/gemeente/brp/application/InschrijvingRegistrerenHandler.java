package nl.inburgering.gemeente.brp.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.brp.domain.Inschrijving;
import nl.inburgering.gemeente.brp.domain.IngezeteneIngeschreven;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingEntity;
import nl.inburgering.gemeente.brp.persistence.BrpInschrijvingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/** Records the inschrijving and tells IND and DUO through the BRP topic, in one transaction. */
@Service
public class InschrijvingRegistrerenHandler {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/brp-inschrijving-registreren", "Inschrijving van een vreemdeling in de BRP registreren");

    private final BrpInschrijvingRepository inschrijvingen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    InschrijvingRegistrerenHandler(BrpInschrijvingRepository inschrijvingen, Persoonsverwerking verwerking,
            Clock clock) {
        this.inschrijvingen = inschrijvingen;
        this.verwerking = verwerking;
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
        UUID id = UUID.randomUUID();
        AtomicReference<UUID> geregistreerd = new AtomicReference<>(id);
        // checked under the lock, before the Logboek record: a second inschrijving records nothing
        // a person who left for the buitenland may be ingeschreven again: his return (seed §13.3)
        verwerking.wijzigAlsBekend(REGISTREREN, inschrijving.bsn(), bsn -> {
            inschrijvingen.findByBsn(bsn.value()).ifPresent(bestaand -> {
                if (!bestaand.isVertrokken()) {
                    throw new ConflictException("Deze persoon is al ingeschreven; een verhuizing is een ander proces.");
                }
                if (inschrijving.datumInschrijving().isBefore(bestaand.getDatumVertrek())) {
                    throw new OngeldigeInvoerException(List.of(new InvalidParam("datumInschrijving",
                            "beforeVertrek", "de datum van inschrijving ligt voor de datum van vertrek naar het "
                                    + "buitenland")));
                }
            });
            return true;
        }, v -> {
            inschrijvingen.findByBsn(inschrijving.bsn().value()).ifPresentOrElse(
                    teruggekeerd -> {
                        teruggekeerd.opnieuwIngeschreven(inschrijving.gemeentecode(), inschrijving.datumInschrijving());
                        geregistreerd.set(teruggekeerd.getId());
                    },
                    () -> inschrijvingen.save(new BrpInschrijvingEntity(id, inschrijving.bsn().value(),
                            inschrijving.gemeentecode(), inschrijving.datumInschrijving(),
                            inschrijving.geboortedatum(), v.nu())));
            v.publiceer(new IngezeteneIngeschreven(inschrijving.bsn(), inschrijving.gemeentecode(),
                    inschrijving.datumInschrijving(), inschrijving.geboortedatum()));
        });
        return geregistreerd.get();
    }
}
