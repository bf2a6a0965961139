package nl.inburgering.duo.dossier.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.duo.dossier.application.KoppelingVerwerkenHandler;
import nl.inburgering.duo.dossier.application.VerhuizingVerwerkenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #14 from COA and BRP verhuizingen in. */
@Component
class KoppelingListener {

    private final EventInbox inbox;
    private final KoppelingVerwerkenHandler koppeling;
    private final VerhuizingVerwerkenHandler verhuizing;

    KoppelingListener(EventInbox inbox, KoppelingVerwerkenHandler koppeling, VerhuizingVerwerkenHandler verhuizing) {
        this.inbox = inbox;
        this.koppeling = koppeling;
        this.verhuizing = verhuizing;
    }

    @KafkaListener(topics = Topics.INBURGERAAR_GEKOPPELD_AAN_GEMEENTE)
    void gekoppeld(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, InburgeraarGekoppeldAanGemeente.class,
                event -> koppeling.handle(KoppelingMapper.koppeling(event.data())));
    }

    @KafkaListener(topics = Topics.BRP_VERHUIZINGEN)
    void verhuisd(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneVerhuisd.class,
                event -> verhuizing.handle(KoppelingMapper.verhuizing(event.data())));
    }
}
