package nl.inburgering.gemeente.pip.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.pip.domain.GevolgdeUren;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenGemeldDoorGemeente;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.Beoordeling;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.UrenInvoer;
import nl.inburgering.gemeente.pip.persistence.GevolgdeUrenEntity;
import nl.inburgering.gemeente.pip.persistence.GevolgdeUrenRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §4.2: the hours of lessons and participation during the brede intake count towards the norm; the gemeente
 * delivers them to DUO (#17 GevolgdeUrenGemeld) once their total is known. The caseworker's PUT is that moment.
 */
@Service
public class GevolgdeUrenMeldenHandler {

    static final Verwerkingsactiviteit MELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/gevolgde-uren-melden",
            "Gevolgde uren tijdens de brede intake aan DUO doorgeven");

    private final EigenInburgeraar inburgeraars;
    private final GevolgdeUrenRepository uren;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    GevolgdeUrenMeldenHandler(EigenInburgeraar inburgeraars, GevolgdeUrenRepository uren, Persoonsverwerking verwerking,
            Clock clock) {
        this.inburgeraars = inburgeraars;
        this.uren = uren;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    /** The stand as delivered to DUO. */
    public record Stand(LocalDate peildatum, int urenTaallesEnKnmBredeIntake,
            int urenParticipatieactiviteitenBredeIntake, int urenParticipatieAlsTaalles, int urenParticipatieZroute,
            String actualisatiemoment, Instant gemeldOp) {
    }

    @Transactional
    public Stand handle(GevolgdeUrenMelden melding) {
        String gemeentecode = melding.gemeentecode();
        Bsn bsn = inburgeraars.vind(gemeentecode, melding.inburgeraarId()).bsn();
        AtomicReference<GevolgdeUren> stand = new AtomicReference<>();
        AtomicReference<GevolgdeUrenEntity> opgeslagen = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused stand records nothing
        verwerking.wijzigAlsBekend(MELDEN, bsn, b -> {
            stand.set(beoordeel(bsn, gemeentecode, melding.invoer()));
            return true;
        }, v -> {
            opgeslagen.set(uren.save(new GevolgdeUrenEntity(bsn.value(), gemeentecode, stand.get(), v.nu())));
            // the exception of §14.2.1: no 10-werkdagen from the hours themselves; sent now the total is known
            v.publiceer(new GevolgdeUrenGemeldDoorGemeente(bsn, gemeentecode, stand.get()));
        });
        GevolgdeUrenEntity gemeld = opgeslagen.get();
        return new Stand(gemeld.getPeildatum(), gemeld.getUrenTaallesEnKnmBredeIntake(),
                gemeld.getUrenParticipatieactiviteitenBredeIntake(), gemeld.getUrenParticipatieAlsTaalles(),
                gemeld.getUrenParticipatieZroute(), gemeld.getActualisatiemoment().name(), gemeld.getGemeldOp());
    }

    private GevolgdeUren beoordeel(Bsn bsn, String gemeentecode, UrenInvoer invoer) {
        Beoordeling beoordeling = GevolgdeUrenPolicy.beoordeel(invoer, LocalDate.now(clock));
        if (!beoordeling.isGoed()) {
            throw Problemen.ongeldig(beoordeling.problemen());
        }
        GevolgdeUren stand = beoordeling.uren().get();
        Optional<LocalDate> laatste = uren.findFirstByBsnAndGemeentecodeOrderByPeildatumDescGemeldOpDesc(bsn.value(),
                gemeentecode).map(GevolgdeUrenEntity::getPeildatum);
        if (GevolgdeUrenPolicy.isOuderDanLaatsteStand(stand.peildatum(), laatste)) {
            throw new ConflictException("De gemeente gaf DUO al een stand met peildatum " + laatste.get()
                    + "; een stand vervangt de vorige, dus een oudere peildatum zou DUO terugzetten.");
        }
        return stand;
    }
}
