package nl.inburgering.platform.testapp;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.test.Statementteller;

/**
 * A minimal service on the platform, to test the chassis against a real broker and database. Its DataSource counts
 * what a thread sends while a test asks ({@link Statementteller}).
 */
@SpringBootApplication
@Import(Statementteller.Configuratie.class)
public class PlatformTestApplication {

    public static IngezeteneIngeschreven inschrijving(String bsn, String gemeentecode) {
        return IngezeteneIngeschreven.newBuilder().setBsn(bsn).setGemeentecode(gemeentecode)
                .setDatumInschrijving(LocalDate.of(2026, 11, 2)).setGeboortedatum(LocalDate.of(1990, 4, 1)).build();
    }

    @Service
    public static class Inschrijver {

        private final Outbox outbox;

        Inschrijver(Outbox outbox) {
            this.outbox = outbox;
        }

        @Transactional
        public void schrijfIn(String bsn, String gemeentecode) {
            outbox.publiceer(bsn, inschrijving(bsn, gemeentecode));
        }
    }

    @Component
    static class InschrijvingListener {

        /** Simulates an outage of our own database for the next n events with this gemeentecode. */
        static final java.util.concurrent.atomic.AtomicInteger STORINGEN = new java.util.concurrent.atomic.AtomicInteger();
        static final String GESTOORDE_GEMEENTE = "9999";
        /** How the outage surfaces; a lost connection unless a test says otherwise. */
        static final java.util.concurrent.atomic.AtomicReference<java.util.function.Supplier<RuntimeException>> STORING =
                new java.util.concurrent.atomic.AtomicReference<>(() -> new org.springframework.jdbc.CannotGetJdbcConnectionException("database onbereikbaar"));

        /**
         * Gemeentecodes whose inschrijvingen this handler refuses deterministically, as a defect would, with the
         * exception made from the BSN (personal data in its message, issue 11 item 8), until a test takes the code
         * out again: the fix is deployed.
         */
        static final java.util.Map<String, java.util.function.Function<String, RuntimeException>> WEIGEREN =
                new java.util.concurrent.ConcurrentHashMap<>();
        /** A V-nummer in the refusals' messages. */
        static final String V_NUMMER = "3456789012";

        /** A rule violation quoting the BSN and a V-nummer, caused by a PostgreSQL detail with both. */
        static RuntimeException weigeringMetPersoonsgegevens(String bsn) {
            return new IllegalArgumentException("inschrijving van BSN " + bsn + " met V-nummer " + V_NUMMER
                    + " is al bekend", new org.springframework.dao.DuplicateKeyException(
                            "ERROR: duplicate key value violates unique constraint \"ingeschreven_bsn\"\n  Detail: Key (bsn, v_nummer)=("
                                    + bsn + ", " + V_NUMMER + ") already exists."));
        }

        private final EventInbox inbox;
        private final JdbcClient jdbc;

        InschrijvingListener(EventInbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = "brp.inschrijvingen.v1")
        void ontvang(List<ConsumerRecord<String, byte[]>> records) {
            inbox.ontvang(records, IngezeteneIngeschreven.class, event -> {
                if (GESTOORDE_GEMEENTE.equals(event.data().getGemeentecode())
                        && STORINGEN.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw STORING.get().get();
                }
                var weigering = WEIGEREN.get(event.data().getGemeentecode());
                if (weigering != null) {
                    throw weigering.apply(event.data().getBsn());
                }
                jdbc.sql("insert into ontvangen_inschrijving (bsn, gemeentecode) values (?, ?)")
                        .params(Eventvalidatie.bsn(event.data().getBsn(), "Inschrijving"),
                                event.data().getGemeentecode())
                        .update();
            });
        }
    }
}
