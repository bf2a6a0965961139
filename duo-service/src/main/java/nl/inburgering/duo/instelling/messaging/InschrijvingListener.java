package nl.inburgering.duo.instelling.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeraarIngeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeraarUitgeschrevenBijInstelling;
import nl.inburgering.duo.instelling.application.InschrijvingVerwerking;
import nl.inburgering.duo.instelling.application.InschrijvingenHandler;
import nl.inburgering.duo.instelling.application.Instellingsregister;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #20 from the instellingen: inschrijving and uitschrijving. A person DUO does not know, or an
 * uitschrijving without a lopende inschrijving, is logged and ignored (the event is valid; nothing an operator does
 * with a dead letter would change it).
 */
@Component
class InschrijvingListener {

    private static final Logger log = LoggerFactory.getLogger(InschrijvingListener.class);

    private final EventInbox inbox;
    private final InschrijvingenHandler handler;
    private final Instellingsregister register;

    InschrijvingListener(EventInbox inbox, InschrijvingenHandler handler, Instellingsregister register) {
        this.inbox = inbox;
        this.handler = handler;
        this.register = register;
    }

    @KafkaListener(topics = Topics.INSCHRIJVING_BIJ_INSTELLING)
    void ontvangen(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(InburgeraarIngeschrevenBijInstelling.class, e -> {
                    var inschrijving = InschrijvingMapper.alsInschrijving(e.data(), register);
                    meld("Inschrijving", inschrijving.instellingsnummer(),
                            handler.ingeschreven(Bsn.of(e.data().getBsn()), inschrijving));
                })
                .bij(InburgeraarUitgeschrevenBijInstelling.class, e -> {
                    var uitschrijving = InschrijvingMapper.alsUitschrijving(e.data(), register);
                    meld("Uitschrijving", uitschrijving.instellingsnummer(),
                            handler.uitgeschreven(Bsn.of(e.data().getBsn()), uitschrijving));
                }));
    }

    private static void meld(String wat, String instelling, InschrijvingVerwerking uitkomst) {
        switch (uitkomst) {
            case GEREGISTREERD -> log.debug("{} van instelling {} geregistreerd", wat, instelling);
            case ONBEKENDE_PERSOON ->
                log.info("{} van instelling {} niet verwerkt: DUO kent de persoon niet", wat, instelling);
            case GEEN_LOPENDE_INSCHRIJVING ->
                log.info("{} van instelling {} niet verwerkt: geen lopende inschrijving", wat, instelling);
        }
    }
}
