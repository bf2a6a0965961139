package nl.inburgering.duo.koppeling.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.application.PlichtLevering;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.koppeling.persistence.KoppelingEntity;
import nl.inburgering.duo.koppeling.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Seed §3.3 and §15.3: when COA links a plichtige asielstatushouder to a beoogde vestigingsgemeente (#14),
 * DUO delivers #3 and #4 to that gemeente within 1 werkdag, so their working relation starts before he lives
 * there. A later koppeling to another gemeente moves it: the new gemeente gets both.
 */
@Service
public class KoppelingVerwerken {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/koppeling-verwerken",
            "Koppeling van een asielstatushouder aan een gemeente verwerken");

    private final KoppelingRepository koppelingen;
    private final InburgeringsplichtRepository plichten;
    private final PlichtLevering levering;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    KoppelingVerwerken(KoppelingRepository koppelingen, InburgeringsplichtRepository plichten,
            PlichtLevering levering, Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.koppelingen = koppelingen;
        this.plichten = plichten;
        this.levering = levering;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Runs in the inbox transaction of the #14 event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(String bsn, String gemeentecode, LocalDate datumKoppeling) {
        vergrendeling.vergrendel(bsn);
        logboek.leg(VERWERKEN, bsn);
        KoppelingEntity koppeling = koppelingen.findById(bsn)
                .map(bestaand -> {
                    bestaand.herkoppel(gemeentecode, datumKoppeling, clock.instant());
                    return bestaand;
                })
                .orElseGet(() -> new KoppelingEntity(bsn, gemeentecode, datumKoppeling, clock.instant()));
        koppelingen.save(koppeling);
        var plicht = plichten.findById(bsn);
        if (PlichtLevering.isPlichtigeAsielstatushouder(plicht)) {
            levering.lever(plicht.get(), clock.instant());
        }
    }
}
