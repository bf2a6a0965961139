package nl.inburgering.gemeente.overdracht.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeraarOvergedragen;
import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.gemeente.overdracht.application.OverdrachtOntvangenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * #19 in, on this gemeente's own topics ({@code gemeente.overdracht-inburgeraar.v1.gemeente.<code>}, decision 0018):
 * the request reaches the old gemeente, the overdracht the new one. Each is addressed to both gemeenten with one
 * CloudEvents id, so the multi-tenant service processes it once.
 */
@Component
class OverdrachtListener {

    private final EventInbox inbox;
    private final OverdrachtOntvangenHandler handler;

    OverdrachtListener(EventInbox inbox, OverdrachtOntvangenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.OVERDRACHT_INBURGERAAR)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(OverdrachtInburgeraarGevraagd.class, event -> handler.verzoek(OverdrachtMapper.verzoek(event.data())))
                .bij(InburgeraarOvergedragen.class,
                        event -> handler.overgedragen(OverdrachtMapper.overgedragen(event.data()))));
    }
}
