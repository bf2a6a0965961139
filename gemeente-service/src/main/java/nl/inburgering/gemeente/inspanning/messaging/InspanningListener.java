package nl.inburgering.gemeente.inspanning.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.gemeente.inspanning.application.InspanningOpnemenHandler;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * #18 from the instelling (seed §15.5), on this gemeente's own topic
 * ({@code instelling.inspanning-inburgeraar-asielstatushouder.v1.gemeente.<code>}, decision 0018). The inbox handles
 * an event once, so a redelivery is not forwarded again. A stand for someone who is not an asielstatushouder and
 * inburgeraar of this gemeente is dead-lettered (decision 0024): the operator sees it and can replay it once DUO's #3
 * has arrived.
 */
@Component
class InspanningListener {

    private final EventInbox inbox;
    private final InspanningOpnemenHandler opnemen;

    InspanningListener(EventInbox inbox, InspanningOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.INSPANNING_INSTELLING_ASIELSTATUSHOUDER)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(InspanningAsielstatushouderGemeld.class, event -> {
            switch (opnemen.handle(InspanningMapper.opnemen(event.data()))) {
                case GEEN_INBURGERAAR_VAN_DEZE_GEMEENTE -> throw new InvalidEventException(
                        "Inspanning voor iemand die geen inburgeraar van deze gemeente is (nog geen inburgeringsplicht "
                                + "van DUO, of een andere gemeente kocht het onderwijs in); na de plicht opnieuw aanbieden");
                case GEEN_ASIELSTATUSHOUDER -> throw new InvalidEventException(
                        "Inspanning via de gemeente voor een inburgeraar die geen asielstatushouder is; de instelling "
                                + "meldt hem rechtstreeks aan DUO (seed 15.5)");
                default -> {
                }
            }
        }));
    }
}
