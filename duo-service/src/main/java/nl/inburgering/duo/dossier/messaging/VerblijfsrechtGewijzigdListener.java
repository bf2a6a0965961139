package nl.inburgering.duo.dossier.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.VerblijfsrechtGewijzigd;
import nl.inburgering.duo.dossier.application.VerblijfsrechtWijzigingVerwerkenHandler;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #2 in: IND's Wijziging verblijfsrecht makes DUO decide the plicht again. A #2 of a person DUO never
 * received Verblijfsdoelen (#1) of is dead-lettered with that reason: #2 carries no geboortedatum, nationaliteit or
 * datum inschrijving, so DUO cannot decide a plicht from it (decision 0032).
 */
@Component
class VerblijfsrechtGewijzigdListener {

    private final EventInbox inbox;
    private final VerblijfsrechtWijzigingVerwerkenHandler handler;

    VerblijfsrechtGewijzigdListener(EventInbox inbox, VerblijfsrechtWijzigingVerwerkenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.WIJZIGING_VERBLIJFSRECHT)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, VerblijfsrechtGewijzigd.class, event -> {
            var resultaat = handler.handle(VerblijfsrechtGewijzigdMapper.alsCommand(event.data()));
            if (resultaat == VerblijfsrechtWijzigingVerwerkenHandler.Resultaat.ONBEKENDE_PERSOON) {
                throw new InvalidEventException("Wijziging verblijfsrecht van een persoon van wie DUO geen "
                        + "Verblijfsdoelen (#1) ontving: geen inburgeringsplicht om opnieuw vast te stellen");
            }
        });
    }
}
