package nl.inburgering.duo.dossier.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.domain.Verblijfsrechtwijziging;
import nl.inburgering.duo.dossier.domain.VerblijfsrechtwijzigingPolicy;
import nl.inburgering.duo.dossier.domain.VerblijfsrechtwijzigingPolicy.Uitkomst;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §13.4, §13.5: DUO receives IND's Wijziging verblijfsrecht (#2) and applies its plicht policy again
 * ({@link VerblijfsrechtwijzigingPolicy}): the plicht begins as in §3.2 (the decision of #1 with all that hangs on
 * it), ends with reden "Verblijfsdoel gewijzigd" ({@link Plichtbeeindiging}), or the doelgroep changes
 * ({@link Plichtwijziging#doelgroepGewijzigd}). Everything in one transaction under the person's lock.
 */
@Service
public class VerblijfsrechtWijzigingVerwerkenHandler {

    private static final Logger log = LoggerFactory.getLogger(VerblijfsrechtWijzigingVerwerkenHandler.class);

    static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/wijziging-verblijfsrecht-verwerken",
            "Wijziging verblijfsrecht verwerken (stelseldienst 2)");

    /** What came of the #2. */
    public enum Resultaat {
        PLICHT_BEGONNEN, OPNIEUW_BESLOTEN, PLICHT_BEEINDIGD, DOELGROEP_GEWIJZIGD, ONGEWIJZIGD,
        /** DUO never received Verblijfsdoelen (#1) of this person: nothing to change. */
        ONBEKENDE_PERSOON
    }

    private final InburgeringsplichtRepository plichten;
    private final VerblijfsrechtwijzigingPolicy policy;
    private final BesluitVastleggen vastleggen;
    private final Plichtbeeindiging beeindiging;
    private final Plichtwijziging wijziging;
    private final Persoonsverwerking verwerking;

    VerblijfsrechtWijzigingVerwerkenHandler(InburgeringsplichtRepository plichten, InburgeringsplichtPolicy plichtPolicy,
            BesluitVastleggen vastleggen, Plichtbeeindiging beeindiging, Plichtwijziging wijziging,
            Persoonsverwerking verwerking) {
        this.plichten = plichten;
        this.policy = new VerblijfsrechtwijzigingPolicy(plichtPolicy);
        this.vastleggen = vastleggen;
        this.beeindiging = beeindiging;
        this.wijziging = wijziging;
        this.verwerking = verwerking;
    }

    @Transactional
    public Resultaat handle(VerblijfsrechtWijzigingVerwerken command) {
        Resultaat[] resultaat = {Resultaat.ONBEKENDE_PERSOON};
        Verblijfsrechtwijziging w = command.wijziging();
        // "bekend" loads the plicht under the lock; the work takes it from the persistence context, not from a second
        // query (issue 17)
        verwerking.wijzigAlsBekend(VERWERKEN, command.bsn(), bsn -> plichten.findById(bsn.value()).isPresent(), v -> {
            InburgeringsplichtEntity plicht = plichten.findById(command.bsn().value()).orElseThrow();
            Uitkomst uitkomst = policy.beoordeel(plicht.isPlichtig(), plicht.isNogNietPlichtig(),
                    plicht.getRedenNietPlichtig(), plicht.getGedetailleerdeDoelgroep(), plicht.verblijfsgegevens(), w,
                    v.vandaag());
            Verblijfsgegevens huidig = plicht.verblijfsgegevens();
            plicht.verblijfsrechtGewijzigd(w.beeindigtVerblijfsrecht() ? null : w.nieuwVerblijfsdoel(),
                    w.referentIsAsielstatushouder(), w.ingangsdatum(),
                    w.opvangInCoaLocatie(huidig.verblijfsdoel(), huidig.opvangInCoaLocatie()));
            if (uitkomst instanceof Uitkomst.PlichtBegint begint) {
                verwerking.wijzig(BesluitVastleggen.VASTSTELLEN, command.bsn(),
                        vaststellen -> vastleggen.leg(vaststellen, plicht, begint.besluit()));
                resultaat[0] = Resultaat.PLICHT_BEGONNEN;
            } else if (uitkomst instanceof Uitkomst.OpnieuwBesloten opnieuw) {
                verwerking.wijzig(BesluitVastleggen.VASTSTELLEN, command.bsn(),
                        vaststellen -> vastleggen.leg(vaststellen, plicht, opnieuw.besluit()));
                resultaat[0] = Resultaat.OPNIEUW_BESLOTEN;
            } else if (uitkomst instanceof Uitkomst.PlichtEindigt eindigt) {
                beeindiging.beeindig(command.bsn(), PlichtBeeindigd.Reden.VERBLIJFSDOEL_GEWIJZIGD, eindigt.einddatum());
                resultaat[0] = Resultaat.PLICHT_BEEINDIGD;
            } else if (uitkomst instanceof Uitkomst.DoelgroepGewijzigd doelgroep) {
                wijziging.doelgroepGewijzigd(command.bsn(), doelgroep.doelgroep(), doelgroep.datum());
                resultaat[0] = Resultaat.DOELGROEP_GEWIJZIGD;
            } else {
                resultaat[0] = Resultaat.ONGEWIJZIGD;
            }
        });
        log.info("Wijziging verblijfsrecht verwerkt: {}", resultaat[0]);
        return resultaat[0];
    }
}
