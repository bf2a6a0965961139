package nl.inburgering.duo.inburgeringsplicht.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.domain.Besluit;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.PlichthistorieEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.PlichthistorieRepository;
import nl.inburgering.duo.leerbaarheidstoets.application.ToetsKlaarzetten;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/**
 * Applies a decision to the person's record with all its consequences in the same transaction: the
 * history, and for a plichtige the leerbaarheidstoets set ready and stelseldienst #3 to whoever must have it.
 */
@Component
class BesluitVastleggen {

    static final Verwerkingsactiviteit VASTSTELLEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplicht-vaststellen", "Inburgeringsplicht vaststellen");

    private final PlichthistorieRepository historie;
    private final ToetsKlaarzetten toetsen;
    private final PlichtLevering levering;
    private final Logboek logboek;
    private final Clock clock;

    BesluitVastleggen(PlichthistorieRepository historie, ToetsKlaarzetten toetsen, PlichtLevering levering,
            Logboek logboek, Clock clock) {
        this.logboek = logboek;
        this.historie = historie;
        this.toetsen = toetsen;
        this.levering = levering;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void leg(InburgeringsplichtEntity plicht, Besluit besluit, LocalDate vandaag) {
        logboek.leg(VASTSTELLEN, plicht.getBsn());
        if (besluit instanceof Besluit.Plichtig p) {
            plicht.plichtig(p.begindatum(), p.doelgroep(), vandaag);
            historie.save(new PlichthistorieEntity(plicht.getBsn(), true, p.begindatum(), null, vandaag,
                    p.doelgroep()));
            toetsen.zetKlaar(plicht.getBsn(), clock.instant());
            levering.lever(plicht, clock.instant());
        } else if (besluit instanceof Besluit.NogNietPlichtig n) {
            plicht.nogNietPlichtig(n.vanaf(), n.doelgroep(), vandaag);
        } else if (besluit instanceof Besluit.NietPlichtig n) {
            plicht.nietPlichtig(n.reden(), vandaag);
            historie.save(new PlichthistorieEntity(plicht.getBsn(), false, null, null, vandaag, null));
        }
    }
}
