package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.inspanning.api.InspanningBijwerken;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Dataschema;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.logboek.Verwerkingsrecord;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed §5.2-§5.4, §9.2 and §15.5 at the gemeente: the instelling reports an asielstatushouder's inspanning (#18) to
 * the gemeente, which forwards it to DUO once; the klantmanager handhaaft on ongeoorloofd verzuim; DUO's
 * examenresultaten (#13) arrive and show. The test plays DUO and the instelling on the real broker.
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class InspanningEnExamensTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final String INSTELLING = "12345";
    private static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/gemeente/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Logboekinzage logboek;
    @Autowired
    InspanningBijwerken inspanningBijwerken;
    @Autowired
    TransactionTemplate transactie;

    // ---- DUO and the instelling

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void publiceer(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, event);
    }

    private static InburgeringsplichtVastgesteld plicht(String bsn, Doelgroepindeling doelgroep) {
        return ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDoelgroep(doelgroep).setBegindatum(LocalDate.of(2026, 6, 1))
                .setDatumVaststelling(LocalDate.of(2026, 6, 2)).setOntvanger(Ontvanger.GEMEENTE).build();
    }

    private static Inspanning.Builder stand(LocalDate peildatum, int aanwezig, int verzuim) {
        return ContractEvents.inspanning().setInstellingsnummer(INSTELLING).setPeildatum(peildatum)
                .setStartdatumOnderwijs(LocalDate.of(2026, 9, 1)).setUrenAangeboden(100).setUrenAanwezig(aanwezig)
                .setUrenOngeoorloofdVerzuim(verzuim);
    }

    private static InspanningAsielstatushouderGemeld gemeld(String bsn, Inspanning inspanning) {
        return ContractEvents.inspanningAsielstatushouderGemeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInspanning(inspanning).build();
    }

    /** The instelling's producer sends one CloudEvent twice (a redelivery: the same id). */
    private static void tweemaalAfgeleverd(String bsn, InspanningAsielstatushouderGemeld event) {
        var cloudEvent = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:instelling-service"))
                .withType(TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER.eventType(event.getClass()).type()).withTime(OffsetDateTime.now())
                .withDataContentType("application/avro").withDataSchema(Dataschema.van(event.getSchema()))
                .withData(AvroCodec.encode(event)).build();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()), new StringSerializer(),
                new ByteArraySerializer())) {
            String topic = TestPartner.gemeentetopic(TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER, AMSTERDAM);
            producer.send(KafkaMessageFactory.createWriter(topic, "sleutel-" + bsn).writeBinary(cloudEvent));
            producer.send(KafkaMessageFactory.createWriter(topic, "sleutel-" + bsn).writeBinary(cloudEvent));
        }
    }

    /** What DUO finds of this person on the gemeente's #18 topic, every record (a duplicate would show). */
    private static List<InspanningAsielstatushouderDoorgegeven> bijDuo(String bsn) {
        return TestPartner.alles(kafka(), TopicCatalogue.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER.name(),
                r -> TestPartner.bevat(r, bsn)).stream()
                .map(r -> AvroCodec.decode(r.value(), InspanningAsielstatushouderDoorgegeven.class)).toList();
    }

    private static List<InspanningAsielstatushouderDoorgegeven> wachtBijDuo(String bsn, int aantal) {
        return TestPartner.wachtOp(kafka(), TopicCatalogue.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER.name(),
                r -> TestPartner.bevat(r, bsn), aantal).stream()
                .map(r -> AvroCodec.decode(r.value(), InspanningAsielstatushouderDoorgegeven.class)).toList();
    }

    // ---- the gemeente

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    private String inburgeraar(String bsn, Doelgroepindeling doelgroep) throws Exception {
        publiceer(bsn, plicht(bsn, doelgroep));
        return await().atMost(Duration.ofSeconds(30)).until(() -> werkvoorraadregel(bsn).at("/id").asString(null),
                id -> id != null);
    }

    private JsonNode werkvoorraadregel(String bsn) throws Exception {
        return lees(mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager(AMSTERDAM))
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"))).at("/inburgeraars/0");
    }

    private ResultActions inspanning(String gemeentecode, String id) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/inspanning")
                .header("Authorization", klantmanager(gemeentecode)));
    }

    private ResultActions schrijf(String gemeentecode, String id, String pad, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/inspanning/" + pad)
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long verwerkingen(String bsn, String activiteit) {
        return logboek.voorBetrokkene(bsn).stream().collect(Collectors.groupingBy(
                Verwerkingsrecord::verwerkingsactiviteitId, Collectors.counting()))
                .getOrDefault(ACTIVITEIT + activiteit, 0L);
    }

    private void wachtOpVerwerking(String bsn, String activiteit, long aantal) {
        await().atMost(Duration.ofSeconds(30)).until(() -> verwerkingen(bsn, activiteit) >= aantal);
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    // ---- #18: one source per fact

    @Test
    void de_inspanning_van_een_asielstatushouder_gaat_via_de_gemeente_eenmaal_naar_duo_ook_als_de_instelling_haar_herhaalt()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        InspanningAsielstatushouderGemeld melding = gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 0).build());

        tweemaalAfgeleverd(bsn, melding);
        publiceer(bsn, melding); // the same stand again, as a new event
        wachtOpVerwerking(bsn, "inspanning-ontvangen", 2);

        List<InspanningAsielstatushouderDoorgegeven> doorgegeven = wachtBijDuo(bsn, 1);
        assertThat(doorgegeven.get(0).getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(doorgegeven.get(0).getInspanning()).isEqualTo(melding.getInspanning());
        assertThat(bijDuo(bsn)).hasSize(1);
        inspanning(AMSTERDAM, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.instellingen", Matchers.hasSize(1)))
                .andExpect(jsonPath("$.instellingen[0].instellingsnummer").value(INSTELLING))
                .andExpect(jsonPath("$.instellingen[0].aantalStanden").value(1))
                .andExpect(jsonPath("$.instellingen[0].actueel.stand.urenAanwezig").value(90))
                .andExpect(jsonPath("$.instellingen[0].actueel.doorgegevenOp").isNotEmpty())
                .andExpect(jsonPath("$.verzuimSignaal").isEmpty());
        assertThat(werkvoorraadregel(bsn).at("/instelling").asString()).isEqualTo(INSTELLING);
    }

    @Test
    void een_nieuwere_stand_gaat_door_en_een_oudere_die_laat_binnenkomt_zet_duo_niet_terug() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);

        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 12, 31), 95, 0).build()));
        wachtBijDuo(bsn, 1);
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));
        wachtOpVerwerking(bsn, "inspanning-ontvangen", 2);

        assertThat(bijDuo(bsn)).extracting(d -> d.getInspanning().getPeildatum())
                .containsExactly(LocalDate.of(2026, 12, 31));
        inspanning(AMSTERDAM, id).andExpect(jsonPath("$.instellingen[0].aantalStanden").value(2))
                .andExpect(jsonPath("$.instellingen[0].actueel.stand.peildatum").value("2026-12-31"));
    }

    @Test
    void een_inspanning_voor_wie_geen_inburgeraar_of_geen_asielstatushouder_van_de_gemeente_is_gaat_met_reden_naar_de_dlt()
            throws Exception {
        String onbekend = TestBsn.nieuw();
        publiceer(onbekend, gemeld(onbekend, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));
        String gezinsmigrant = TestBsn.nieuw();
        inburgeraar(gezinsmigrant, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
        publiceer(gezinsmigrant, gemeld(gezinsmigrant, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
                r -> TestPartner.bevat(r, onbekend)))).contains("geen inburgeraar van deze gemeente")
                .doesNotContain(onbekend);
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
                r -> TestPartner.bevat(r, gezinsmigrant)))).contains("geen asielstatushouder");
        assertThat(bijDuo(onbekend)).isEmpty();
        assertThat(bijDuo(gezinsmigrant)).isEmpty();
        assertThat(verwerkingen(onbekend, "inspanning-ontvangen")).isZero();
    }

    @Test
    void een_inspanning_die_voor_de_plicht_kwam_gaat_na_de_plicht_door_een_herverwerking_van_de_beheerder_eenmaal_naar_duo()
            throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));
        ConsumerRecord<String, byte[]> deadLetter = TestPartner.wachtOpDodeLetter(kafka(),
                TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER, r -> TestPartner.bevat(r, bsn));
        inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);

        String beheerder = TestTokens.voor("gemeente-service").rol(Rol.BEHEERDER).bearer();
        mvc.perform(post("/beheer/dead-letters/{topic}/{partitie}/{offset}/_herverwerk", deadLetter.topic(),
                deadLetter.partition(), deadLetter.offset()).header("Authorization", beheerder))
                .andExpect(status().isAccepted());

        assertThat(wachtBijDuo(bsn, 1).get(0).getInspanning().getPeildatum()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(bijDuo(bsn)).hasSize(1);
    }

    @Test
    void een_ongeldige_inspanning_gaat_met_de_regel_als_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 20).build()));

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
                r -> TestPartner.bevat(r, bsn)))).contains("dan aangeboden");
    }

    @Test
    void de_klantmanager_werkt_de_inspanning_bij_duo_bij_voor_een_routewijziging_met_de_laatst_bekende_stand()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        schrijf(AMSTERDAM, id, "_bijwerken", "{\"aanleiding\":\"WIJZIGING_LEERROUTE\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 12, 31), 95, 0).build()));
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));
        wachtOpVerwerking(bsn, "inspanning-ontvangen", 2);

        schrijf(AMSTERDAM, id, "_bijwerken", "{\"aanleiding\":\"LANGS_DE_WEG\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("aanleiding"));
        schrijf(ROTTERDAM, id, "_bijwerken", "{\"aanleiding\":\"WIJZIGING_LEERROUTE\"}")
                .andExpect(status().isNotFound());
        schrijf(AMSTERDAM, id, "_bijwerken", "{\"aanleiding\":\"WIJZIGING_LEERROUTE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.instellingen[0].actueel.stand.peildatum").value("2026-12-31"));

        List<InspanningAsielstatushouderDoorgegeven> doorgegeven = wachtBijDuo(bsn, 2);
        assertThat(doorgegeven.get(1).getInspanning().getPeildatum()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(doorgegeven.get(1).getInspanning().getActualisatiemoment())
                .isEqualTo(Actualisatiemoment.WIJZIGING_LEERROUTE);
    }

    @Test
    void een_routewijziging_werkt_de_inspanning_bij_via_de_gepubliceerde_api() throws Exception {
        String bsn = TestBsn.nieuw();
        inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));
        wachtBijDuo(bsn, 1);

        Integer aantal = transactie.execute(t -> inspanningBijwerken.bijwerken(Bsn.of(bsn), AMSTERDAM,
                InspanningBijwerken.Aanleiding.WIJZIGING_DOELGROEP));

        assertThat(aantal.intValue()).isEqualTo(1);
        assertThat(wachtBijDuo(bsn, 2).get(1).getInspanning().getActualisatiemoment())
                .isEqualTo(Actualisatiemoment.WIJZIGING_DOELGROEP);
        Integer zonderInspanning = transactie.execute(t -> inspanningBijwerken.bijwerken(Bsn.of(TestBsn.nieuw()),
                AMSTERDAM, InspanningBijwerken.Aanleiding.WIJZIGING_LEERROUTE));
        assertThat(zonderInspanning.intValue()).isZero();
    }

    // ---- §9.2 handhaving op inspanning

    @Test
    void ongeoorloofd_verzuim_geeft_een_signaal_dan_een_waarschuwing_en_dan_een_boete_die_bij_de_gemeente_blijven()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 80, 6).build()));
        wachtBijDuo(bsn, 1);
        String verzoek = "{\"instellingsnummer\":\"" + INSTELLING + "\"}";

        assertThat(werkvoorraadregel(bsn).at("/verzuimSignaal").asString()).isEqualTo("ONGEOORLOOFD_VERZUIM");
        schrijf(AMSTERDAM, id, "boetes", verzoek).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("GEEN_BOETE_ZONDER_EERDERE_WAARSCHUWING")));

        schrijf(AMSTERDAM, id, "waarschuwingen", "{\"instellingsnummer\":\"" + INSTELLING
                + "\",\"toelichting\":\"Drie lessen gemist\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.handhaving", Matchers.hasSize(1)))
                .andExpect(jsonPath("$.handhaving[0].maatregel").value("WAARSCHUWING"))
                .andExpect(jsonPath("$.handhaving[0].verzuimUren").value(6))
                .andExpect(jsonPath("$.verzuimSignaal").value("GEWAARSCHUWD"))
                .andExpect(jsonPath("$.instellingen[0].boeteToegestaan").value(true))
                .andExpect(jsonPath("$.instellingen[0].waarschuwingToegestaan").value(false));
        schrijf(AMSTERDAM, id, "waarschuwingen", verzoek).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("GEEN_TWEEDE_WAARSCHUWING")));
        assertThat(werkvoorraadregel(bsn).at("/verzuimSignaal").asString()).isEqualTo("GEWAARSCHUWD");

        schrijf(AMSTERDAM, id, "boetes", "{\"instellingsnummer\":\"" + INSTELLING + "\",\"bedrag\":900}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("bedrag"));
        schrijf(ROTTERDAM, id, "boetes", verzoek).andExpect(status().isNotFound());
        schrijf(AMSTERDAM, id, "boetes", "{\"instellingsnummer\":\"" + INSTELLING + "\",\"bedrag\":350.00}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handhaving[1].maatregel").value("BOETE"))
                .andExpect(jsonPath("$.handhaving[1].bedrag").value(350.00))
                .andExpect(jsonPath("$.verzuimSignaal").isEmpty());
        schrijf(AMSTERDAM, id, "boetes", verzoek).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("EEN_BOETE_PER_WAARSCHUWING")));

        // nothing of the handhaving leaves the gemeente: the only message about him is the forwarded inspanning
        assertThat(jdbc.sql("select distinct type from outbox_event where position(convert_to(?, 'UTF8') in payload) > 0")
                .param(bsn).query(String.class).list()).containsExactly(TopicCatalogue.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER
                .eventType(InspanningAsielstatushouderDoorgegeven.class).type());

        // new verzuim: first a new waarschuwing
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 12, 31), 85, 10).build()));
        wachtBijDuo(bsn, 2);
        assertThat(werkvoorraadregel(bsn).at("/verzuimSignaal").asString()).isEqualTo("ONGEOORLOOFD_VERZUIM");
        schrijf(AMSTERDAM, id, "boetes", verzoek).andExpect(status().isConflict());
        schrijf(AMSTERDAM, id, "waarschuwingen", verzoek).andExpect(status().isCreated())
                .andExpect(jsonPath("$.handhaving[2].verzuimUren").value(10));
    }

    @Test
    void een_stap_zonder_verzuim_is_een_409_met_de_regel_en_een_verzoek_zonder_instelling_een_400_met_elk_probleem() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, gemeld(bsn, stand(LocalDate.of(2026, 11, 30), 90, 0).build()));
        wachtBijDuo(bsn, 1);

        schrijf(AMSTERDAM, id, "waarschuwingen", "{\"instellingsnummer\":\"" + INSTELLING + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("GEEN_WAARSCHUWING_ZONDER_VERZUIM")));
        schrijf(AMSTERDAM, id, "waarschuwingen", "{\"instellingsnummer\":\"99999\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("GEEN_WAARSCHUWING_ZONDER_VERZUIM")));
        schrijf(AMSTERDAM, id, "boetes", "{\"instellingsnummer\":\"99999\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("GEEN_BOETE_ZONDER_EERDERE_WAARSCHUWING")));
        schrijf(AMSTERDAM, id, "boetes", "{\"instellingsnummer\":\"12a\",\"bedrag\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("instellingsnummer",
                        "bedrag")));
        schrijf(AMSTERDAM, id, "waarschuwingen", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("instellingsnummer"));
    }

    // ---- #13 examenresultaten

    @Test
    void de_examenresultaten_van_duo_staan_bij_de_inburgeraar_en_een_herlevering_verandert_niets() throws Exception {
        String bsn = TestBsn.nieuw();
        // DUO's result may come before its plicht: kept by BSN and gemeente
        publiceer(bsn, ContractEvents.examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(Examenonderdeel.KNM).setUitslag(Examenuitslag.GESLAAGD).build());
        wachtOpVerwerking(bsn, "examenresultaat-ontvangen", 1);
        String id = inburgeraar(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
        publiceer(bsn, ContractEvents.examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(Examenonderdeel.LE).setUitslag(Examenuitslag.GEZAKT).build());
        publiceer(bsn, ContractEvents.examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(Examenonderdeel.KNM).setUitslag(Examenuitslag.GESLAAGD).build());
        wachtOpVerwerking(bsn, "examenresultaat-ontvangen", 3);

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten")
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())
                .andExpect(jsonPath("$.behaald", Matchers.contains("KNM")))
                .andExpect(jsonPath("$.resultaten", Matchers.hasSize(2)))
                .andExpect(jsonPath("$.resultaten[*].uitslag", Matchers.containsInAnyOrder("GESLAAGD", "GEZAKT")));
        assertThat(werkvoorraadregel(bsn).at("/examensBehaald/0").asString()).isEqualTo("KNM");
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/examenresultaten")
                .header("Authorization", klantmanager(ROTTERDAM))).andExpect(status().isNotFound());
    }

    @Test
    void een_ongeldig_examenresultaat_gaat_met_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, ContractEvents.examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(Examenonderdeel.ONBEKEND).build());

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.EXAMENRESULTATEN,
                r -> TestPartner.bevat(r, bsn)))).contains("onderdeel");
    }
}
