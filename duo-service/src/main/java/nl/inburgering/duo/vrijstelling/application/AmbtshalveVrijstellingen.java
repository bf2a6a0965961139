package nl.inburgering.duo.vrijstelling.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.spi.AmbtshalveVrijstelling;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.Registerfeit;
import nl.inburgering.duo.vrijstelling.domain.VrijstellingBeoordeeld;
import nl.inburgering.duo.vrijstelling.domain.VrijstellingPolicy;
import nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort;
import nl.inburgering.duo.vrijstelling.persistence.RegistratieEntity;
import nl.inburgering.duo.vrijstelling.persistence.RegistratieRepository;
import nl.inburgering.duo.vrijstelling.persistence.VrijstellingsaanvraagEntity;
import nl.inburgering.duo.vrijstelling.persistence.VrijstellingsaanvraagRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * DUO's ambtshalve vrijstelling (seed §3.2; decision 0034): DUO's own registers (a recognised diploma, an
 * inburgeringsdiploma Wi2013, an inschrijving on a vervolgopleiding), recorded by its backoffice, and the answer to the
 * core's {@link AmbtshalveVrijstelling} when it finds a person plichtig: the decision recorded like one on request
 * (it shows in the Vrijstelling API and to IND), #11 to the gemeente, and for a tijdelijke its end planned
 * ({@link Deadlinesoort#EINDE_TIJDELIJKE_VRIJSTELLING}: the plicht resumes then, see {@link Vrijstellingen}).
 */
@Service
public class AmbtshalveVrijstellingen implements AmbtshalveVrijstelling {

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vrijstellingsregister-bijwerken",
            "Diploma of inschrijving in DUO's register vastleggen");
    static final Verwerkingsactiviteit AMBTSHALVE = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vrijstelling-ambtshalve",
            "Ambtshalve vrijstelling bij het vaststellen van de inburgeringsplicht");

    private final RegistratieRepository register;
    private final VrijstellingsaanvraagRepository aanvragen;
    private final Deadlineplanning deadlines;
    private final Persoonsverwerking verwerking;
    private final Clock klok;

    AmbtshalveVrijstellingen(RegistratieRepository register, VrijstellingsaanvraagRepository aanvragen,
            Deadlineplanning deadlines, Persoonsverwerking verwerking, Clock klok) {
        this.register = register;
        this.aanvragen = aanvragen;
        this.deadlines = deadlines;
        this.verwerking = verwerking;
        this.klok = klok;
    }

    /** The backoffice records a diploma or inschrijving of DUO's register for a person (DUO need not know him yet). */
    @Transactional
    public UUID registreer(Bsn bsn, Registerfeit feit, String omschrijving, LocalDate startdatum, LocalDate einddatum) {
        return verwerking.wijzigMetUitkomst(REGISTREREN, bsn, v -> register.save(new RegistratieEntity(bsn.value(),
                feit, omschrijving, startdatum, einddatum, v.nu())).getId());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Soort> verleen(Bsn bsn, String gemeentecode, LocalDate begindatum) {
        LocalDate vandaag = LocalDate.now(klok);
        LocalDate peildatum = begindatum.isAfter(vandaag) ? begindatum : vandaag;
        Optional<Besluit> besluit = VrijstellingPolicy.ambtshalve(register.findByBsn(bsn.value()).stream()
                .map(RegistratieEntity::registratie).toList(), peildatum);
        besluit.ifPresent(b -> verwerking.wijzig(AMBTSHALVE, bsn, v -> {
            String onderbouwing = register.findByBsn(bsn.value()).stream()
                    .filter(r -> r.getSoort().reden() == b.reden()).map(RegistratieEntity::getOmschrijving)
                    .findFirst().orElse(b.reden().name());
            aanvragen.save(VrijstellingsaanvraagEntity.ambtshalve(bsn.value(), b, "Ambtshalve: " + onderbouwing,
                    gemeentecode, v.nu(), v.vandaag()));
            v.publiceer(new VrijstellingBeoordeeld(bsn, gemeentecode, b, v.vandaag()));
            if (b.soort() == Vrijstellingsoort.TIJDELIJK) {
                deadlines.plan(bsn, Deadlinesoort.EINDE_TIJDELIJKE_VRIJSTELLING, b.einddatum().plusDays(1),
                        gemeentecode);
            }
        }));
        return besluit.map(b -> b.soort() == Vrijstellingsoort.GEHEEL ? Soort.VOLLEDIG : Soort.TIJDELIJK);
    }
}
