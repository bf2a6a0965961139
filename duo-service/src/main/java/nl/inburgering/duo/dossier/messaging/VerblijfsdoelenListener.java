package nl.inburgering.duo.dossier.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.duo.dossier.application.InburgeringsplichtVaststellenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #1 in: IND's Verblijfsdoelen start the vaststelling of the inburgeringsplicht. */
@Component
class VerblijfsdoelenListener {

    private final EventInbox inbox;
    private final InburgeringsplichtVaststellenHandler handler;

    VerblijfsdoelenListener(EventInbox inbox, InburgeringsplichtVaststellenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.VERBLIJFSDOELEN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, VerblijfsdoelDoorgegeven.class,
                event -> handler.handle(VerblijfsdoelenMapper.alsCommand(event.data())));
    }
}
