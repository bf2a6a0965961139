package nl.inburgering.duo.lening.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.FactuurIngediend;
import nl.inburgering.duo.instelling.api.Inschrijvingen;
import nl.inburgering.duo.lening.application.Facturen;
import nl.inburgering.duo.lening.application.Factuurontvangst;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * The facturen of the instellingen (instelling.facturen.v1, seed §12.2), once each (inbox). A factuur for a person
 * without a lening at DUO is dead-lettered with that reason, as is one that fails {@link FactuurMapper}'s checks; the
 * same factuurnummer of the same instelling again changes nothing.
 */
@Component
class FactuurListener {

    private static final Logger log = LoggerFactory.getLogger(FactuurListener.class);

    private final EventInbox inbox;
    private final Facturen facturen;
    private final Inschrijvingen instellingen;

    FactuurListener(EventInbox inbox, Facturen facturen, Inschrijvingen instellingen) {
        this.inbox = inbox;
        this.facturen = facturen;
        this.instellingen = instellingen;
    }

    @KafkaListener(topics = Topics.FACTUREN_INSTELLING)
    void ontvangen(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(FactuurIngediend.class, e -> {
            var factuur = FactuurMapper.alsFactuur(e.data(), instellingen::isBekendeInstelling);
            Factuurontvangst uitkomst = facturen.ontvangen(Bsn.of(e.data().getBsn()), factuur);
            switch (uitkomst) {
                case ONTVANGEN -> log.debug("Factuur {} van instelling {} ontvangen", factuur.factuurnummer(),
                        factuur.instellingsnummer());
                case AL_ONTVANGEN -> log.info("Factuur {} van instelling {} was al ontvangen; overgeslagen",
                        factuur.factuurnummer(), factuur.instellingsnummer());
                case GEEN_LENING -> throw new InvalidEventException(FactuurMapper.EVENT + " " + factuur.factuurnummer()
                        + " van instelling " + factuur.instellingsnummer()
                        + " voor een persoon zonder lening bij DUO");
            }
        }));
    }
}
