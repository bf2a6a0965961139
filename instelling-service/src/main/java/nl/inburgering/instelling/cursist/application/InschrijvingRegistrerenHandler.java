package nl.inburgering.instelling.cursist.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.domain.InburgeraarIngeschreven;
import nl.inburgering.instelling.cursist.domain.Inschrijving;
import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy;
import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy.Beoordeling;
import nl.inburgering.instelling.cursist.persistence.CursistEntity;
import nl.inburgering.instelling.cursist.persistence.CursistRepository;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §5.4, §15.5: the instelling records the inschrijving of an inburgeraar and delivers it straight to DUO (#20
 * InburgeraarIngeschrevenBijInstelling), in one transaction through the outbox. A person has at most one open
 * inschrijving at an instelling; at several instellingen he may have one each (§5.2).
 */
@Service
public class InschrijvingRegistrerenHandler {

    static final Verwerkingsactiviteit INSCHRIJVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/inschrijving-registreren",
            "Inschrijving van een inburgeraar bij de instelling registreren en aan DUO doorgeven");

    private final CursistRepository cursisten;
    private final Persoonsverwerking verwerking;
    private final KetenProperties keten;
    private final Clock clock;

    InschrijvingRegistrerenHandler(CursistRepository cursisten, Persoonsverwerking verwerking, KetenProperties keten,
            Clock clock) {
        this.cursisten = cursisten;
        this.verwerking = verwerking;
        this.keten = keten;
        this.clock = clock;
    }

    @Transactional
    public Cursist handle(InschrijvingRegistreren command) {
        Beoordeling beoordeling = InschrijvingPolicy.beoordeel(command.instellingsnummer(), command.invoer(),
                LocalDate.now(clock), keten.gemeenten());
        if (!beoordeling.isGoed()) {
            throw Problemen.ongeldig(beoordeling.problemen());
        }
        Inschrijving inschrijving = beoordeling.inschrijving().get();
        AtomicReference<CursistEntity> opgeslagen = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a second open inschrijving records nothing
        verwerking.wijzigAlsBekend(INSCHRIJVEN, inschrijving.bsn(), bsn -> {
            if (cursisten.existsByInstellingsnummerAndBsnAndDatumUitschrijvingIsNull(inschrijving.instellingsnummer(),
                    bsn.value())) {
                throw new ConflictException("Deze persoon staat al ingeschreven bij uw instelling; schrijf hem eerst "
                        + "uit voor een nieuwe inschrijving.");
            }
            return true;
        }, v -> {
            opgeslagen.set(cursisten.save(new CursistEntity(UUID.randomUUID(), inschrijving, v.nu())));
            v.publiceer(new InburgeraarIngeschreven(inschrijving));
        });
        return opgeslagen.get().alsCursist();
    }
}
