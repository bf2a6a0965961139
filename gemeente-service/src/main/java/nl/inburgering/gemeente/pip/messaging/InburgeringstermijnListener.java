package nl.inburgering.gemeente.pip.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemen;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemen.TermijnGewijzigd;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemen.TermijnVastgesteld;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #5 in: DUO's inburgeringstermijn, vastgesteld from the first PIP or changed later. */
@Component
class InburgeringstermijnListener {

    private static final String VASTGESTELD = "Inburgeringstermijn vastgesteld";
    private static final String GEWIJZIGD = "Inburgeringstermijn gewijzigd";

    private final EventInbox inbox;
    private final InburgeringstermijnOpnemen opnemen;

    InburgeringstermijnListener(EventInbox inbox, InburgeringstermijnOpnemen opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.INBURGERINGSTERMIJN)
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.verwerkEenmalig(record, inbox.ontvanger()
                .bij(InburgeringstermijnVastgesteld.class, event -> vastgesteld(event.data()))
                .bij(InburgeringstermijnGewijzigd.class, event -> gewijzigd(event.data())));
    }

    private void vastgesteld(InburgeringstermijnVastgesteld t) {
        termijn(t.getStartdatum(), t.getEinddatum(), VASTGESTELD);
        opnemen.handle(new TermijnVastgesteld(Bsn.of(Eventvalidatie.bsn(t.getBsn(), VASTGESTELD)),
                Eventvalidatie.gemeentecode(t.getGemeentecode(), VASTGESTELD), t.getStartdatum(), t.getEinddatum(),
                RegistratiePipListener.datum(t.getDagtekeningPip(), "dagtekeningPip", VASTGESTELD),
                RegistratiePipListener.datum(t.getDatumVaststelling(), "datumVaststelling", VASTGESTELD)));
    }

    private void gewijzigd(InburgeringstermijnGewijzigd t) {
        termijn(t.getStartdatum(), t.getEinddatum(), GEWIJZIGD);
        opnemen.handle(new TermijnGewijzigd(Bsn.of(Eventvalidatie.bsn(t.getBsn(), GEWIJZIGD)),
                Eventvalidatie.gemeentecode(t.getGemeentecode(), GEWIJZIGD),
                t.getRedenWijziging() == null ? null : t.getRedenWijziging().name(), t.getStartdatum(),
                t.getEinddatum(), t.getVorigeEinddatum(), t.getVerlengingsgrondcode(),
                t.getVerlengingsgrondomschrijving(),
                RegistratiePipListener.datum(t.getDatumWijziging(), "datumWijziging", GEWIJZIGD)));
    }

    private static void termijn(java.time.LocalDate start, java.time.LocalDate einde, String event) {
        if (start == null || einde == null) {
            throw new InvalidEventException(event + " zonder startdatum of einddatum");
        }
        if (einde.isBefore(start)) {
            throw new InvalidEventException(event + " met een einddatum voor de startdatum");
        }
    }
}
