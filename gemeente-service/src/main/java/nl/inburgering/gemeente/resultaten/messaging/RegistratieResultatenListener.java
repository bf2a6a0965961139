package nl.inburgering.gemeente.resultaten.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteAfgewezen;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteGeregistreerd;
import nl.inburgering.gemeente.resultaten.application.AntwoordOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * DUO's answer to #17 (the only listener of REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE in this service, on the topics of
 * this service's gemeenten): a result registered, withdrawn or rejected, delivered by this service or through DUO's
 * M2M API. An answer that cannot be shown to the caseworker goes to the dead-letter topic.
 */
@Component
class RegistratieResultatenListener {

    private final EventInbox inbox;
    private final AntwoordOpnemenHandler opnemen;

    RegistratieResultatenListener(EventInbox inbox, AntwoordOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(ResultaatPvtMapZrouteGeregistreerd.class,
                        event -> opnemen.handle(RegistratieResultatenMapper.geregistreerd(event.data())))
                .bij(ResultaatPvtMapZrouteAfgewezen.class,
                        event -> opnemen.handle(RegistratieResultatenMapper.afgewezen(event.data()))));
    }
}
