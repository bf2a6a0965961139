package nl.inburgering.duo.dossier.application;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtBeeindigd;
import nl.inburgering.duo.dossier.domain.LeveringPolicy;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.PlichthistorieEntity;
import nl.inburgering.duo.dossier.persistence.PlichthistorieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The core's {@link Plichtbeeindiging}, a verwerking of its own in the caller's transaction (under the same person
 * lock): the plicht gets its einddatum and reden, the plichthistorie a mutation "geen plicht meer" with the period it
 * closes, #3 InburgeringsplichtBeeindigd goes to whoever has the plicht ({@link PlichtLevering}: the gemeente of
 * inschrijving, vestiging or COA-koppeling, or COA itself; its 1 werkdag counts from now) and {@link PlichtBeeindigd}
 * is published. A person who is not plichtig now is left as he is.
 */
@Service
class PlichtBeeindigen implements Plichtbeeindiging {

    static final Verwerkingsactiviteit BEEINDIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplicht-beeindigen",
            "Inburgeringsplicht beëindigen");

    private final InburgeringsplichtRepository plichten;
    private final PlichthistorieRepository historie;
    private final PlichtLevering levering;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    PlichtBeeindigen(InburgeringsplichtRepository plichten, PlichthistorieRepository historie,
            PlichtLevering levering, Persoonsverwerking verwerking, ApplicationEventPublisher events) {
        this.plichten = plichten;
        this.historie = historie;
        this.levering = levering;
        this.verwerking = verwerking;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean beeindig(Bsn bsn, PlichtBeeindigd.Reden reden, LocalDate einddatum) {
        return verwerking.wijzigAlsBekend(BEEINDIGEN, bsn, b -> plichten.findById(b.value())
                .filter(p -> p.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG).isPresent(), v -> {
                    InburgeringsplichtEntity plicht = plichten.findById(bsn.value()).orElseThrow();
                    RedenNietPlichtig redenNietPlichtig = RedenNietPlichtig.van(reden);
                    LeveringPolicy.Levering ontvanger = levering.levering(plicht);
                    plicht.beeindigd(redenNietPlichtig, einddatum, v.vandaag());
                    historie.save(new PlichthistorieEntity(plicht.getBsn(), false, plicht.getBegindatum(), einddatum,
                            v.vandaag(), plicht.getGedetailleerdeDoelgroep()));
                    v.publiceer(new InburgeringsplichtBeeindigd(bsn, ontvanger.ontvanger(), ontvanger.gemeentecode(),
                            einddatum, redenNietPlichtig, v.vandaag()));
                    events.publishEvent(new PlichtBeeindigd(bsn, einddatum, reden, v.nu()));
                });
    }
}
