package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inburgeraar.domain.PlichtOntvangst;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** Stelseldienst #3 in: the inburgeringsplichtige enters, stays in or moves to a gemeente's werkvoorraad. */
// Also the follow-up of DUO's notifications (notificatie module, decision 0030): the same use case as #3/#5 in.
@org.springframework.modulith.NamedInterface("plicht-opnemen")
@Service
public class InburgeringsplichtOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringsplicht-ontvangen",
            "Vastgestelde inburgeringsplicht van DUO opnemen");

    private final InburgeraarRepository inburgeraars;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    InburgeringsplichtOpnemenHandler(InburgeraarRepository inburgeraars, Persoonsverwerking verwerking,
            Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InburgeringsplichtOpnemen plicht) {
        signaalmomenten.bijwerken(plicht.bsn());
        if (!PlichtOntvangst.isVoorGemeente(plicht.ontvanger())) {
            return; // for COA: no personal data of this person is processed here
        }
        verwerking.wijzig(ONTVANGEN, plicht.bsn(), v -> {
            Optional<InburgeraarEntity> bekend = inburgeraars.findById(plicht.bsn().value());
            switch (PlichtOntvangst.bepaal(plicht.ontvanger(), bekend.map(InburgeraarEntity::getGemeentecode),
                    plicht.gemeentecode())) {
                case OPNEMEN -> inburgeraars.neemOp(new InburgeraarEntity(plicht.bsn().value(), plicht.gemeentecode(),
                        plicht.geboortedatum(), plicht.doelgroep(), plicht.gedetailleerdeDoelgroep(),
                        plicht.begindatum(), plicht.datumVaststelling(), plicht.leerbaarheidstoetsKlaargezet(),
                        v.nu()));
                case OVERNEMEN_VAN_ANDERE_GEMEENTE -> {
                    bekend.get().naarGemeente(plicht.gemeentecode(), v.nu());
                    bijwerken(bekend.get(), plicht);
                }
                case BIJWERKEN -> bijwerken(bekend.get(), plicht);
                case NEGEREN -> throw new IllegalStateException("al eerder bepaald");
            }
        });
    }

    private static void bijwerken(InburgeraarEntity inburgeraar, InburgeringsplichtOpnemen plicht) {
        inburgeraar.bijwerken(plicht.geboortedatum(), plicht.doelgroep(), plicht.gedetailleerdeDoelgroep(),
                plicht.begindatum(), plicht.datumVaststelling(), plicht.leerbaarheidstoetsKlaargezet());
        inburgeraar.heropenBijNieuwePlicht(plicht.datumVaststelling());
    }
}
