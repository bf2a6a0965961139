package nl.inburgering.gemeente.pip.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
import nl.inburgering.contracts.event.PipAfgewezen;
import nl.inburgering.contracts.event.PipGeregistreerd;
import nl.inburgering.gemeente.pip.application.RegistratieOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * DUO's answer to #16 (the only listener of REGISTRATIE_PIP in this service): PIP and inburgeringsaanbod
 * registered or rejected. A rejection is a valid answer, not an invalid event; an answer that cannot be shown to
 * the caseworker (no BSN, a rejection without reasons) goes to the dead-letter topic.
 */
@Component
class RegistratiePipListener {

    private final EventInbox inbox;
    private final RegistratieOpnemenHandler opnemen;

    RegistratiePipListener(EventInbox inbox, RegistratieOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.REGISTRATIE_PIP)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(PipGeregistreerd.class,
                        event -> opnemen.handle(RegistratiePipMapper.pipGeregistreerd(event.data())))
                .bij(PipAfgewezen.class, event -> opnemen.handle(RegistratiePipMapper.pipAfgewezen(event.data())))
                .bij(InburgeringsaanbodGeregistreerd.class,
                        event -> opnemen.handle(RegistratiePipMapper.aanbodGeregistreerd(event.data())))
                .bij(InburgeringsaanbodAfgewezen.class,
                        event -> opnemen.handle(RegistratiePipMapper.aanbodAfgewezen(event.data()))));
    }
}
