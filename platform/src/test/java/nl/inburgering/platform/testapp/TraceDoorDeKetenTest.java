package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.logboek.Verwerkingsrecord;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/** Architecture §9: one trace from a REST call through the outbox and Kafka into the consumer's handler. */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=platform-test")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
// Spring Boot switches trace export off in tests, and with it W3C propagation; this keeps it on.
@AutoConfigureTracing
class TraceDoorDeKetenTest {

    private static final String TOPIC = "ind.verblijfsdoelen.v1";
    private static final String GEMEENTE_OIN = "00000001001234567000";
    private static final String EIGEN_OIN = "00000001003214345000";

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudoniem pseudoniem;
    @Autowired
    Logboekinzage inzage;

    @Autowired
    nl.inburgering.platform.inbox.EventInbox inbox;
    @Autowired
    nl.inburgering.platform.tracing.TraceDoorgifte tracing;

    @Test
    void elk_bericht_van_een_poll_zet_in_de_handler_het_spoor_van_zijn_eigen_producent_voort() {
        String spoorA = hex(16);
        String spoorB = hex(16);
        var a = BatchVerwerkingTest.alsOntvangen(java.util.UUID.randomUUID().toString(),
                "00-" + spoorA + "-" + hex(8) + "-01");
        var b = BatchVerwerkingTest.alsOntvangen(java.util.UUID.randomUUID().toString(),
                "00-" + spoorB + "-" + hex(8) + "-01");
        List<String> sporen = new java.util.ArrayList<>();

        inbox.verwerkEenmalig(List.of(a, b), inbox.ontvanger().bij(
                nl.inburgering.contracts.event.InburgeringsplichtGewijzigd.class,
                e -> sporen.add(tracing.huidigeTraceparent().split("-")[1])));

        assertThat(sporen).as("twee records in een transactie, elk in zijn eigen spoor").containsExactly(spoorA, spoorB);
    }

    @Test
    void een_trace_die_met_een_http_verzoek_begint_komt_met_hetzelfde_trace_id_aan_in_de_handler_van_de_consument() {
        String bsn = TestBsn.nieuw();
        String traceId = hex(16);
        String ouderSpanId = hex(8);

        HttpStatusCode status = RestClient.create("http://localhost:" + poort).post().uri("/test/verblijfsdoelen")
                .header("traceparent", "00-" + traceId + "-" + ouderSpanId + "-01")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.voor("platform-test").rol(Rol.PARTNERSYSTEEM)
                        .gemeente("0363", GEMEENTE_OIN).bearer())
                .contentType(MediaType.APPLICATION_JSON).body("{\"bsn\":\"" + bsn + "\"}")
                .retrieve().toBodilessEntity().getStatusCode();

        assertThat(status.value()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !traceIdsInDeHandler(bsn).isEmpty());
        assertThat(traceIdsInDeHandler(bsn)).containsExactly(traceId);

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> pseudoniem.van(bsn).equals(r.key()));
        assertThat(header(record, "traceparent")).as("de producer-span van de relay")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(header(record, "ce_traceparent")).as("waar het feit ontstond: de span van het HTTP-verzoek")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .isNotEqualTo(header(record, "traceparent"));

        await().atMost(Duration.ofSeconds(30)).until(() -> inzage.voorTrace(traceId).size() == 2);
        List<Verwerkingsrecord> verwerkingen = inzage.voorTrace(traceId);
        assertThat(verwerkingen).extracting(Verwerkingsrecord::verwerkingsactiviteitId, Verwerkingsrecord::organisatieOin,
                Verwerkingsrecord::betrokkene).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Verblijfsdoelmelding.MELDEN.id(), GEMEENTE_OIN,
                                pseudoniem.van(bsn)),
                        org.assertj.core.groups.Tuple.tuple(Verblijfsdoelmelding.VERWERKEN.id(), EIGEN_OIN,
                                pseudoniem.van(bsn)));
        assertThat(verwerkingen).filteredOn(v -> v.verwerkingsactiviteitId().equals(Verblijfsdoelmelding.MELDEN.id()))
                .singleElement().satisfies(v -> {
                    assertThat(header(record, "ce_traceparent")).as("de outbox bewaarde de span van de verwerking")
                            .isEqualTo("00-" + traceId + "-" + v.spanId() + "-01");
                    assertThat(v.gemeentecode()).isEqualTo("0363");
                });
        assertThat(verwerkingen).filteredOn(v -> v.verwerkingsactiviteitId().equals(Verblijfsdoelmelding.VERWERKEN.id()))
                .singleElement().satisfies(v -> assertThat(header(record, "traceparent"))
                        .as("de listener-span is een kind van de producer-span van de relay")
                        .isEqualTo("00-" + traceId + "-" + v.parentSpanId() + "-01"));
    }

    @Test
    void een_trace_die_niet_bemonsterd_wordt_draagt_haar_trace_id_toch_via_de_outbox_naar_kafka_en_het_logboek() {
        // productie samples a tenth of the traces (platform-defaults-productie.yml, decision 0045); the caller here
        // decided "not sampled" (flags 00), as Brave does for nine in ten new traces there
        String bsn = TestBsn.nieuw();
        String traceId = hex(16);

        HttpStatusCode status = RestClient.create("http://localhost:" + poort).post().uri("/test/verblijfsdoelen")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-00")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.voor("platform-test").rol(Rol.PARTNERSYSTEEM)
                        .gemeente("0363", GEMEENTE_OIN).bearer())
                .contentType(MediaType.APPLICATION_JSON).body("{\"bsn\":\"" + bsn + "\"}")
                .retrieve().toBodilessEntity().getStatusCode();

        assertThat(status.value()).isEqualTo(202);
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> pseudoniem.van(bsn).equals(r.key()));
        assertThat(header(record, "ce_traceparent")).as("het trace-id reist mee, niet bemonsterd")
                .matches("00-" + traceId + "-[0-9a-f]{16}-00");
        assertThat(header(record, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-00");
        await().atMost(Duration.ofSeconds(30)).until(() -> !traceIdsInDeHandler(bsn).isEmpty());
        assertThat(traceIdsInDeHandler(bsn)).containsExactly(traceId);
        await().atMost(Duration.ofSeconds(30)).until(() -> inzage.voorTrace(traceId).size() == 2);
        assertThat(inzage.voorTrace(traceId)).extracting(Verwerkingsrecord::betrokkene)
                .containsOnly(pseudoniem.van(bsn));
    }

    private List<String> traceIdsInDeHandler(String bsn) {
        return jdbc.sql("select trace_id from ontvangen_trace where pseudoniem = ?").param(pseudoniem.van(bsn))
                .query(String.class).list();
    }

    private static String header(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String hex(int bytes) {
        byte[] waarde = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(waarde);
        waarde[0] |= 1; // never all zeros, which W3C forbids
        return HexFormat.of().formatHex(waarde);
    }
}
