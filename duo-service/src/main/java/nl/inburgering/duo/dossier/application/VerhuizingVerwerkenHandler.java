package nl.inburgering.duo.dossier.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Hervestiging;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.api.Verhuisd;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtVastgesteld;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.KoppelingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * DUO learns the vestigingsgemeente from the BRP (seed §3.2): after a verhuizing the person is ingezetene of
 * the new gemeente, and an asielstatushouder who moves to his gekoppelde gemeente has left the AZC. Both
 * decide which gemeente may consult him (the relevance rule of the M2M APIs). A person DUO does not know is
 * not processed: nothing of his to keep. A plichtige whose plicht now goes to another gemeente than before has it
 * delivered there again (#3 with aanleiding OVERDRACHT_NA_VERHUIZING, seed §13.2), so DUO and the new gemeente
 * agree on where he lives, and in the same transaction #3 gewijzigd GEMEENTE_GEWIJZIGD names the gemeente he came from
 * (to both: SS122 for the old one, which brings #17/#18 up to date; §14.2.1); {@link Verhuisd} lets the modules of
 * #13 and #8 deliver his examenresultaten and boetes to the new gemeente (issue 16, decision 0037).
 */
@Service
public class VerhuizingVerwerkenHandler implements Hervestiging {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/verhuizing-verwerken",
            "Verhuizing van een inburgeraar verwerken");

    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final PlichtLevering levering;
    private final Plichtwijziging plichtwijziging;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    VerhuizingVerwerkenHandler(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen,
            PlichtLevering levering, Plichtwijziging plichtwijziging, Persoonsverwerking verwerking,
            ApplicationEventPublisher events) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.levering = levering;
        this.plichtwijziging = plichtwijziging;
        this.verwerking = verwerking;
        this.events = events;
    }

    /** A return from the buitenland in another gemeente: the same as a verhuizing there. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void gevestigd(Bsn bsn, String gemeentecode, LocalDate datum) {
        handle(new VerhuizingVerwerken(bsn, gemeentecode, datum));
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(VerhuizingVerwerken command) {
        verwerking.wijzigAlsBekend(VERWERKEN, command.bsn(), bsn -> plichten.existsById(bsn.value()), v -> {
            String bsn = command.bsn().value();
            InburgeringsplichtEntity plicht = plichten.findById(bsn).orElseThrow();
            Optional<String> ontvangerVoor = levering.ontvangendeGemeente(plicht);
            plicht.verhuisd(command.gemeentecodeNieuw(), command.datumVerhuizing());
            koppelingen.findById(bsn).filter(k -> k.getGemeentecode().equals(command.gemeentecodeNieuw()))
                    .ifPresent(k -> k.gevestigd());
            if (plicht.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG) {
                levering.ontvangendeGemeente(plicht).filter(nieuw -> !ontvangerVoor.equals(Optional.of(nieuw)))
                        .ifPresent(nieuw -> {
                            Instant signaal = v.nu();
                            levering.lever(v, plicht, signaal,
                                    InburgeringsplichtVastgesteld.Aanleiding.OVERDRACHT_NA_VERHUIZING);
                            plicht.plichtOvergedragenVan(ontvangerVoor.orElse(null));
                            ontvangerVoor.ifPresent(oud -> plichtwijziging.gemeenteGewijzigd(command.bsn(), oud,
                                    command.datumVerhuizing()));
                            events.publishEvent(new Verhuisd(command.bsn(), ontvangerVoor.orElse(null), nieuw,
                                    command.datumVerhuizing(), signaal));
                        });
            }
        });
    }
}
