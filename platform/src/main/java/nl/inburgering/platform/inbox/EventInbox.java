package nl.inburgering.platform.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken;
import nl.inburgering.platform.observatie.KetenMetrieken;
import nl.inburgering.platform.tracing.TraceDoorgifte;
import nl.inburgering.platform.transactie.Transactiesjablonen;

/**
 * Receives CloudEvents from Kafka exactly once per effect: the event's {@code (source, id)} is stored in
 * the same transaction as the handler's changes, and an event already stored is skipped. An envelope or
 * payload that cannot be read raises {@link InvalidEventException}, which dead-letters the record. The inbox row keeps
 * the event's delivery deadline (CloudEvents extension {@code uiterlijkop}, decision 0042) next to the moment it was
 * applied, so the delivery agreements per stelseldienst can be judged ({@link Leveringsafspraken}).
 *
 * <p>Listeners are batch listeners (decision 0043): the records of one poll are applied in one database transaction,
 * ordered by key and per key in offset order ({@link #inSleutelvolgorde}), and the container commits their
 * offsets once, after that transaction. When any record of the poll fails, the whole transaction rolls back and the
 * records are applied again one transaction each: the ones before the failing record commit, and the failing one is
 * reported to the error handler by its index ({@link BatchListenerFailedException}), which commits the offsets before
 * it and retries or dead-letters it exactly as a record listener would. A crash at any moment leaves either the
 * whole poll applied with its inbox rows (a redelivery is skipped) or none of it.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);
    private static final String TRACEPARENT = "traceparent";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final KetenMetrieken metrieken;
    private final Bronnen bronnen;
    private final TraceDoorgifte tracing;
    private final Runnable naEenBerichtVanEenPoll;
    /** Per topic read: the transactions of a poll and of a record applied alone, named (decision 0052). */
    private final ConcurrentHashMap<String, Sjablonen> perTopic = new ConcurrentHashMap<>();

    private record Sjablonen(TransactionTemplate poll, TransactionTemplate bericht) {
    }

    public EventInbox(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, KetenMetrieken metrieken) {
        this(jdbc, transaction, clock, metrieken, Bronnen.standaard(), TraceDoorgifte.GEEN, () -> {
        });
    }

    /**
     * @param naEenBerichtVanEenPoll run after each record of a poll, inside the poll's transaction: with JPA, flush
     *                               and clear the persistence context, so that a record's queries do not dirty-check
     *                               every entity the records before it loaded (a poll would cost quadratic time)
     */
    public EventInbox(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, KetenMetrieken metrieken,
            Bronnen bronnen, TraceDoorgifte tracing, Runnable naEenBerichtVanEenPoll) {
        this.naEenBerichtVanEenPoll = naEenBerichtVanEenPoll;
        this.bronnen = bronnen;
        this.metrieken = metrieken;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** Starts a dispatch table for a topic that carries one or more event types. */
    public Ontvanger ontvanger() {
        return new Ontvanger();
    }

    /** Shortcut for a topic with one event type that this consumer handles. */
    public <T extends SpecificRecord> void ontvang(List<ConsumerRecord<String, byte[]>> records, Class<T> schema,
            Consumer<OntvangenEvent<T>> handler) {
        verwerkEenmalig(records, ontvanger().bij(schema, handler));
    }

    /** Maps CloudEvents types to handlers; types it does not know are ignored (tolerant reader). */
    public final class Ontvanger {

        private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

        public <T extends SpecificRecord> Ontvanger bij(Class<T> schema, Consumer<OntvangenEvent<T>> handler) {
            handlers.put(TopicCatalogue.eventTypeOf(schema).type(), new Handler<>(schema, handler));
            return this;
        }

        private Handler<?> handlerVoor(String type) {
            return handlers.get(type);
        }
    }

    private record Handler<T extends SpecificRecord>(Class<T> schema, Consumer<OntvangenEvent<T>> handler) {

        void verwerk(CloudEvent event, String topic) {
            byte[] payload = event.getData() == null ? null : event.getData().toBytes();
            if (payload == null) {
                throw new InvalidEventException("event " + event.getId() + " heeft geen data");
            }
            T data = AvroCodec.decode(payload, schema);
            handler.accept(new OntvangenEvent<>(event.getId(), event.getSource(), event.getType(), event.getTime(),
                    topic, data));
        }
    }

    private static CloudEvent leesEnvelop(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (event.getTime() == null) {
                throw new InvalidEventException("CloudEvent " + event.getId() + " mist het attribuut time");
            }
            return event;
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEventException("geen geldige CloudEvent (binary mode): " + e.getMessage(), e);
        }
    }

    /**
     * Applies the records of one poll, each with its inbox row, in one transaction (see the class comment for what
     * happens when one fails). Call this from a batch listener. An event whose source is not a system of the topic's
     * producer is refused ({@link Bronnen}). An event type this service has no handler for leaves no inbox row, so a
     * handler added later still processes it when the topic is replayed.
     */
    public void verwerkEenmalig(List<ConsumerRecord<String, byte[]>> records, Ontvanger ontvanger) {
        if (records.isEmpty()) {
            return;
        }
        if (records.size() > 1) {
            try {
                // named after the first record's topic: a listener of several topics counts a mixed poll under one
                sjablonen(records.get(0).topic()).poll().executeWithoutResult(status -> inSleutelvolgorde(records)
                        .forEach(record -> {
                            pasToe(record, ontvanger);
                            naEenBerichtVanEenPoll.run();
                        }));
                records.forEach(record -> metrieken.verwerkt(record.topic()));
                return;
            } catch (RuntimeException fout) {
                // which record failed is only known one at a time; the rolled-back ones before it apply again
                log.info("Een bericht van een batch van {} mislukte ({}); de batch wordt per bericht verwerkt",
                        records.size(), fout.getClass().getSimpleName());
            }
        }
        // a poll of one record: this is the poll's transaction; of more: its records applied alone after it failed
        boolean eenPoll = records.size() == 1;
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            Sjablonen sjablonen = sjablonen(record.topic());
            try {
                (eenPoll ? sjablonen.poll() : sjablonen.bericht())
                        .executeWithoutResult(status -> pasToe(record, ontvanger));
            } catch (RuntimeException fout) {
                throw new BatchListenerFailedException(record.topic() + "-" + record.partition() + "@"
                        + record.offset() + " mislukte", fout, i);
            }
            metrieken.verwerkt(record.topic());
        }
    }

    /**
     * The poll's records ordered by their key, each key's records still in the poll's (offset) order: a stable sort.
     * The key is the person's pseudonym, from which the person's lock is taken ({@code Persoonsvergrendeling}), so
     * every poll takes its persons' locks in one order: two polls of different listeners about the same persons can
     * no longer deadlock, which rolled back 51 of the gemeente's polls in a 400-person benchmark run (each then
     * applied again record by record). Only the order of records about different persons changes, and the chain
     * promises order per person, not across persons.
     */
    static List<ConsumerRecord<String, byte[]>> inSleutelvolgorde(List<ConsumerRecord<String, byte[]>> records) {
        List<ConsumerRecord<String, byte[]>> opVolgorde = new ArrayList<>(records);
        opVolgorde.sort(Comparator.comparing(ConsumerRecord::key, Comparator.nullsFirst(Comparator.naturalOrder())));
        return opVolgorde;
    }

    /**
     * The named templates of a topic. A topic per recipient ({@code ...v1.gemeente.0363}) counts under its
     * stelseldienst, so the sources stay bounded by the catalogue, not by the gemeenten a service serves.
     */
    private Sjablonen sjablonen(String topic) {
        Sjablonen sjablonen = perTopic.get(topic);
        if (sjablonen == null) {
            sjablonen = perTopic.computeIfAbsent(topic, t -> {
                String bron = stelseldienst(t);
                return new Sjablonen(Transactiesjablonen.genaamd(transaction, Transactiesjablonen.INBOX_POLL + bron),
                        Transactiesjablonen.genaamd(transaction, Transactiesjablonen.INBOX_BERICHT + bron));
            });
        }
        return sjablonen;
    }

    private static String stelseldienst(String topic) {
        try {
            return TopicCatalogue.byName(topic).name();
        } catch (IllegalArgumentException geenStelseldienst) {
            return topic;
        }
    }

    /** One record inside the caller's transaction, in a consumer span that continues the record's trace. */
    private void pasToe(ConsumerRecord<String, byte[]> record, Ontvanger ontvanger) {
        CloudEvent envelop = leesEnvelop(record);
        bronnen.controleer(record.topic(), envelop.getSource());
        Handler<?> handler = ontvanger.handlerVoor(envelop.getType());
        if (handler == null) {
            log.debug("Event type {} op {} wordt door deze dienst niet gebruikt", envelop.getType(), record.topic());
            return;
        }
        TraceDoorgifte.Verwerkingsspan span = tracing.consument(traceparent(record), record.topic());
        Throwable fout = null;
        try (TraceDoorgifte.Scope scope = span.inScope()) {
            if (!nieuw(record, envelop)) {
                log.info("Event {} van {} is al verwerkt; overgeslagen", envelop.getId(), envelop.getSource());
                return;
            }
            handler.verwerk(envelop, record.topic());
        } catch (RuntimeException e) {
            fout = e;
            throw e;
        } finally {
            span.einde(fout);
        }
    }

    private boolean nieuw(ConsumerRecord<String, byte[]> record, CloudEvent envelop) {
        return jdbc.sql("""
                insert into inbox_event (source, id, type, topic, ontvangen_op, event_tijd, uiterlijk_op)
                values (:source, :id, :type, :topic, :ontvangen, :eventTijd, :uiterlijk)
                on conflict do nothing
                """)
                .param("source", envelop.getSource().toString())
                .param("id", envelop.getId())
                .param("type", envelop.getType())
                .param("topic", record.topic())
                .param("ontvangen", Timestamp.from(clock.instant()))
                .param("eventTijd", Timestamp.from(envelop.getTime().toInstant()))
                .param("uiterlijk", Leveringsafspraken.uiterlijkOp(envelop.getExtension(Leveringsafspraken.UITERLIJK_OP))
                        .map(Timestamp::from).orElse(null))
                .update() == 1;
    }

    private static String traceparent(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.US_ASCII);
    }
}
