package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import tools.jackson.databind.JsonNode;

/**
 * Dead letters in the running chain (issue 11, items 8 and 17): a BRP inschrijving from a system that is not the
 * gemeente's is refused by both its readers, IND and COA; each one's operator sees his own letter with its reason,
 * without the BSN, in the one dead-letter topic they share.
 */
class DeadLettersE2ETest {

    private static final String TOPIC = TopicCatalogue.BRP_INSCHRIJVINGEN.name();

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests().services(KetenService.IND, KetenService.COA));
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    @Test
    void een_inschrijving_van_een_vreemd_systeem_staat_bij_ind_en_coa_elk_een_keer_in_de_lijst_van_de_beheerder() {
        String bsn = TestBsn.nieuw();
        String eventId = UUID.randomUUID().toString();
        var inschrijving = IngezeteneIngeschreven.newBuilder().setBsn(bsn).setGemeentecode("0363")
                .setDatumInschrijving(java.time.LocalDate.now().minusDays(1))
                .setGeboortedatum(java.time.LocalDate.of(1990, 1, 1)).build();
        var event = CloudEventBuilder.v1().withId(eventId)
                // IND's system, but brp.inschrijvingen.v1 is the gemeenten's
                .withSource(URI.create("urn:nld:oin:00000001809939766000:systeem:ind-service"))
                .withType(TopicCatalogue.eventTypeOf(IngezeteneIngeschreven.class).type())
                .withTime(OffsetDateTime.now()).withDataContentType("application/avro")
                .withData(AvroCodec.encode(inschrijving)).build();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                lokaal.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(KafkaMessageFactory.<String>createWriter(TOPIC, "sleutel-" + eventId).writeBinary(event));
        }

        TestPartner.wachtOp(lokaal.bootstrapServers(), TOPIC + "-dlt", r -> eventId.equals(header(r, "ce_id")), 2);

        for (KetenService dienst : new KetenService[] { KetenService.IND, KetenService.COA }) {
            Keten.Antwoord antwoord = await().atMost(Duration.ofSeconds(30)).until(
                    () -> keten.vraag("GET", dienst, "beheerder", "/beheer/dead-letters?topic=" + TOPIC
                            + "&paginaGrootte=100", null),
                    a -> a.status() == 200 && letters(a.body(), eventId) == 1);
            assertThat(antwoord.body().toString()).as(dienst.naam()).doesNotContain(bsn);
            JsonNode letter = letter(antwoord.body(), eventId);
            assertThat(letter.get("reden").get("code").asString()).isEqualTo("ONBEKENDE_BRON");
            assertThat(letter.get("reden").get("toelichting").asString()).contains("is geen systeem van GEMEENTE");
            assertThat(letter.get("origineel").get("topic").asString()).isEqualTo(TOPIC);
        }
        assertThat(keten.vraag("GET", KetenService.IND, "monitoring", "/beheer/dead-letters", null).status())
                .isEqualTo(403);
    }

    private static long letters(JsonNode lijst, String eventId) {
        long aantal = 0;
        for (JsonNode letter : lijst.get("deadLetters")) {
            if (eventId.equals(letter.get("eventId").asString())) {
                aantal++;
            }
        }
        return aantal;
    }

    private static JsonNode letter(JsonNode lijst, String eventId) {
        for (JsonNode letter : lijst.get("deadLetters")) {
            if (eventId.equals(letter.get("eventId").asString())) {
                return letter;
            }
        }
        throw new AssertionError("geen dead letter met event " + eventId);
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record, String naam) {
        var header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
