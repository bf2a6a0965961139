package nl.inburgering.duo.inspanning.application;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.inspanning.api.InspanningVastgelegd;
import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.InspanningRoutePolicy;
import nl.inburgering.duo.inspanning.domain.Weigering;
import nl.inburgering.duo.inspanning.persistence.InspanningAfwijzingEntity;
import nl.inburgering.duo.inspanning.persistence.InspanningAfwijzingRepository;
import nl.inburgering.duo.inspanning.persistence.InspanningEntity;
import nl.inburgering.duo.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Stelseldienst #18 at DUO (seed §9.3, §14.2.1, §15.5): the inspanning of a person at an instelling, counted once.
 * The route must be the person's ({@link InspanningRoutePolicy}, from DUO's own doelgroep); else the delivery is
 * refused and kept with its reason. The figures are cumulative per instelling: DUO keeps one stand per person and
 * instelling, and a delivery with a later or equal peildatum replaces it; an older one changes nothing. So the same
 * inspanning delivered twice is counted once, and one delivered along both routes is counted only from its own.
 */
@Service
public class InspanningVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inspanning-vastleggen",
            "Inspanning bij een instelling vastleggen");

    private final InspanningRepository inspanningen;
    private final InspanningAfwijzingRepository afwijzingen;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    InspanningVastleggenHandler(InspanningRepository inspanningen, InspanningAfwijzingRepository afwijzingen,
            Dossiers dossiers, Persoonsverwerking verwerking, ApplicationEventPublisher events) {
        this.inspanningen = inspanningen;
        this.afwijzingen = afwijzingen;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
        this.events = events;
    }

    /** Joins the inbox transaction. */
    @Transactional
    public Inspanningregistratie handle(InspanningVastleggen command) {
        AtomicReference<Inspanningregistratie> uitkomst = new AtomicReference<>(
                new Inspanningregistratie.OnbekendePersoon());
        verwerking.wijzigAlsBekend(VASTLEGGEN, command.bsn(), dossiers::isBekend, v -> uitkomst.set(leg(v, command)));
        return uitkomst.get();
    }

    private Inspanningregistratie leg(Verwerking v, InspanningVastleggen command) {
        String bsn = command.bsn().value();
        Inspanning inspanning = command.inspanning();
        boolean asielstatushouder = dossiers.dossier(command.bsn()).map(Dossier::isAsielstatushouder).orElse(false);
        Optional<Weigering> weigering = InspanningRoutePolicy.beoordeel(command.route(), asielstatushouder);
        if (weigering.isPresent()) {
            afwijzingen.save(new InspanningAfwijzingEntity(bsn, inspanning, command.route(), command.gemeentecode(),
                    weigering.get(), v.nu()));
            return new Inspanningregistratie.Afgewezen(weigering.get());
        }
        InspanningEntity stand = inspanningen
                .findById(new InspanningEntity.Sleutel(bsn, inspanning.instellingsnummer()))
                .orElseGet(() -> new InspanningEntity(bsn, inspanning.instellingsnummer()));
        if (stand.getPeildatum() != null && stand.getPeildatum().isAfter(inspanning.peildatum())) {
            return new Inspanningregistratie.Verouderd();
        }
        stand.vervang(inspanning, command.route(), command.gemeentecode(), v.nu());
        inspanningen.save(stand);
        events.publishEvent(new InspanningVastgelegd(command.bsn()));
        return new Inspanningregistratie.Geregistreerd();
    }
}
