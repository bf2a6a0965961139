package nl.inburgering.coa.bewoner.application;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.UitstroomPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * A BRP inschrijving or verhuizing: when a gekoppelde bewoner becomes ingezetene of his gekoppelde gemeente he has
 * left the AZC. COA closes his stay and gives the gemeente the latest klantprofiel (#15, INSCHRIJVING_GEMEENTE).
 * Of anyone else (not a bewoner, or not an uitstroom) COA processes nothing and records nothing.
 */
@Service
public class InschrijvingInGemeenteVerwerkenHandler {

    static final Verwerkingsactiviteit UITSTROOM = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/uitstroom-verwerken",
            "Uitstroom van een bewoner naar zijn gemeente verwerken");

    private final BewonerRepository bewoners;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;
    private final Persoonsverwerking persoonsverwerking;

    InschrijvingInGemeenteVerwerkenHandler(BewonerRepository bewoners, KoppelingRepository koppelingen,
            KlantprofielDelen delen, Persoonsverwerking persoonsverwerking) {
        this.bewoners = bewoners;
        this.koppelingen = koppelingen;
        this.delen = delen;
        this.persoonsverwerking = persoonsverwerking;
    }

    /** Runs in the inbox transaction of the BRP event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InschrijvingInGemeenteVerwerken command) {
        persoonsverwerking.wijzigAlsBekend(UITSTROOM, command.bsn(),
                bsn -> bewoners.findByBsn(bsn).filter(bewoner -> isUitstroom(bewoner, command)).isPresent(),
                verwerking -> {
                    BewonerEntity bewoner = bewoners.findByBsn(command.bsn()).orElseThrow();
                    Optional<KoppelingEntity> koppeling = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
                    bewoner.uitgestroomd(command.datum(), command.gemeentecode());
                    delen.deelBij(Aanleiding.INGESCHREVEN_IN_GEKOPPELDE_GEMEENTE, bewoner, koppeling);
                });
    }

    private boolean isUitstroom(BewonerEntity bewoner, InschrijvingInGemeenteVerwerken command) {
        return UitstroomPolicy.isUitstroom(koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId())
                .map(KoppelingEntity::getGemeentecode), bewoner.isUitgestroomd(), command.gemeentecode());
    }
}
