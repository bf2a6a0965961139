package nl.inburgering.duo.inspanning.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.InspanningGezinsmigrantGemeld;
import nl.inburgering.duo.inspanning.application.InspanningVastleggen;
import nl.inburgering.duo.inspanning.application.InspanningVastleggenHandler;
import nl.inburgering.duo.inspanning.application.Inspanningregistratie;
import nl.inburgering.duo.instelling.api.Inschrijvingen;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #18 on both of DUO's routes (seed §15.5): straight from the instelling (gezinsmigrant, overige
 * migrant) and forwarded by the gemeente (asielstatushouder). DUO never reads the instelling's topic to the gemeente
 * ({@code instelling.inspanning-inburgeraar-asielstatushouder.v1}): one source per fact. A delivery on the wrong
 * route for the person is a business outcome, kept with its reason by the handler.
 */
@Component
class InspanningListener {

    private static final Logger log = LoggerFactory.getLogger(InspanningListener.class);

    private final EventInbox inbox;
    private final InspanningVastleggenHandler handler;
    private final Inschrijvingen instellingen;

    InspanningListener(EventInbox inbox, InspanningVastleggenHandler handler, Inschrijvingen instellingen) {
        this.inbox = inbox;
        this.handler = handler;
        this.instellingen = instellingen;
    }

    @KafkaListener(topics = Topics.INSPANNING_INSTELLING_GEZINSMIGRANT)
    void vanDeInstelling(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, InspanningGezinsmigrantGemeld.class,
                e -> leg(InspanningMapper.alsCommand(e.data(), instellingen)));
    }

    @KafkaListener(topics = Topics.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER)
    void vanDeGemeente(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, InspanningAsielstatushouderDoorgegeven.class,
                e -> leg(InspanningMapper.alsCommand(e.data(), instellingen)));
    }

    private void leg(InspanningVastleggen command) {
        Inspanningregistratie uitkomst = handler.handle(command);
        if (uitkomst instanceof Inspanningregistratie.Afgewezen afgewezen) {
            log.info("Inspanning bij instelling {} via route {} afgewezen: {}",
                    command.inspanning().instellingsnummer(), command.route(), afgewezen.weigering().code());
        } else if (uitkomst instanceof Inspanningregistratie.OnbekendePersoon) {
            log.info("Inspanning bij instelling {} via route {} niet verwerkt: DUO kent de persoon niet",
                    command.inspanning().instellingsnummer(), command.route());
        }
    }
}
