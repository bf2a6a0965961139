package nl.inburgering.duo.koppeling.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.duo.koppeling.application.KoppelingVerwerken;
import nl.inburgering.duo.koppeling.application.VerhuizingVerwerken;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #14 from COA and BRP verhuizingen in. */
@Component
class KoppelingListener {

    private final EventInbox inbox;
    private final KoppelingVerwerken koppeling;
    private final VerhuizingVerwerken verhuizing;

    KoppelingListener(EventInbox inbox, KoppelingVerwerken koppeling, VerhuizingVerwerken verhuizing) {
        this.inbox = inbox;
        this.koppeling = koppeling;
        this.verhuizing = verhuizing;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).INBURGERAAR_GEKOPPELD_AAN_GEMEENTE.name()}")
    void gekoppeld(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, InburgeraarGekoppeldAanGemeente.class, event -> {
            InburgeraarGekoppeldAanGemeente k = event.data();
            koppeling.handle(Eventvalidatie.bsn(k.getBsn(), "Koppeling"),
                    Eventvalidatie.gemeentecode(k.getGemeentecode(), "Koppeling"), k.getDatumKoppeling());
        });
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).BRP_VERHUIZINGEN.name()}")
    void verhuisd(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, IngezeteneVerhuisd.class, event -> verhuizing.handle(
                Eventvalidatie.bsn(event.data().getBsn(), "Verhuizing"),
                Eventvalidatie.gemeentecode(event.data().getGemeentecodeNieuw(), "Verhuizing"),
                event.data().getDatumVerhuizing()));
    }
}
