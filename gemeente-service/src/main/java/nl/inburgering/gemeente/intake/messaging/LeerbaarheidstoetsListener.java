package nl.inburgering.gemeente.intake.messaging;

import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsOpnemen;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsOpnemen.KlaargezetOntvangen;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsOpnemen.UitkomstOntvangen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #6 in: the only listener of this service on the topic, for both its types (a second one would take
 * partitions, and with them events, from this one).
 */
@Component
class LeerbaarheidstoetsListener {

    private static final String KLAARGEZET = "Leerbaarheidstoets klaargezet";
    private static final String UITKOMST = "Uitkomst leerbaarheidstoets";
    /** DUO's Leerbaarheidstoets API: an examennummer has at most 12 characters. */
    private static final int MAXIMALE_LENGTE_EXAMENNUMMER = 12;
    /** DUO's Leerbaarheidstoets API: a score is written like "12,50". */
    private static final String SCORE = "\\d{1,3},\\d{2}";

    private final EventInbox inbox;
    private final LeerbaarheidstoetsOpnemen opnemen;

    LeerbaarheidstoetsListener(EventInbox inbox, LeerbaarheidstoetsOpnemen opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.UITKOMST_LEERBAARHEIDSTOETS)
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.verwerkEenmalig(record, inbox.ontvanger()
                .bij(LeerbaarheidstoetsKlaargezet.class, event -> klaargezet(event.data()))
                .bij(LeerbaarheidstoetsUitkomstVastgesteld.class, event -> uitkomst(event.data())));
    }

    private void klaargezet(LeerbaarheidstoetsKlaargezet toets) {
        String examennummer = toets.getExamennummer();
        if (examennummer != null && (examennummer.isBlank() || examennummer.length() > MAXIMALE_LENGTE_EXAMENNUMMER)) {
            throw new InvalidEventException(KLAARGEZET + " met een ongeldig examennummer");
        }
        opnemen.klaargezet(new KlaargezetOntvangen(Bsn.of(Eventvalidatie.bsn(toets.getBsn(), KLAARGEZET)),
                Eventvalidatie.gemeentecode(toets.getGemeentecode(), KLAARGEZET),
                verplicht(toets.getDatumKlaargezet(), KLAARGEZET + " zonder datumKlaargezet"),
                toets.getHerkansing(), examennummer));
    }

    private void uitkomst(LeerbaarheidstoetsUitkomstVastgesteld uitkomst) {
        if (uitkomst.getResultaat() == null) {
            throw new InvalidEventException(UITKOMST + " zonder resultaat");
        }
        opnemen.uitkomst(new UitkomstOntvangen(Bsn.of(Eventvalidatie.bsn(uitkomst.getBsn(), UITKOMST)),
                Eventvalidatie.gemeentecode(uitkomst.getGemeentecode(), UITKOMST), uitkomst.getResultaat().name(),
                score(uitkomst.getBehaaldeScore(), "behaaldeScore"),
                score(uitkomst.getBenodigdeScore(), "benodigdeScore"),
                verplicht(uitkomst.getDatumAfname(), UITKOMST + " zonder datumAfname")));
    }

    private static String score(String score, String veld) {
        if (score != null && !score.matches(SCORE)) {
            throw new InvalidEventException(UITKOMST + " met een ongeldige " + veld);
        }
        return score;
    }

    private static LocalDate verplicht(LocalDate datum, String reden) {
        if (datum == null) {
            throw new InvalidEventException(reden);
        }
        return datum;
    }
}
