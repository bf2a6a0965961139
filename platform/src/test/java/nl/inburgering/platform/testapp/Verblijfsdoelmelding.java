package nl.inburgering.platform.testapp;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.tracing.Tracer;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.inbox.EventInbox;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * A fact moving through the chain for the trace test: a REST call stores a VerblijfsdoelDoorgegeven in
 * the outbox, the relay publishes it, and a listener handles it through the inbox. Both ends record
 * their processing in the Logboek.
 */
public final class Verblijfsdoelmelding {

    public static final Verwerkingsactiviteit MELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/test-verblijfsdoel-melden", "Verblijfsdoel melden (test)");
    public static final Verwerkingsactiviteit VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/test-verblijfsdoel-verwerken",
            "Verblijfsdoel verwerken (test)");

    private Verblijfsdoelmelding() {
    }

    public record Melding(String bsn) {
    }

    @RestController
    @Toegang(Rol.PARTNERSYSTEEM)
    static class Api {

        private final Melder melder;

        Api(Melder melder) {
            this.melder = melder;
        }

        @PostMapping("/test/verblijfsdoelen")
        @ResponseStatus(HttpStatus.ACCEPTED)
        void meld(@RequestBody Melding melding) {
            melder.meld(melding.bsn());
        }
    }

    @Service
    static class Melder {

        private final Outbox outbox;
        private final Logboek logboek;

        Melder(Outbox outbox, Logboek logboek) {
            this.outbox = outbox;
            this.logboek = logboek;
        }

        @Transactional
        public void meld(String bsn) {
            outbox.publiceer(bsn, VerblijfsdoelDoorgegeven.newBuilder().setVNummer("1234567890").setBsn(bsn)
                    .setGeboortedatum(LocalDate.of(1990, 1, 1)).setNationaliteit("SY")
                    .setVerblijfsdoel(Verblijfsdoel.STUDIE).setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 1, 1))
                    .setGemeentecodeInschrijving("0363").setDatumInschrijving(LocalDate.of(2026, 1, 2)).build());
            logboek.leg(MELDEN, bsn);
        }
    }

    @Component
    static class Listener {

        private final EventInbox inbox;
        private final JdbcClient jdbc;
        private final Tracer tracer;
        private final Pseudoniem pseudoniem;
        private final Logboek logboek;

        Listener(EventInbox inbox, JdbcClient jdbc, Tracer tracer, Pseudoniem pseudoniem, Logboek logboek) {
            this.inbox = inbox;
            this.jdbc = jdbc;
            this.tracer = tracer;
            this.pseudoniem = pseudoniem;
            this.logboek = logboek;
        }

        @KafkaListener(topics = "ind.verblijfsdoelen.v1")
        void ontvang(List<ConsumerRecord<String, byte[]>> records) {
            inbox.ontvang(records, VerblijfsdoelDoorgegeven.class, event -> {
                String bsn = event.data().getBsn();
                var span = tracer.currentSpan();
                jdbc.sql("insert into ontvangen_trace (pseudoniem, trace_id) values (?, ?)")
                        .params(pseudoniem.van(bsn), span == null ? "geen span" : span.context().traceId())
                        .update();
                logboek.leg(VERWERKEN, bsn);
            });
        }
    }
}
