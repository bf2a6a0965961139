package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.domain.Variant;
import nl.inburgering.gemeente.asielstatushouder.persistence.KlantprofielEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KlantprofielRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #15 in (seed §3.3): COA shares the klantprofiel at the koppeling, at the warme overdracht, when
 * it is updated during voorinburgering and at the inschrijving in the gemeente. Every version is kept, keyed by
 * person and gemeente, whether or not the koppeling or DUO's #3 arrived yet.
 */
@Service
public class KlantprofielOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/klantprofiel-ontvangen",
            "Klantprofiel van een asielstatushouder van COA opnemen");

    private final KlantprofielRepository klantprofielen;
    private final Persoonsverwerking verwerking;

    KlantprofielOpnemenHandler(KlantprofielRepository klantprofielen, Persoonsverwerking verwerking) {
        this.klantprofielen = klantprofielen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(KlantprofielOpnemen profiel) {
        verwerking.wijzig(ONTVANGEN, profiel.bsn(), v -> {
            klantprofielen.save(new KlantprofielEntity(profiel.bsn().value(), profiel.gemeentecode(),
                    profiel.vNummer(), profiel.moment(), profiel.datumBijgewerkt(), profiel.geboorteland(),
                    profiel.talen(), profiel.hoogstGenotenOpleiding(), profiel.werkervaring(),
                    profiel.alfabetiseringsbehoefte(), profiel.voorinburgeringGevolgd(), profiel.urenVoorinburgering(),
                    profiel.bijzonderheden(), profiel.afgesprokenVariant(), profiel.datumWarmeOverdracht(),
                    profiel.voorinburgeringGeaccepteerd(), v.nu()));
        });
    }
}
