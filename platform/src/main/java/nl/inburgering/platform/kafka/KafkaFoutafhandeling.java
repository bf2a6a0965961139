package nl.inburgering.platform.kafka;

import java.time.DateTimeException;
import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.validation.ValidationException;
import nl.inburgering.platform.deadletter.DeadLetterHeaders;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.observatie.KetenMetrieken;
import nl.inburgering.platform.web.OngeldigeInvoerException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How a listener failure is handled. Only a failure that is the message's own and would fail the same way on every
 * retry is dead-lettered: an unreadable envelope, an unknown or incompatible schema, a source that is not the topic's
 * producer ({@link InvalidEventException}), a value that breaks a validation rule ({@link ValidationException},
 * {@link IllegalArgumentException}, {@link DateTimeException}), and Spring Kafka's own conversion failures. The
 * original bytes and headers then go to {@code <topic>-dlt} with a reason without personal data
 * ({@link DeadLetterHeaders}), and the partition flows on. Everything else (an outage of our own database however it
 * surfaces: a lost connection, a read-only failover
 * {@code 25006}, a Hibernate JDBC exception, a lock timeout) is retried with back-off for as long as it lasts and the
 * record is never dead-lettered (issue 11, item 18; decision 0011).
 */
public final class KafkaFoutafhandeling {

    private static final Logger log = LoggerFactory.getLogger(KafkaFoutafhandeling.class);

    /** The failures that are the message's own: the same record fails the same way on every retry. */
    static final List<Class<? extends Exception>> DETERMINISTISCH = List.of(InvalidEventException.class,
            ValidationException.class, IllegalArgumentException.class, DateTimeException.class,
            OngeldigeInvoerException.class, NullPointerException.class);

    private KafkaFoutafhandeling() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, KetenMetrieken metrieken) {
        return errorHandler(kafka, metrieken, record -> {
        });
    }

    /**
     * @param bijDeadLetter told of every dead-lettered record (its deadline then counts as open until the event is
     *                      applied, decision 0042)
     */
    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, KetenMetrieken metrieken,
            java.util.function.Consumer<org.apache.kafka.clients.consumer.ConsumerRecord<?, ?>> bijDeadLetter) {
        DeadLetterPublishingRecoverer naarDlt = new DeadLetterPublishingRecoverer(kafka,
                (record, fout) -> new TopicPartition(record.topic() + "-dlt", -1));
        // A reason code, field paths and our own masked explanation; no foreign message, no value (decision 0013).
        naarDlt.setExceptionHeadersCreator(new DeadLetterHeaders());
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, fout) -> {
            log.warn("Bericht {}-{}@{} naar {}-dlt: {}", record.topic(), record.partition(), record.offset(),
                    record.topic(), DeadLetterHeaders.van(fout).tekst());
            naarDlt.accept(record, fout);
            metrieken.naarDlt(record.topic());
            bijDeadLetter.accept(record);
        }, backOff);
        handler.addNotRetryableExceptions(DETERMINISTISCH.toArray(Class[]::new));
        return handler;
    }
}
