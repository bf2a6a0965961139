package nl.inburgering.duo.leerbaarheidstoets.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.inburgering.duo.dossier.api.PlichtGeleverd;
import nl.inburgering.duo.dossier.api.PlichtVastgesteld;
import nl.inburgering.duo.leerbaarheidstoets.domain.Examennummers;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsEntity;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.bsn.Bsn;
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
        if (toetsen.findFirstByBsnAndStatusOrderByKlaargezetOpDesc(plicht.bsn().value(), Toetsstatus.KLAARGEZET)
                .isPresent()) {
            return;
        }
        ToetsEntity toets = toetsen.save(ToetsEntity.klaargezet(plicht.bsn().value(), Examennummers.nieuw(),
                plicht.op()));
        inDezeTransactie().put(plicht.bsn(), toets.getId());
    }

    /** The #3 went out: a gemeente that receives it with a leerbaarheidstoets klaargezet gets the examennummer. */
    @EventListener
    public void bijPlichtGeleverd(PlichtGeleverd plicht) {
        if (!plicht.aanGemeente() || !plicht.leerbaarheidstoetsKlaargezet()) {
            return;
        }
        klaargezette(plicht.bsn())
                .ifPresentOrElse(toets -> verwerking.wijzig(MELDEN, plicht.bsn(),
                        v -> meldingen.klaargezet(v, toets, plicht.gemeentecode(), plicht.signaal())),
                        () -> log.info("Geen klaargezette leerbaarheidstoets bij deze levering van de plicht;"
                                + " de toets is al afgenomen, overgeslagen of nooit klaargezet"));
    }

    /**
     * The person's klaargezette toets. A plicht decided and delivered in one transaction (#1, #2) publishes
     * PlichtVastgesteld and then PlichtGeleverd: the toets set ready on the first is the one the second is about, and
     * it is still in the persistence context, so it is taken from there instead of being queried again (issue 17).
     */
    private Optional<ToetsEntity> klaargezette(Bsn bsn) {
        UUID zojuist = inDezeTransactie().get(bsn);
        if (zojuist != null) {
            Optional<ToetsEntity> toets = toetsen.findById(zojuist)
                    .filter(t -> t.getStatus() == Toetsstatus.KLAARGEZET);
            if (toets.isPresent()) {
                return toets;
            }
        }
        return toetsen.findFirstByBsnAndStatusOrderByKlaargezetOpDesc(bsn.value(), Toetsstatus.KLAARGEZET);
    }

    /** The toetsen this transaction set ready, per bsn; none outside a transaction. */
    @SuppressWarnings("unchecked")
    private Map<Bsn, UUID> inDezeTransactie() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Object gebonden = TransactionSynchronizationManager.getResource(this);
        if (gebonden == null) {
            gebonden = new HashMap<Bsn, UUID>();
            TransactionSynchronizationManager.bindResource(this, gebonden);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ToetsKlaarzetten.this);
                }
            });
        }
        return (Map<Bsn, UUID>) gebonden;
    }
}
