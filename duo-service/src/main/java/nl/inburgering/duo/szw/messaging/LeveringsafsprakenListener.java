package nl.inburgering.duo.szw.messaging;

import java.util.List;
import java.util.Locale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.common.Leveringstelling;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldCoa;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldGemeente;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldInd;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldInstelling;
import nl.inburgering.duo.szw.application.PartnerLeveringsafspraken;
import nl.inburgering.duo.szw.domain.GeteldeLeveringsafspraken;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;
import nl.inburgering.platform.inbox.OntvangenEvent;

/**
 * The delivery agreements IND, COA, the gemeenten and the instellingen counted ({@code <partner>.leveringsafspraken.v1},
 * decision 0042, addendum), read by DUO on behalf of SZW (decision 0035), once each (inbox). A publication that names
 * another producer than its topic's, has an empty or reversed period, a count outside it or a negative count is
 * dead-lettered with every reason.
 */
@Component
class LeveringsafsprakenListener {

    private final EventInbox inbox;
    private final PartnerLeveringsafspraken leveringsafspraken;

    LeveringsafsprakenListener(EventInbox inbox, PartnerLeveringsafspraken leveringsafspraken) {
        this.inbox = inbox;
        this.leveringsafspraken = leveringsafspraken;
    }

    @KafkaListener(topics = { Topics.LEVERINGSAFSPRAKEN_IND, Topics.LEVERINGSAFSPRAKEN_COA,
            Topics.LEVERINGSAFSPRAKEN_GEMEENTE, Topics.LEVERINGSAFSPRAKEN_INSTELLING })
    void ontvangen(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(LeveringsafsprakenGeteldInd.class, e -> neem(e, producentVan(e), e.data().getProducent(),
                        e.data().getGeteldOp(), e.data().getVanaf(), e.data().getTot(), e.data().getTellingen()))
                .bij(LeveringsafsprakenGeteldCoa.class, e -> neem(e, producentVan(e), e.data().getProducent(),
                        e.data().getGeteldOp(), e.data().getVanaf(), e.data().getTot(), e.data().getTellingen()))
                .bij(LeveringsafsprakenGeteldGemeente.class, e -> neem(e, producentVan(e), e.data().getProducent(),
                        e.data().getGeteldOp(), e.data().getVanaf(), e.data().getTot(), e.data().getTellingen()))
                .bij(LeveringsafsprakenGeteldInstelling.class, e -> neem(e, producentVan(e), e.data().getProducent(),
                        e.data().getGeteldOp(), e.data().getVanaf(), e.data().getTot(), e.data().getTellingen())));
    }

    /** The partner whose topic carried the figures: a partner publishes only its own (decision 0042). */
    private static String producentVan(OntvangenEvent<?> event) {
        return TopicCatalogue.byName(event.topic()).producer().name().toLowerCase(Locale.ROOT);
    }

    private void neem(OntvangenEvent<?> event, String verwacht, String producent, java.time.Instant geteldOp,
            java.time.LocalDate vanaf, java.time.LocalDate tot, List<Leveringstelling> tellingen) {
        var publicatie = new GeteldeLeveringsafspraken(producent, geteldOp, vanaf, tot, tellingen.stream()
                .map(t -> new GeteldeLeveringsafspraken.Dagtelling(t.getDag(), t.getStelseldienst(),
                        t.getLeverancier(), t.getAfnemer(), t.getOpTijd(), t.getTeLaat(), t.getOpen(),
                        t.getNietVerstuurd()))
                .toList());
        List<String> problemen = publicatie.problemen(verwacht);
        if (!problemen.isEmpty()) {
            throw new InvalidEventException("leveringsafspraken van " + verwacht + " niet overgenomen: "
                    + String.join("; ", problemen));
        }
        leveringsafspraken.ontvang(event.source(), publicatie);
    }
}
