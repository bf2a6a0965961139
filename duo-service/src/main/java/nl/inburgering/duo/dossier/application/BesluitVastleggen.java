package nl.inburgering.duo.dossier.application;

import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.PlichtVastgesteld;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.Besluit;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.PlichthistorieEntity;
import nl.inburgering.duo.dossier.persistence.PlichthistorieRepository;
import nl.inburgering.duo.dossier.spi.AmbtshalveVrijstelling;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Applies a decision to the person's record with all its consequences, within the verwerking of the decision: the
 * history, and for a plichtige {@link PlichtVastgesteld} (the leerbaarheidstoets feature sets its toets ready on it,
 * in this transaction) and stelseldienst #3 to whoever must have it; unless DUO grants an ambtshalve vrijstelling from
 * its registers ({@link AmbtshalveVrijstelling}, seed §3.2): then the plicht ends the day it began, undelivered.
 */
@Component
class BesluitVastleggen {

    static final Verwerkingsactiviteit VASTSTELLEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplicht-vaststellen", "Inburgeringsplicht vaststellen");

    private final PlichthistorieRepository historie;
    private final PlichtLevering levering;
    private final ApplicationEventPublisher events;
    private final AmbtshalveVrijstelling ambtshalve;

    BesluitVastleggen(PlichthistorieRepository historie, PlichtLevering levering, ApplicationEventPublisher events,
            AmbtshalveVrijstelling ambtshalve) {
        this.historie = historie;
        this.levering = levering;
        this.events = events;
        this.ambtshalve = ambtshalve;
    }

    /** Runs inside the {@link #VASTSTELLEN} verwerking of the person. */
    void leg(Verwerking verwerking, InburgeringsplichtEntity plicht, Besluit besluit) {
        var vandaag = verwerking.vandaag();
        if (besluit instanceof Besluit.Plichtig p) {
            plicht.plichtig(p.begindatum(), p.doelgroep(), vandaag);
            historie.save(new PlichthistorieEntity(plicht.getBsn(), true, p.begindatum(), null, vandaag,
                    p.doelgroep()));
            Optional<AmbtshalveVrijstelling.Soort> vrijgesteld = ambtshalve.verleen(verwerking.bsn(),
                    plicht.getGemeentecode(), p.begindatum());
            if (vrijgesteld.isPresent()) {
                // §3.2: DUO decides the vrijstelling at the vaststelling itself: the plicht ends the day it began and
                // is not delivered (decision 0034); #11 went to the gemeente
                RedenNietPlichtig reden = vrijgesteld.get() == AmbtshalveVrijstelling.Soort.VOLLEDIG
                        ? RedenNietPlichtig.VOLLEDIGE_VRIJSTELLING : RedenNietPlichtig.TIJDELIJKE_VRIJSTELLING;
                plicht.beeindigd(reden, p.begindatum(), vandaag);
                historie.save(new PlichthistorieEntity(plicht.getBsn(), false, p.begindatum(), p.begindatum(), vandaag,
                        p.doelgroep()));
                return;
            }
            events.publishEvent(new PlichtVastgesteld(verwerking.bsn(), verwerking.nu()));
            levering.lever(verwerking, plicht, verwerking.nu());
        } else if (besluit instanceof Besluit.NogNietPlichtig n) {
            plicht.nogNietPlichtig(n.vanaf(), n.doelgroep(), vandaag);
        } else if (besluit instanceof Besluit.NietPlichtig n) {
            plicht.nietPlichtig(n.reden(), vandaag);
            historie.save(new PlichthistorieEntity(plicht.getBsn(), false, null, null, vandaag, null));
        }
    }
}
