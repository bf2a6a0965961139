package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.Instant;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/**
 * Seed §3.2, §3.3 and §4.2: DUO sets a leerbaarheidstoets ready, with an examennummer, when it finds a person
 * plichtig; the gemeente that receives the plicht (#3) with a leerbaarheidstoets klaargezet gets
 * the toets's examennummer with it (LeerbaarheidstoetsKlaargezet on #6), so it can plan the toets in the brede
 * intake. COA never plans the toets: for an asielstatushouder in the AZC the gekoppelde gemeente receives it at
 * the koppeling, together with his #3.
 */
@Component
public class ToetsKlaarzetten {

    private static final Logger log = LoggerFactory.getLogger(ToetsKlaarzetten.class);

    static final Verwerkingsactiviteit MELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leerbaarheidstoets-klaarzetten",
            "Klaargezette leerbaarheidstoets aan de gemeente melden");

    private final ToetsRepository toetsen;
    private final Toetsmeldingen meldingen;
    private final Logboek logboek;

    ToetsKlaarzetten(ToetsRepository toetsen, Toetsmeldingen meldingen, Logboek logboek) {
        this.toetsen = toetsen;
        this.meldingen = meldingen;
        this.logboek = logboek;
    }

    /** Called when DUO finds a person plichtig (seed §3.2), in the transaction of that decision. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void zetKlaar(String bsn, Instant op) {
        toetsen.save(ToetsEntity.klaargezet(bsn, toetsen.volgendExamennummer(), op));
    }

    /**
     * Called by the delivery of #3, in its transaction.
     *
     * @param plicht  the #3 just put in the outbox
     * @param signaal the moment the triggering signal arrived (the #3's own)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bijPlichtlevering(InburgeringsplichtVastgesteld plicht, Instant signaal) {
        if (plicht.getOntvanger() != Ontvanger.GEMEENTE || !plicht.getLeerbaarheidstoetsKlaargezet()) {
            return;
        }
        toetsen.findFirstByBsnAndStatusInOrderByKlaargezetOpDesc(plicht.getBsn(), EnumSet.of(Toetsstatus.KLAARGEZET))
                .ifPresentOrElse(toets -> {
                    logboek.leg(MELDEN, toets.getBsn());
                    meldingen.klaargezet(toets, plicht.getGemeentecode(), signaal);
                }, () -> log.info("Geen klaargezette leerbaarheidstoets bij deze levering van de plicht;"
                        + " de toets is al afgenomen, overgeslagen of nooit klaargezet"));
    }
}
