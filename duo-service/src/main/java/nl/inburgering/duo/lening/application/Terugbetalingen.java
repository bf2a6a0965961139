package nl.inburgering.duo.lening.application;

import java.time.LocalDate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.lening.domain.Gebeurtenis;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.duo.lening.domain.Terugbetaling;
import nl.inburgering.duo.lening.domain.Terugbetalingsregels;
import nl.inburgering.duo.lening.persistence.LeningEntity;
import nl.inburgering.duo.lening.persistence.LeningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * When the plicht ends, or six years after the (verlengde) termijn it is still not voldaan, the right to the lening
 * lapses (seed §12.3; {@link Terugbetalingsregels}): DUO fixes the
 * termijnbedrag and the number of termijnen, and the incasso starts 6 months later; with nothing besteed the lening
 * simply vervalt; at overlijden it is kwijtgescholden. Handled in the transaction that ends the plicht
 * ({@link PlichtBeeindigd}), so the lening follows the plicht or neither changes.
 */
@Component
class Terugbetalingen {

    /** The reden of the einde recht when the six years ran out. */
    static final String NIET_VOLDAAN_BINNEN_ZES_JAAR = "NIET_VOLDAAN_BINNEN_ZES_JAAR";

    static final Verwerkingsactiviteit TERUGBETALING = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-terugbetaling",
            "Terugbetaling van een lening vaststellen");

    private final LeningRepository leningen;
    private final Leningdossier dossier;
    private final Leningvoorwaarden voorwaarden;
    private final Persoonsverwerking verwerking;
    private final Deadlineplanning planning;

    Terugbetalingen(LeningRepository leningen, Leningdossier dossier, Leningvoorwaarden voorwaarden,
            Persoonsverwerking verwerking, Deadlineplanning planning) {
        this.leningen = leningen;
        this.dossier = dossier;
        this.voorwaarden = voorwaarden;
        this.verwerking = verwerking;
        this.planning = planning;
    }

    @EventListener
    void plichtBeeindigd(PlichtBeeindigd beeindigd) {
        Terugbetalingsregels.Afloop afloop = Terugbetalingsregels.afloop(beeindigd.reden());
        if (afloop != Terugbetalingsregels.Afloop.GEEN_GEVOLG) {
            rechtVervalt(beeindigd.bsn(), beeindigd.einddatum(), beeindigd.reden().name(),
                    "De inburgeringsplicht is op " + beeindigd.einddatum() + " beëindigd (" + beeindigd.reden() + ")",
                    afloop == Terugbetalingsregels.Afloop.KWIJTSCHELDEN);
        }
    }

    /**
     * Six years after the (verlengde) termijn the plicht still runs, not voldaan (seed §12.3): the right lapses. A plicht
     * that ended meanwhile dropped this deadline with it (and its end started the terugbetaling).
     */
    @EventListener
    void deadlineVerstreken(DeadlineVerstreken deadline) {
        if (deadline.soort() == Deadlinesoort.ZES_JAAR_NA_EINDE_TERMIJN) {
            rechtVervalt(deadline.bsn(), deadline.vervaldag(), NIET_VOLDAAN_BINNEN_ZES_JAAR,
                    "Zes jaar na het einde van de inburgeringstermijn is niet aan de inburgeringsplicht voldaan", false);
        }
    }

    /**
     * A lening was toegekend or the termijn was set or changed: the six-year moment is watched from the termijn's
     * einddatum (none without a termijn: it is planned when the first PIP sets one).
     */
    void zesJaarBewaken(Bsn bsn, LocalDate einddatumTermijn, String gemeentecode) {
        planning.plan(bsn, Deadlinesoort.ZES_JAAR_NA_EINDE_TERMIJN, einddatumTermijn.plusYears(6).plusDays(1),
                gemeentecode);
    }

    @EventListener
    void termijnIngesteld(TermijnIngesteld termijn) {
        if (!leningen.findByBsnAndStatus(termijn.bsn().value(), Leningstatus.TOEGEKEND).isEmpty()) {
            zesJaarBewaken(termijn.bsn(), termijn.einddatum(), termijn.gemeentecode());
        }
    }

    private void rechtVervalt(Bsn bsn, LocalDate datum, String reden, String waarom, boolean kwijtschelden) {
        if (leningen.findByBsnAndStatus(bsn.value(), Leningstatus.TOEGEKEND).isEmpty()) {
            return;
        }
        verwerking.wijzig(TERUGBETALING, bsn, v -> {
            for (LeningEntity lening : leningen.findByBsnAndStatus(bsn.value(), Leningstatus.TOEGEKEND)) {
                if (kwijtschelden) {
                    lening.rechtVervallen(Leningstatus.KWIJTGESCHOLDEN, datum, reden);
                    dossier.leg(v, lening.getId(), null, Gebeurtenis.KWIJTGESCHOLDEN, Leningdossier.SYSTEEM,
                            waarom + ": de lening wordt kwijtgescholden.");
                } else if (lening.getBesteedBedrag().signum() == 0) {
                    lening.rechtVervallen(Leningstatus.VERVALLEN, datum, reden);
                    dossier.leg(v, lening.getId(), null, Gebeurtenis.VERVALLEN, Leningdossier.SYSTEEM,
                            waarom + ": het recht op de lening vervalt; er is niets besteed en niets terug te betalen.");
                } else {
                    lening.rechtVervallen(Leningstatus.TERUG_TE_BETALEN, datum, reden);
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
