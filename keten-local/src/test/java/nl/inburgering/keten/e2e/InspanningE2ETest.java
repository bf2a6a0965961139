package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Dataschema;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import tools.jackson.databind.JsonNode;

/**
 * Seed §15.5 (one source per fact) and §9.2 through IND, DUO, COA and the gemeente on a real broker: an
 * asielstatushouder gekoppeld aan Amsterdam; his instelling reports his inspanning to Amsterdam (the test plays the
 * instelling, whose service is built elsewhere, on the instelling's own topic, with a redelivery); Amsterdam forwards it
 * to DUO once; the klantmanager sees the ongeoorloofd verzuim, gives a waarschuwing and then a boete, which stay at the
 * gemeente.
 */
class InspanningE2ETest {

    private static final String AZC = "0344";
    private static final String AMSTERDAM = "0363";
    private static final String INSTELLING = "12345";
    private static final Duration BINNEN = Duration.ofSeconds(30);
    private static final AtomicLong V_NUMMERS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests());
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    /** A statushouder in the AZC, gekoppeld aan Amsterdam: in Amsterdam's werkvoorraad once DUO's #3 arrived. */
    private static String asielstatushouderInAmsterdam(String bsn) {
        String vNummer = String.valueOf(V_NUMMERS.incrementAndGet());
        String geboren = LocalDate.now().minusYears(29).toString();
        assertThat(keten.brpInschrijving(bsn, AZC, LocalDate.now().minusDays(10).toString(), geboren).status())
                .isEqualTo(201);
        var bewoner = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners",
                keten.json(Map.of("bsn", bsn, "vNummer", vNummer, "azcLocatie", "AZC Utrecht Joegoslaviëstraat")));
        assertThat(bewoner.status()).isEqualTo(201);
        String bewonerId = bewoner.body().get("id").asString();
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "ER", "ASIEL",
                LocalDate.now().minusMonths(1).toString()).status()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId, null).body().path("inburgeringsplicht").isObject());
        assertThat(keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + bewonerId
                + "/koppeling", keten.json(Map.of("gemeentecode", AMSTERDAM))).status()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).size() == 1);
        return keten.zoekBijGemeente(AMSTERDAM, bsn).get(0).get("id").asString();
    }

    /** The instelling reports on Amsterdam's topic; {@code keer} deliveries of one CloudEvent (a redelivery). */
    private static void instellingMeldt(String bsn, InspanningAsielstatushouderGemeld melding, int keer) {
        var cloudEvent = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:instelling-service"))
                .withType(TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER.eventType(melding.getClass()).type())
                .withTime(OffsetDateTime.now()).withDataContentType("application/avro")
                .withDataSchema(Dataschema.van(melding.getSchema())).withData(AvroCodec.encode(melding)).build();
        String topic = TestPartner.gemeentetopic(TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER, AMSTERDAM);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, lokaal.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < keer; i++) {
                producer.send(KafkaMessageFactory.createWriter(topic, "sleutel-" + bsn).writeBinary(cloudEvent));
            }
        }
    }

    private static InspanningAsielstatushouderGemeld stand(String bsn, LocalDate peildatum, int aanwezig, int verzuim) {
        return ContractEvents.inspanningAsielstatushouderGemeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInspanning(ContractEvents.inspanning().setInstellingsnummer(INSTELLING).setPeildatum(peildatum)
                        .setStartdatumOnderwijs(LocalDate.of(2026, 9, 1)).setUrenAangeboden(100)
                        .setUrenAanwezig(aanwezig).setUrenOngeoorloofdVerzuim(verzuim).build())
                .build();
    }

    /** Everything DUO finds of him on the gemeente's #18 topic: every record, so a duplicate would show. */
    private static List<InspanningAsielstatushouderDoorgegeven> bijDuo(String bsn) {
        return TestPartner.alles(lokaal.bootstrapServers(), TopicCatalogue.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER.name(),
                r -> TestPartner.bevat(r, bsn)).stream()
                .map(r -> AvroCodec.decode(r.value(), InspanningAsielstatushouderDoorgegeven.class)).toList();
    }

    private static Keten.Antwoord alsKlantmanager(String methode, String pad, String body) {
        return keten.vraag(methode, KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM), pad, body);
    }

    @Test
    void de_inspanning_van_een_asielstatushouder_bereikt_duo_eenmaal_via_de_gemeente_en_verzuim_leidt_tot_waarschuwing_en_boete() {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouderInAmsterdam(bsn);
        String pad = "/api/v1/inburgeraars/" + id + "/inspanning";

        // the instelling reports (delivered twice), and later reports the same stand again as a new event
        InspanningAsielstatushouderGemeld melding = stand(bsn, LocalDate.of(2026, 11, 30), 80, 6);
        instellingMeldt(bsn, melding, 2);
        await().atMost(BINNEN).until(() -> bijDuo(bsn).size() == 1);
        instellingMeldt(bsn, melding, 1);
        await().atMost(BINNEN).until(() -> alsKlantmanager("GET", pad, null).body()
                .at("/instellingen/0/actueel/doorgegevenOp").isString());

        List<InspanningAsielstatushouderDoorgegeven> doorgegeven = bijDuo(bsn);
        assertThat(doorgegeven).hasSize(1);
        assertThat(doorgegeven.get(0).getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(doorgegeven.get(0).getInspanning()).isEqualTo(melding.getInspanning());
        // the instelling never reaches DUO for him: DUO's own #18 topic of the instellingen has nothing of him
        assertThat(TestPartner.alles(lokaal.bootstrapServers(),
                TopicCatalogue.INSPANNING_INSTELLING_GEZINSMIGRANT.name(), r -> TestPartner.bevat(r, bsn))).isEmpty();

        // §9.2: the verzuim shows on the werkvoorraad; a boete before a waarschuwing is too early
        JsonNode regel = keten.zoekBijGemeente(AMSTERDAM, bsn).get(0);
        assertThat(regel.get("verzuimSignaal").asString()).isEqualTo("ONGEOORLOOFD_VERZUIM");
        assertThat(regel.get("instelling").asString()).isEqualTo(INSTELLING);
        String verzoek = "{\"instellingsnummer\":\"" + INSTELLING + "\"}";
        var teVroeg = alsKlantmanager("POST", pad + "/boetes", verzoek);
        assertThat(teVroeg.status()).isEqualTo(409);
        assertThat(teVroeg.body().get("detail").asString()).contains("GEEN_BOETE_ZONDER_EERDERE_WAARSCHUWING");

        var waarschuwing = alsKlantmanager("POST", pad + "/waarschuwingen", verzoek);
        assertThat(waarschuwing.status()).as("%s", waarschuwing.body()).isEqualTo(201);
        assertThat(keten.zoekBijGemeente(AMSTERDAM, bsn).get(0).get("verzuimSignaal").asString())
                .isEqualTo("GEWAARSCHUWD");
        var boete = alsKlantmanager("POST", pad + "/boetes",
                "{\"instellingsnummer\":\"" + INSTELLING + "\",\"bedrag\":250.00}");
        assertThat(boete.status()).as("%s", boete.body()).isEqualTo(201);
        assertThat(boete.body().get("handhaving").findValuesAsString("maatregel"))
                .containsExactly("WAARSCHUWING", "BOETE");
        JsonNode afgehandeld = keten.zoekBijGemeente(AMSTERDAM, bsn).get(0).path("verzuimSignaal");
        assertThat(afgehandeld.isNull() || afgehandeld.isMissingNode()).as("%s", afgehandeld).isTrue();

        // the waarschuwing and the boete stay at the gemeente: DUO still has the one forwarded inspanning
        assertThat(bijDuo(bsn)).hasSize(1);
        System.out.println("Inspanning via de gemeente: " + doorgegeven.size() + " levering aan DUO voor 3 afleveringen "
                + "van de instelling (waarvan 1 herlevering met hetzelfde event-id); handhaving "
                + boete.body().get("handhaving").size() + " maatregelen, 0 naar DUO");
    }
}
