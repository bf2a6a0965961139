package nl.inburgering.platform.kafka;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

import nl.inburgering.platform.observatie.KetenMetrieken;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How a listener failure is handled. An outage of our own database is not the message's fault: it is
 * retried with back-off for as long as it lasts and the record is never dead-lettered. Anything else
 * (an unreadable envelope, an incompatible schema, a value that breaks a rule) cannot succeed on a
 * retry: the original bytes and headers go to {@code <topic>-dlt} with the exception as the reason,
 * and the partition flows on.
 */
public final class KafkaFoutafhandeling {

    private static final Logger log = LoggerFactory.getLogger(KafkaFoutafhandeling.class);

    private KafkaFoutafhandeling() {
    }

    private static String reden(Throwable fout) {
        Throwable oorzaak = fout;
        while (oorzaak.getCause() != null && oorzaak.getCause() != oorzaak) {
            oorzaak = oorzaak.getCause();
        }
        return oorzaak.getClass().getSimpleName() + ": " + oorzaak.getMessage();
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, KetenMetrieken metrieken) {
        DeadLetterPublishingRecoverer naarDlt = new DeadLetterPublishingRecoverer(kafka,
                (record, fout) -> new TopicPartition(record.topic() + "-dlt", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, fout) -> {
            log.warn("Bericht {}-{}@{} naar {}-dlt: {}", record.topic(), record.partition(), record.offset(),
                    record.topic(), reden(fout));
            naarDlt.accept(record, fout);
            metrieken.naarDlt(record.topic());
        }, backOff);
        handler.defaultFalse();
        handler.addRetryableExceptions(TransientDataAccessException.class,
                DataAccessResourceFailureException.class, CannotCreateTransactionException.class);
        return handler;
    }
}
