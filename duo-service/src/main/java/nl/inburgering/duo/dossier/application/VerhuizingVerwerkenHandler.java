package nl.inburgering.duo.dossier.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Hervestiging;
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
 * agree on where he lives; the old gemeente keeps him until the overdracht (issue 16).
 */
@Service
public class VerhuizingVerwerkenHandler implements Hervestiging {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/verhuizing-verwerken",
            "Verhuizing van een inburgeraar verwerken");

    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final PlichtLevering levering;
    private final Persoonsverwerking verwerking;

    VerhuizingVerwerkenHandler(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen,
            PlichtLevering levering, Persoonsverwerking verwerking) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.levering = levering;
        this.verwerking = verwerking;
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
                        .ifPresent(nieuw -> levering.lever(v, plicht, v.nu(),
                                InburgeringsplichtVastgesteld.Aanleiding.OVERDRACHT_NA_VERHUIZING));
            }
        });
    }
}
