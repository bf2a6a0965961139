package nl.inburgering.instelling.cursist.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.cursist.domain.InburgeraarUitgeschreven;
import nl.inburgering.instelling.cursist.domain.Probleem;
import nl.inburgering.instelling.cursist.domain.UitschrijvingPolicy;
import nl.inburgering.instelling.cursist.persistence.CursistEntity;
import nl.inburgering.instelling.cursist.persistence.CursistRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The uitschrijving of a cursist (#20 InburgeraarUitgeschrevenBijInstelling to DUO): DUO ends the lening and
 * toeslag rights of this course. Once only: an inschrijving already closed is a conflict.
 */
@Service
public class UitschrijvingRegistrerenHandler {

    static final Verwerkingsactiviteit UITSCHRIJVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/uitschrijving-registreren",
            "Uitschrijving van een cursist registreren en aan DUO doorgeven");

    private final CursistRepository cursisten;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    UitschrijvingRegistrerenHandler(CursistRepository cursisten, Persoonsverwerking verwerking, Clock clock) {
        this.cursisten = cursisten;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    @Transactional
    public Cursist handle(UitschrijvingRegistreren command) {
        CursistEntity gevonden = cursisten.findByIdAndInstellingsnummer(command.cursistId(),
                command.instellingsnummer()).orElseThrow(() -> new NietGevondenException(EigenCursist.ONBEKENDE_CURSIST));
        Cursist cursist = gevonden.alsCursist();
        List<Probleem> problemen = UitschrijvingPolicy.problemen(command.invoer(), cursist.datumInschrijving(),
                LocalDate.now(clock));
        if (!problemen.isEmpty()) {
            throw Problemen.ongeldig(problemen);
        }
        AtomicReference<Cursist> uitgeschreven = new AtomicReference<>();
        verwerking.wijzigAlsBekend(UITSCHRIJVEN, cursist.bsn(), bsn -> {
            // read again under the lock: two uitschrijvingen at once give one and a conflict
            CursistEntity actueel = cursisten.findById(cursist.id()).orElseThrow();
            if (!actueel.alsCursist().isIngeschreven()) {
                throw new ConflictException("Deze cursist is al uitgeschreven op "
                        + actueel.alsCursist().datumUitschrijving() + ".");
            }
            return true;
        }, v -> {
            CursistEntity actueel = cursisten.findById(cursist.id()).orElseThrow();
            boolean afgerond = command.invoer().opleidingAfgerond();
            actueel.schrijfUit(command.invoer().datumUitschrijving(), afgerond, v.nu());
            v.publiceer(new InburgeraarUitgeschreven(cursist.bsn(), cursist.instellingsnummer(),
                    command.invoer().datumUitschrijving(), afgerond));
            uitgeschreven.set(actueel.alsCursist());
        });
        return uitgeschreven.get();
    }
}
