package nl.inburgering.duo.leerbaarheidstoets.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.duo.leerbaarheidstoets.application.VerloopVerklarenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/** The toetsbegeleider's verklaring (negatief) ordentelijk verloop from the gemeente. */
@Component
class VerloopLeerbaarheidstoetsListener {

    private final EventInbox inbox;
    private final VerloopVerklarenHandler handler;

    VerloopLeerbaarheidstoetsListener(EventInbox inbox, VerloopVerklarenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.VERLOOP_LEERBAARHEIDSTOETS)
    void verklaard(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, LeerbaarheidstoetsVerloopVerklaard.class,
                event -> handler.handle(VerloopVerklaardMapper.alsCommand(event.data())));
    }
}
