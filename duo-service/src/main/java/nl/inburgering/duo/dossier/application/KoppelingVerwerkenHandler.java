package nl.inburgering.duo.dossier.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.KoppelingEntity;
import nl.inburgering.duo.dossier.persistence.KoppelingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §3.3 and §15.3: when COA links a plichtige asielstatushouder to a beoogde vestigingsgemeente (#14),
 * DUO delivers #3 and #4 to that gemeente within 1 werkdag, so their working relation starts before he lives
 * there. A later koppeling to another gemeente moves it: the new gemeente gets both. The koppeling and the plicht
 * are both the person core's, so the delivery is a call within the module, in the same verwerking.
 */
@Service
public class KoppelingVerwerkenHandler {

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/koppeling-verwerken",
            "Koppeling van een asielstatushouder aan een gemeente verwerken");

    private final KoppelingRepository koppelingen;
    private final InburgeringsplichtRepository plichten;
    private final PlichtLevering levering;
    private final Persoonsverwerking verwerking;

    KoppelingVerwerkenHandler(KoppelingRepository koppelingen, InburgeringsplichtRepository plichten,
            PlichtLevering levering, Persoonsverwerking verwerking) {
        this.koppelingen = koppelingen;
        this.plichten = plichten;
        this.levering = levering;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the #14 event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(KoppelingVerwerken command) {
        verwerking.wijzig(VERWERKEN, command.bsn(), v -> {
            String bsn = command.bsn().value();
            KoppelingEntity koppeling = koppelingen.findById(bsn)
                    .map(bestaand -> {
                        bestaand.herkoppel(command.gemeentecode(), command.datumKoppeling(), v.nu());
                        return bestaand;
                    })
                    .orElseGet(() -> new KoppelingEntity(bsn, command.gemeentecode(), command.datumKoppeling(),
                            v.nu()));
            koppelingen.save(koppeling);
            var plicht = plichten.findById(bsn);
            if (PlichtLevering.isPlichtigeAsielstatushouder(plicht)) {
                levering.lever(v, plicht.get(), v.nu());
            }
        });
    }
}
