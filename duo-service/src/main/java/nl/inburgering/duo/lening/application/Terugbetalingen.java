package nl.inburgering.duo.lening.application;

import java.util.EnumSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.lening.domain.Gebeurtenis;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.duo.lening.domain.Terugbetaling;
import nl.inburgering.duo.lening.domain.Terugbetalingsregels;
import nl.inburgering.duo.lening.persistence.LeningEntity;
import nl.inburgering.duo.lening.persistence.LeningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * When the plicht ends the right to the lening lapses (seed §12.3; {@link Terugbetalingsregels}): DUO fixes the
 * termijnbedrag and the number of termijnen, and the incasso starts 6 months later; with nothing besteed the lening
 * simply vervalt; at overlijden it is kwijtgescholden. Handled in the transaction that ends the plicht
 * ({@link PlichtBeeindigd}), so the lening follows the plicht or neither changes.
 */
@Component
class Terugbetalingen {

    static final Verwerkingsactiviteit TERUGBETALING = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-terugbetaling",
            "Terugbetaling van een lening vaststellen");

    private final LeningRepository leningen;
    private final Leningdossier dossier;
    private final Leningvoorwaarden voorwaarden;
    private final Persoonsverwerking verwerking;

    Terugbetalingen(LeningRepository leningen, Leningdossier dossier, Leningvoorwaarden voorwaarden,
            Persoonsverwerking verwerking) {
        this.leningen = leningen;
        this.dossier = dossier;
        this.voorwaarden = voorwaarden;
        this.verwerking = verwerking;
    }

    @EventListener
    void plichtBeeindigd(PlichtBeeindigd beeindigd) {
        Terugbetalingsregels.Afloop afloop = Terugbetalingsregels.afloop(beeindigd.reden());
        if (afloop == Terugbetalingsregels.Afloop.GEEN_GEVOLG
                || leningen.findByBsnAndStatusIn(beeindigd.bsn().value(), EnumSet.of(Leningstatus.TOEGEKEND))
                        .isEmpty()) {
            return;
        }
        verwerking.wijzig(TERUGBETALING, beeindigd.bsn(), v -> {
            for (LeningEntity lening : leningen.findByBsnAndStatusIn(beeindigd.bsn().value(),
                    EnumSet.of(Leningstatus.TOEGEKEND))) {
                String reden = beeindigd.reden().name();
                String waarom = "De inburgeringsplicht is op " + beeindigd.einddatum() + " beëindigd (" + reden + ")";
                if (afloop == Terugbetalingsregels.Afloop.KWIJTSCHELDEN) {
                    lening.rechtVervallen(Leningstatus.KWIJTGESCHOLDEN, beeindigd.einddatum(), reden);
                    dossier.leg(v, lening.getId(), null, Gebeurtenis.KWIJTGESCHOLDEN, Leningdossier.SYSTEEM,
                            waarom + ": de lening wordt kwijtgescholden.");
                } else if (lening.getBesteedBedrag().signum() == 0) {
                    lening.rechtVervallen(Leningstatus.VERVALLEN, beeindigd.einddatum(), reden);
                    dossier.leg(v, lening.getId(), null, Gebeurtenis.VERVALLEN, Leningdossier.SYSTEEM,
                            waarom + ": het recht op de lening vervalt; er is niets besteed en niets terug te betalen.");
                } else {
                    lening.rechtVervallen(Leningstatus.TERUG_TE_BETALEN, beeindigd.einddatum(), reden);
                    Terugbetaling t = Terugbetalingsregels.terugbetaling(lening.getBesteedBedrag(),
                            lening.getJaarinkomen(), v.vandaag(), voorwaarden.terugbetaling());
                    lening.terugbetaling(t);
                    dossier.leg(v, lening.getId(), null, Gebeurtenis.TERUGBETALING_VASTGESTELD, Leningdossier.SYSTEEM,
                            waarom + ": het recht op de lening vervalt. Terug te betalen EUR "
                                    + lening.getBesteedBedrag().toPlainString() + " in " + t.aantalTermijnen()
                                    + " termijnen van EUR " + t.termijnbedrag().toPlainString() + ", incasso vanaf "
                                    + t.incassoVanaf() + ".");
                }
            }
        });
    }
}
