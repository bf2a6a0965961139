package nl.inburgering.duo.leerbaarheidstoets.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.duo.leerbaarheidstoets.application.VerloopVerklaren;
import nl.inburgering.duo.leerbaarheidstoets.application.VerloopVerklarenHandler;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/** The toetsbegeleider's verklaring (negatief) ordentelijk verloop from the gemeente. */
@Component
class VerloopLeerbaarheidstoetsListener {

    private static final String EVENT = "LeerbaarheidstoetsVerloopVerklaard";
    private static final int EXAMENNUMMER_MAX = 12;

    private final EventInbox inbox;
    private final VerloopVerklarenHandler handler;

    VerloopLeerbaarheidstoetsListener(EventInbox inbox, VerloopVerklarenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).VERLOOP_LEERBAARHEIDSTOETS.name()}")
    void verklaard(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, LeerbaarheidstoetsVerloopVerklaard.class, event -> handler.handle(valideer(event.data())));
    }

    static VerloopVerklaren valideer(LeerbaarheidstoetsVerloopVerklaard v) {
        String bsn = Eventvalidatie.bsn(v.getBsn(), EVENT);
        String gemeentecode = Eventvalidatie.gemeentecode(v.getGemeentecode(), EVENT);
        String examennummer = v.getExamennummer();
        if (examennummer != null && (examennummer.isBlank() || examennummer.length() > EXAMENNUMMER_MAX)) {
            throw new InvalidEventException(EVENT + " met een examennummer dat leeg of langer dan "
                    + EXAMENNUMMER_MAX + " tekens is");
        }
        if (v.getDatumAfname() == null) {
            throw new InvalidEventException(EVENT + " zonder datumAfname");
        }
        String toelichting = v.getToelichting();
        if (!v.getOrdentelijkVerloop() && (toelichting == null || toelichting.isBlank())) {
            throw new InvalidEventException(EVENT + ": een negatieve verklaring ordentelijk verloop zonder toelichting");
        }
        return new VerloopVerklaren(bsn, gemeentecode, examennummer, v.getDatumAfname(), v.getOrdentelijkVerloop(),
                toelichting);
    }
}
