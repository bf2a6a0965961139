package nl.inburgering.gemeente.inburgeraar.application;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.InburgeraarVerhuisd;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inburgeraar.domain.PlichtOntvangst;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #3 gewijzigd in (issue 15, decision 0036): the doelgroep, the open onderdelen and the asielrechten
 * of the inburgeraar follow DUO's current state; a gemeente that did not know him yet takes him in from it; the
 * withdrawal of a tijdelijke vrijstelling makes his ended plicht active again; a change of doelgroep starts the
 * gemeente's 10 weeks for the doelgroepkeuze; a verhuizing (GEMEENTE_GEWIJZIGD) is announced as
 * {@link InburgeraarVerhuisd} (issue 16, decision 0038). A change older than the last one applied is ignored.
 */
@Service
public class InburgeringsplichtWijzigenHandler {

    private static final Logger log = LoggerFactory.getLogger(InburgeringsplichtWijzigenHandler.class);

    static final Verwerkingsactiviteit GEWIJZIGD = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringsplicht-gewijzigd-ontvangen",
            "Gewijzigde inburgeringsplicht van DUO opnemen");

    private final InburgeraarRepository inburgeraars;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher applicatie;
    private final Signaalmomenten signaalmomenten;

    InburgeringsplichtWijzigenHandler(InburgeraarRepository inburgeraars, Persoonsverwerking verwerking,
            ApplicationEventPublisher applicatie, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.verwerking = verwerking;
        this.applicatie = applicatie;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(InburgeringsplichtWijzigen wijziging) {
        signaalmomenten.bijwerken(wijziging.bsn());
        if (!PlichtOntvangst.isVoorGemeente(wijziging.ontvanger())) {
            return; // for COA: no personal data of this person is processed here
        }
        verwerking.wijzig(GEWIJZIGD, wijziging.bsn(), v -> {
            Optional<InburgeraarEntity> bekend = inburgeraars.findById(wijziging.bsn().value());
            InburgeraarEntity inburgeraar = switch (PlichtOntvangst.bepaal(wijziging.ontvanger(),
                    bekend.map(InburgeraarEntity::getGemeentecode), wijziging.gemeentecode())) {
                case OPNEMEN -> inburgeraars.neemOp(new InburgeraarEntity(wijziging.bsn().value(),
                        wijziging.gemeentecode(), wijziging.geboortedatum(), wijziging.doelgroep(),
                        wijziging.gedetailleerdeDoelgroep(), wijziging.begindatum(), wijziging.datumWijziging(),
                        false, v.nu()));
                case OVERNEMEN_VAN_ANDERE_GEMEENTE -> {
                    bekend.get().naarGemeente(wijziging.gemeentecode(), v.nu());
                    yield bekend.get();
                }
                case BIJWERKEN -> bekend.get();
                case NEGEREN -> throw new IllegalStateException("al eerder bepaald");
            };
            if (!inburgeraar.wijzig(wijziging.reden(), wijziging.datumWijziging(), wijziging.geboortedatum(),
                    wijziging.begindatum(), wijziging.doelgroep(), wijziging.gedetailleerdeDoelgroep(),
                    wijziging.asielrechten(), String.join(",", wijziging.openstaandeOnderdelen()))) {
                log.info("Gewijzigde inburgeringsplicht voor gemeente {} ouder dan de laatst verwerkte: genegeerd",
                        wijziging.gemeentecode());
            }
            if (wijziging.isVerhuizing()) {
                // the old gemeente's departure (SS122) and the new gemeente's request for the dossier (#19)
                applicatie.publishEvent(new InburgeraarVerhuisd(wijziging.bsn(), wijziging.vorigeGemeentecode(),
                        wijziging.gemeentecode(), wijziging.datumWijziging(), wijziging.doelgroep()));
            }
        });
    }
}
