package nl.inburgering.duo.leerbaarheidstoets.application;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.PlichtGeleverd;
import nl.inburgering.duo.dossier.api.PlichtVastgesteld;
import nl.inburgering.duo.leerbaarheidstoets.domain.Examennummers;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Seed §3.2, §3.3 and §4.2: DUO sets a leerbaarheidstoets ready, with an examennummer, when it finds a person
 * plichtig; the gemeente that receives the plicht (#3) with a leerbaarheidstoets klaargezet gets
 * the toets's examennummer with it (LeerbaarheidstoetsKlaargezet on #6), so it can plan the toets in the brede
 * intake. COA never plans the toets: for an asielstatushouder in the AZC the gekoppelde gemeente receives it at
 * the koppeling, together with his #3.
 *
 * <p>Both react to the person core's application events, synchronously in the transaction that published them
 * ({@link EventListener}, not after commit): the toets and its #6 commit with the decision and its #3, or not at all.
 */
@Component
class ToetsKlaarzetten {

    private static final Logger log = LoggerFactory.getLogger(ToetsKlaarzetten.class);

    static final Verwerkingsactiviteit MELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-klaarzetten",
            "Klaargezette leerbaarheidstoets aan de gemeente melden");

    private final ToetsRepository toetsen;
    private final Toetsmeldingen meldingen;
    private final Persoonsverwerking verwerking;

    ToetsKlaarzetten(ToetsRepository toetsen, Toetsmeldingen meldingen, Persoonsverwerking verwerking) {
        this.toetsen = toetsen;
        this.meldingen = meldingen;
        this.verwerking = verwerking;
    }

    /**
     * The person was found plichtig: the first toets is set ready, part of the verwerking of that decision (its
     * Logboek record covers it).
     */
    @EventListener
    public void bijPlichtVastgesteld(PlichtVastgesteld plicht) {
        // Under the person's lock (the decision's verwerking); the unique index backs it: one klaargezette toets.
        if (toetsen.findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(plicht.bsn().value(),
                EnumSet.of(Toetsstatus.KLAARGEZET)).isPresent()) {
            return;
        }
        toetsen.save(ToetsEntity.klaargezet(plicht.bsn().value(), Examennummers.nieuw(), plicht.op()));
    }

    /** The #3 went out: a gemeente that receives it with a leerbaarheidstoets klaargezet gets the examennummer. */
    @EventListener
    public void bijPlichtGeleverd(PlichtGeleverd plicht) {
        if (!plicht.aanGemeente() || !plicht.leerbaarheidstoetsKlaargezet()) {
            return;
        }
        toetsen.findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(plicht.bsn().value(),
                EnumSet.of(Toetsstatus.KLAARGEZET))
                .ifPresentOrElse(toets -> verwerking.wijzig(MELDEN, plicht.bsn(),
                        v -> meldingen.klaargezet(v, toets, plicht.gemeentecode(), plicht.signaal())),
                        () -> log.info("Geen klaargezette leerbaarheidstoets bij deze levering van de plicht;"
                                + " de toets is al afgenomen, overgeslagen of nooit klaargezet"));
    }
}
