package nl.inburgering.gemeente.asielstatushouder.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.gemeente.asielstatushouder.application.KlantprofielOpnemenHandler;
import nl.inburgering.gemeente.asielstatushouder.application.KoppelingOpnemenHandler;
import nl.inburgering.gemeente.asielstatushouder.application.MaatschappelijkeBegeleidingOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Seed §3.3 in: COA's koppeling (#14) and klantprofiel (#15), DUO's recht op maatschappelijke begeleiding (#4).
 * Each through the inbox, so each event has its effect once; they may arrive in any order.
 */
@Component
class AsielstatushouderListener {

    private final EventInbox inbox;
    private final KoppelingOpnemenHandler koppeling;
    private final KlantprofielOpnemenHandler klantprofiel;
    private final MaatschappelijkeBegeleidingOpnemenHandler begeleiding;

    AsielstatushouderListener(EventInbox inbox, KoppelingOpnemenHandler koppeling,
            KlantprofielOpnemenHandler klantprofiel,
            MaatschappelijkeBegeleidingOpnemenHandler begeleiding) {
        this.inbox = inbox;
        this.koppeling = koppeling;
        this.klantprofiel = klantprofiel;
        this.begeleiding = begeleiding;
    }

    @KafkaListener(topics = Topics.INBURGERAAR_GEKOPPELD_AAN_GEMEENTE)
    void gekoppeld(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, InburgeraarGekoppeldAanGemeente.class,
                event -> koppeling.handle(AsielstatushouderMapper.koppeling(event.data())));
    }

    @KafkaListener(topics = Topics.KLANTPROFIEL)
    void klantprofielGedeeld(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, KlantprofielGedeeld.class,
                event -> klantprofiel.handle(AsielstatushouderMapper.klantprofiel(event.data())));
    }

    @KafkaListener(topics = Topics.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING)
    void maatschappelijkeBegeleiding(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, RechtOpMaatschappelijkeBegeleidingVastgesteld.class,
                event -> begeleiding.handle(AsielstatushouderMapper.recht(event.data())));
    }
}
