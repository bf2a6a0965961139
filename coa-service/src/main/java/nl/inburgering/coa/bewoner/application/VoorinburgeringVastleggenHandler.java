package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.Voorinburgering;
import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;

/**
 * COA offers voorinburgering, depending on the afspraak with the gemeente (never in variant 1), and records the
 * answer. It updates what the gemeente knows of the bewoner, so while he is gekoppeld the gemeente gets the
 * klantprofiel again (#15, BIJGEWERKT_TIJDENS_VOORINBURGERING).
 */
@Service
public class VoorinburgeringVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/voorinburgering-vastleggen",
            "Aanbod en acceptatie van voorinburgering vastleggen");

    private final Vergrendeld vergrendeld;
    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen delen;
    private final Logboek logboek;
    private final Clock clock;

    VoorinburgeringVastleggenHandler(Vergrendeld vergrendeld, InburgeringsplichtRepository plichten,
            KoppelingRepository koppelingen, KlantprofielDelen delen, Logboek logboek, Clock clock) {
        this.vergrendeld = vergrendeld;
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.delen = delen;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public Voorinburgering handle(VoorinburgeringVastleggen command) {
        BewonerEntity bewoner = vergrendeld.bewoner(command.bewonerId());
        Optional<KoppelingEntity> koppeling = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
        AfspraakPolicy.voorinburgering(koppeling.flatMap(KoppelingEntity::getAfgesprokenVariant),
                bewoner.isUitgestroomd(), plichten.existsById(bewoner.getBsn()))
                .weigering().ifPresent(reden -> {
                    throw new ConflictException(reden);
                });
        bewoner.voorinburgering(command.geaccepteerd(), clock.instant());
        logboek.leg(VASTLEGGEN, bewoner.getBsn());
        delen.deelBij(Aanleiding.PROFIEL_BIJGEWERKT, bewoner, koppeling);
        return Dossiers.voorinburgering(bewoner);
    }
}
