package nl.inburgering.coa.bewoner.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * #3 gewijzigd and beëindigd in (issue 15 item 6, COA's part): the bewoner's plicht shows the change (reden, day, open
 * onderdelen) or its end with its reden. An ended plicht is no longer one COA koppelt to a gemeente
 * ({@code InburgeringsplichtRepository.ontvangenVoor}), so no klantprofiel is owed for him any more. An end of a plicht
 * COA never received changes nothing and records nothing.
 */
@Service
public class PlichtWijzigingOpnemenHandler {

    static final Verwerkingsactiviteit GEWIJZIGD = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/inburgeringsplicht-gewijzigd-ontvangen",
            "Gewijzigde inburgeringsplicht van DUO opnemen");
    static final Verwerkingsactiviteit BEEINDIGD = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/inburgeringsplicht-beeindigd-ontvangen",
            "Beëindigde inburgeringsplicht van DUO opnemen");

    private final InburgeringsplichtRepository plichten;
    private final Persoonsverwerking persoonsverwerking;

    PlichtWijzigingOpnemenHandler(InburgeringsplichtRepository plichten, Persoonsverwerking persoonsverwerking) {
        this.plichten = plichten;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(PlichtWijzigingOpnemen command) {
        persoonsverwerking.wijzig(GEWIJZIGD, command.bsn(), verwerking -> {
            InburgeringsplichtEntity plicht = plichten.findByBsn(command.bsn())
                    .orElseGet(() -> new InburgeringsplichtEntity(command.bsn()));
            plicht.gewijzigd(command.gemeentecodeInschrijving(), command.begindatum(), command.doelgroep(),
                    command.gedetailleerdeDoelgroep(), command.redenWijziging(), command.datumWijziging(),
                    String.join(",", command.openstaandeOnderdelen()), command.geboortedatum(), verwerking.nu());
            plichten.save(plicht);
        });
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(PlichtBeeindigingOpnemen command) {
        persoonsverwerking.wijzigAlsBekend(BEEINDIGD, command.bsn(), bsn -> plichten.findByBsn(bsn).isPresent(),
                verwerking -> plichten.findByBsn(command.bsn()).orElseThrow()
                        .beeindigd(command.einddatum(), command.reden(), verwerking.nu()));
    }
}
