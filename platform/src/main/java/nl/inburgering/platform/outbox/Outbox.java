package nl.inburgering.platform.outbox;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.inburgering.contracts.EventType;
import nl.inburgering.contracts.Topic;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Dataschema;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.time.Leveringstermijn;
import nl.inburgering.platform.tracing.TraceDoorgifte;

/**
 * The only way a use case publishes a stelseldienst: the event is stored in the caller's transaction
 * and published by the {@link OutboxRelay} after commit. The topic and CloudEvents type come from the
 * topic catalogue, so a service cannot publish an event type the contracts do not know. A stelseldienst with a topic
 * per recipient stores the event once per recipient the catalogue finds in it (decision 0018).
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Pseudoniem pseudoniem;
    private final URI source;
    private final OutboxRelay relay;
    private final Leveringstermijn leveringstermijn;
    private final TraceDoorgifte tracing;
    private final Uitgaand uitgaand;

    /**
     * Below Kafka's default {@code max.request.size} (1 MiB) with room for the CloudEvents headers: a larger event
     * could never be sent (issue 11 item 13).
     */
    public static final int STANDAARD_MAX_PAYLOAD = 900 * 1024;

    private final int maxPayload;
    private final List<OutboxWaarnemer> waarnemers;

    public Outbox(JdbcClient jdbc, Clock clock, Pseudoniem pseudoniem, URI source, OutboxRelay relay,
            Leveringstermijn leveringstermijn, TraceDoorgifte tracing, Uitgaand uitgaand) {
        this(jdbc, clock, pseudoniem, source, relay, leveringstermijn, tracing, uitgaand, STANDAARD_MAX_PAYLOAD);
    }

    /** @param maxPayload the largest Avro payload, in bytes, that is accepted for publication */
    public Outbox(JdbcClient jdbc, Clock clock, Pseudoniem pseudoniem, URI source, OutboxRelay relay,
            Leveringstermijn leveringstermijn, TraceDoorgifte tracing, Uitgaand uitgaand, int maxPayload) {
        this(jdbc, clock, pseudoniem, source, relay, leveringstermijn, tracing, uitgaand, maxPayload, List.of());
    }

    /**
     * @param maxPayload the largest Avro payload, in bytes, that is accepted for publication
     * @param waarnemers called for every stored row, in the caller's transaction (decision 0030)
     */
    public Outbox(JdbcClient jdbc, Clock clock, Pseudoniem pseudoniem, URI source, OutboxRelay relay,
            Leveringstermijn leveringstermijn, TraceDoorgifte tracing, Uitgaand uitgaand, int maxPayload,
            List<OutboxWaarnemer> waarnemers) {
        this.maxPayload = maxPayload;
        this.waarnemers = List.copyOf(waarnemers);
        this.uitgaand = uitgaand;
        this.leveringstermijn = leveringstermijn;
        this.tracing = tracing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.pseudoniem = pseudoniem;
        this.source = source;
        this.relay = relay;
    }

    /**
     * Stores {@code event} about the person with {@code bsn} for publication; the fact arose now. The event is a
     * domain event with an {@link UitgaandeVertaling} (or, in platform tests, a contract event itself).
     *
     * @return the CloudEvents id of the stored event
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publiceer(String bsn, Object event) {
        return publiceer(bsn, event, clock.instant());
    }

    /**
     * Stores {@code event} for publication, with the delivery deadline counted from a day rather than a moment: the
     * triggering fact is dated (a dagtekening, the day of a toets), and the day is the chain's calendar day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publiceer(String bsn, Object event, LocalDate signaaldag) {
        return publiceer(bsn, event, signaaldag.atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * Stores {@code event} for publication, with the delivery deadline of its stelseldienst counted
     * from {@code signaal}, the moment the triggering signal arrived.
     *
     * @throws IllegalArgumentException when the encoded event is larger than the configured maximum (the caller's
     *                                  transaction then rolls back: nothing is stored that could never be sent)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publiceer(String bsn, Object domeinevent, Instant signaal) {
        return opslaan(bsn, pseudoniem.van(bsn), uitgaand.naarContract(domeinevent), signaal);
    }

    /**
     * Stores a contract event about no person (counts, figures: decision 0042) for publication, with {@code sleutel}
     * as its Kafka key (e.g. the producing partner); the observers of persons' events are not told.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publiceerZonderPersoon(String sleutel, SpecificRecord event) {
        return opslaan(null, sleutel, event, clock.instant());
    }

    private UUID opslaan(String bsn, String sleutel, SpecificRecord event, Instant signaal) {
        Topic topic = uitgaand.topicVan(event.getClass());
        EventType type = topic.eventType(event.getClass());
        UUID id = UUID.randomUUID();
        byte[] payload = AvroCodec.encode(event);
        if (payload.length > maxPayload) {
            throw new IllegalArgumentException(type.type() + " is " + payload.length + " bytes, meer dan de "
                    + maxPayload + " die een event mag zijn: het kan nooit verstuurd worden");
        }
        // a stelseldienst per recipient: one row per recipient's topic, with the same CloudEvents id (one fact)
        Instant tijd = clock.instant();
        // one row per recipient's topic in one multi-row INSERT: one round trip however many recipients (issue 17)
        List<String> naarTopics = List.copyOf(topic.topicsVoor(event));
        if (!naarTopics.isEmpty()) {
            StringBuilder rijen = new StringBuilder();
            for (int i = 0; i < naarTopics.size(); i++) {
                rijen.append(i == 0 ? "" : ",\n").append("(:id, :topic").append(i)
                        .append(", :sleutel, :type, :source, :tijd, :dataschema, :payload, :uiterlijk, :traceparent)");
            }
            var insert = jdbc.sql("""
                    insert into outbox_event (id, topic, partitiesleutel, type, source, tijd, dataschema, payload, uiterlijk_op,
                                              traceparent)
                    values\s""" + rijen)
                    .param("id", id)
                    .param("sleutel", sleutel)
                    .param("type", type.type())
                    .param("source", source.toString())
                    .param("tijd", Timestamp.from(tijd))
                    .param("dataschema", Dataschema.van(event.getSchema()).toString())
                    .param("payload", payload)
                    .param("uiterlijk", leveringstermijn.uiterlijk(topic.leveringsafspraak(), signaal)
                            .map(Timestamp::from).orElse(null))
                    .param("traceparent", tracing.huidigeTraceparent());
            for (int i = 0; i < naarTopics.size(); i++) {
                insert = insert.param("topic" + i, naarTopics.get(i));
            }
            insert.update();
        }
        for (String naar : naarTopics) {
            for (OutboxWaarnemer waarnemer : bsn == null ? List.<OutboxWaarnemer>of() : waarnemers) {
                waarnemer.opgeslagen(new OutboxWaarnemer.Opgeslagen(id, bsn, event, topic, naar, topic.afnemerVan(naar),
                        tijd));
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wekken();
            }
        });
        return id;
    }
}
