package nl.inburgering.gemeente.pip.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.application.EigenInburgeraar;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.gemeente.pip.domain.GevolgdeUren;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.Beoordeling;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.UrenInvoer;
import nl.inburgering.gemeente.pip.persistence.GevolgdeUrenEntity;
import nl.inburgering.gemeente.pip.persistence.GevolgdeUrenRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §4.2: the hours of lessons and participation during the brede intake count towards the norm; the gemeente
 * delivers them to DUO (#17 GevolgdeUrenGemeld) once their total is known. The caseworker's PUT is that moment.
 */
@Service
public class GevolgdeUrenMelden {

    static final Verwerkingsactiviteit MELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/gevolgde-uren-melden",
            "Gevolgde uren tijdens de brede intake aan DUO doorgeven");

    private final EigenInburgeraar inburgeraars;
    private final GevolgdeUrenRepository uren;
    private final Outbox outbox;
    private final Logboek logboek;
    private final Clock clock;

    GevolgdeUrenMelden(EigenInburgeraar inburgeraars, GevolgdeUrenRepository uren, Outbox outbox,
            Logboek logboek, Clock clock) {
        this.inburgeraars = inburgeraars;
        this.uren = uren;
        this.outbox = outbox;
        this.logboek = logboek;
        this.clock = clock;
    }

    public record Melding(String gemeentecode, UUID inburgeraarId, UrenInvoer invoer) {
    }

    /** The stand as delivered to DUO. */
    public record Stand(LocalDate peildatum, int urenTaallesEnKnmBredeIntake,
            int urenParticipatieactiviteitenBredeIntake, int urenParticipatieAlsTaalles, int urenParticipatieZroute,
            String actualisatiemoment, Instant gemeldOp) {
    }

    @Transactional
    public Stand handle(Melding melding) {
        String gemeentecode = melding.gemeentecode();
        String bsn = inburgeraars.vergrendel(gemeentecode, melding.inburgeraarId()).getBsn();
        Beoordeling beoordeling = GevolgdeUrenPolicy.beoordeel(melding.invoer(), LocalDate.now(clock));
        if (!beoordeling.isGoed()) {
            throw Problemen.ongeldig(beoordeling.problemen());
        }
        GevolgdeUren stand = beoordeling.uren().get();
        Optional<LocalDate> laatste = uren.findFirstByBsnAndGemeentecodeOrderByPeildatumDescGemeldOpDesc(bsn,
                gemeentecode).map(GevolgdeUrenEntity::getPeildatum);
        if (GevolgdeUrenPolicy.isOuderDanLaatsteStand(stand.peildatum(), laatste)) {
            throw new ConflictException("De gemeente gaf DUO al een stand met peildatum " + laatste.get()
                    + "; een stand vervangt de vorige, dus een oudere peildatum zou DUO terugzetten.");
        }
        logboek.leg(MELDEN, bsn);
        GevolgdeUrenEntity opgeslagen = uren.save(new GevolgdeUrenEntity(bsn, gemeentecode, stand, clock.instant()));
        // the exception of §14.2.1: no 10-werkdagen from the hours themselves; sent now the total is known
        outbox.publiceer(bsn, GevolgdeUrenGemeld.newBuilder().setBsn(bsn).setGemeentecode(gemeentecode)
                .setPeildatum(stand.peildatum()).setUrenTaallesEnKnmBredeIntake(stand.urenTaallesEnKnmBredeIntake())
                .setUrenParticipatieactiviteitenBredeIntake(stand.urenParticipatieactiviteitenBredeIntake())
                .setUrenParticipatieAlsTaalles(stand.urenParticipatieAlsTaalles())
                .setUrenParticipatieZroute(stand.urenParticipatieZroute())
                .setActualisatiemoment(Actualisatiemoment.valueOf(stand.actualisatiemoment().name())).build());
        return new Stand(opgeslagen.getPeildatum(), opgeslagen.getUrenTaallesEnKnmBredeIntake(),
                opgeslagen.getUrenParticipatieactiviteitenBredeIntake(), opgeslagen.getUrenParticipatieAlsTaalles(),
                opgeslagen.getUrenParticipatieZroute(), opgeslagen.getActualisatiemoment().name(),
                opgeslagen.getGemeldOp());
    }
}
