package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadpaden;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.time.VerschuifbareKlok;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16 at the gemeente (decision 0038): a plichtige moves from Rotterdam to Amsterdam. The test plays DUO as it
 * delivers the verhuizing (#3 vastgesteld OVERDRACHT_NA_VERHUIZING for Amsterdam, then #3 gewijzigd
 * GEMEENTE_GEWIJZIGD for both) on the gemeenten's own topics; the gemeente-service serves both gemeenten, so it
 * plays the old and the new gemeente of the overdracht (#19) itself.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.klok.verschuifbaar=true" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class VerhuizingEnOverdrachtTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String UTRECHT = "0344";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000", UTRECHT, "00000001002220647001");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final VerschuifbareKlok KLOK = VerschuifbareKlok.GEDEELD;
    private static final Duration WACHT = Duration.ofSeconds(30);
    /** A Tuesday without holidays in the 10 werkdagen after it: actualiseren uiterlijk is Tuesday 2026-12-15. */
    private static final LocalDate VERHUIZING = LocalDate.of(2026, 12, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InburgeraarRaadplegen raadplegen;

    @AfterEach
    void klokTerug() {
        KLOK.zetTerug();
    }

    // ---- DUO

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void publiceer(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, event);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(KLOK);
    }

    /** DUO's #3 vastgesteld for {@code gemeentecode}: new, or after a verhuizing. */
    private static void plicht(String bsn, String gemeentecode, Aanleiding aanleiding) {
        publiceer(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(gemeentecode)
                .setAanleiding(aanleiding).setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setBegindatum(LocalDate.of(2026, 3, 1)).setDatumVaststelling(LocalDate.of(2026, 3, 2))
                .setOntvanger(Ontvanger.GEMEENTE).build());
    }

    /** The verhuizing as DUO delivers it: #3 vastgesteld for the new gemeente, then #3 gewijzigd for both. */
    private static void verhuist(String bsn, String van, String naar) {
        plicht(bsn, naar, Aanleiding.OVERDRACHT_NA_VERHUIZING);
        verhuizingGewijzigd(bsn, van, naar);
    }

    private static void verhuizingGewijzigd(String bsn, String van, String naar) {
        publiceer(bsn, ContractEvents.inburgeringsplichtGewijzigd().setBsn(bsn).setGemeentecode(naar)
                .setVorigeGemeentecode(van).setRedenWijziging(RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD)
                .setDatumWijziging(VERHUIZING).setOntvanger(Ontvanger.GEMEENTE).build());
    }

    // ---- the gemeenten

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private static JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    /** The werkvoorraad row of {@code bsn} in the gemeente's active werkvoorraad; missing when he is not on it. */
    private JsonNode inWerkvoorraad(String gemeentecode, String bsn) throws Exception {
        for (JsonNode rij : lees(mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=100")
                .header("Authorization", klantmanager(gemeentecode))).andExpect(status().isOk()))
                .at("/inburgeraars")) {
            if (bsn.equals(rij.at("/bsn").asString())) {
                return rij;
            }
        }
        return JSON.missingNode();
    }

    private static List<String> signalen(JsonNode rij) {
        List<String> soorten = new ArrayList<>();
        rij.at("/signalen").forEach(s -> soorten.add(s.at("/soort").asString()));
        return soorten;
    }

    /** The gemeente's departure list entry of {@code bsn}; missing when it has none. */
    private JsonNode vertrokken(String gemeentecode, String bsn) throws Exception {
        for (JsonNode rij : lees(mvc.perform(get("/api/v1/vertrokken-inburgeraars")
                .header("Authorization", klantmanager(gemeentecode))).andExpect(status().isOk()))
                .at("/vertrokkenInburgeraars")) {
            if (bsn.equals(rij.at("/bsn").asString())) {
                return rij;
            }
        }
        return JSON.missingNode();
    }

    private String idIn(String gemeentecode, String bsn) throws Exception {
        return await().atMost(WACHT).until(() -> inWerkvoorraad(gemeentecode, bsn).at("/id").asString(null),
                id -> id != null);
    }

    private int verzoekenInDeOutbox(String bsn) {
        return jdbc.queryForObject("select count(distinct id) from outbox_event where topic like ? and type like ?"
                + " and position(convert_to(?, 'UTF8') in payload) > 0", Integer.class, TopicCatalogue.OVERDRACHT_INBURGERAAR.name() + "%",
                "%overdracht-inburgeraar-gevraagd%", bsn);
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    // ---- item 1: the new gemeente gets the person

    @Test
    void na_de_verhuizing_staat_hij_bij_de_nieuwe_gemeente_in_de_werkvoorraad_met_overdracht_gevraagd_en_niet_meer_bij_de_oude()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        String inRotterdam = idIn(ROTTERDAM, bsn);

        verhuist(bsn, ROTTERDAM, AMSTERDAM);

        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn)).contains("OVERDRACHT_GEVRAAGD"));
        JsonNode rij = inWerkvoorraad(AMSTERDAM, bsn);
        assertThat(rij.at("/id").asString()).isNotEqualTo(inRotterdam);
        assertThat(rij.at("/overdracht/status").asString()).isEqualTo("GEVRAAGD");
        assertThat(rij.at("/overdracht/gemeentecodeOud").asString()).isEqualTo(ROTTERDAM);
        assertThat(rij.at("/overdracht/datumVerhuizing").asString()).isEqualTo(VERHUIZING.toString());
        assertThat(inWerkvoorraad(ROTTERDAM, bsn).isMissingNode()).isTrue();
        mvc.perform(get("/api/v1/inburgeraars/" + inRotterdam).header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isNotFound());
    }

    /** The ids the gemeente's werkvoorraad filtered on one signal lists (decision 0046: from the signal index). */
    private List<String> metSignaal(String gemeentecode, String signaal) throws Exception {
        List<String> ids = new ArrayList<>();
        lees(mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=100&signaal=" + signaal)
                .header("Authorization", klantmanager(gemeentecode))).andExpect(status().isOk()))
                .at("/inburgeraars").forEach(rij -> ids.add(rij.at("/id").asString()));
        return ids;
    }

    @Test
    void wie_verhuisde_verlaat_de_signaalfilters_van_de_oude_gemeente_en_staat_in_die_van_de_nieuwe() throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        String inRotterdam = idIn(ROTTERDAM, bsn);
        KLOK.verzet(Duration.ofDays(71)); // 10 weeks without a PIP in Rotterdam
        assertThat(metSignaal(ROTTERDAM, "TIEN_WEKEN_LEERROUTE_VERSTREKEN")).contains(inRotterdam);
        KLOK.zetTerug();

        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn)).contains("OVERDRACHT_GEVRAAGD"));
        String inAmsterdam = idIn(AMSTERDAM, bsn);

        assertThat(metSignaal(AMSTERDAM, "OVERDRACHT_GEVRAAGD")).contains(inAmsterdam);
        assertThat(metSignaal(ROTTERDAM, "OVERDRACHT_GEVRAAGD")).doesNotContain(inRotterdam, inAmsterdam);
        KLOK.verzet(Duration.ofDays(71));
        assertThat(metSignaal(ROTTERDAM, "TIEN_WEKEN_LEERROUTE_VERSTREKEN")).doesNotContain(inRotterdam, inAmsterdam);
    }

    // ---- item 2: the old gemeente's departure list (SS122)

    @Test
    void de_oude_gemeente_ziet_het_vertrek_met_actualiseren_uiterlijk_tien_werkdagen_na_de_verhuizing_en_een_andere_gemeente_niet()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        idIn(ROTTERDAM, bsn);

        verhuist(bsn, ROTTERDAM, AMSTERDAM);

        JsonNode vertrek = await().atMost(WACHT).until(() -> vertrokken(ROTTERDAM, bsn), v -> !v.isMissingNode());
        assertThat(vertrek.at("/gemeentecodeNieuw").asString()).isEqualTo(AMSTERDAM);
        assertThat(vertrek.at("/datumVerhuizing").asString()).isEqualTo(VERHUIZING.toString());
        assertThat(vertrek.at("/actualiserenUiterlijk").asString()).isEqualTo("2026-12-15");
        assertThat(vertrokken(AMSTERDAM, bsn).isMissingNode()).isTrue();
        assertThat(vertrokken(UTRECHT, bsn).isMissingNode()).isTrue();
    }

    // ---- item 3 and 4: the request (#19) once, and the old gemeente owes the overdracht within 1 maand

    @Test
    void de_nieuwe_gemeente_vraagt_de_oude_eenmaal_om_de_overdracht_en_de_oude_moet_binnen_een_maand_leveren()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        idIn(ROTTERDAM, bsn);

        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        verhuizingGewijzigd(bsn, ROTTERDAM, AMSTERDAM); // DUO delivers the same verhuizing again, with a new id

        OverdrachtInburgeraarGevraagd verzoek = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.OVERDRACHT_INBURGERAAR, ROTTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), OverdrachtInburgeraarGevraagd.class);
        assertThat(verzoek.getGemeentecodeOud()).isEqualTo(ROTTERDAM);
        assertThat(verzoek.getGemeentecodeNieuw()).isEqualTo(AMSTERDAM);
        assertThat(verzoek.getDatumVerhuizing()).isEqualTo(VERHUIZING);

        JsonNode vertrek = await().atMost(WACHT).until(() -> vertrokken(ROTTERDAM, bsn),
                v -> "OVERDRACHT_LEVEREN".equals(v.at("/signaal").asString(null)));
        assertThat(vertrek.at("/datumVerzoek").asString()).isEqualTo(verzoek.getDatumVerzoek().toString());
        assertThat(vertrek.at("/leverenUiterlijk").asString())
                .isEqualTo(verzoek.getDatumVerzoek().plusMonths(1).toString());

        // a later change of his plicht on the same partition: once it shows, both deliveries were processed
        publiceer(bsn, ContractEvents.inburgeringsplichtGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setVorigeGemeentecode(null).setRedenWijziging(RedenWijzigingInburgeringsplicht.OVERIG)
                .setDatumWijziging(VERHUIZING.plusDays(1)).setOntvanger(Ontvanger.GEMEENTE).build());
        await().atMost(WACHT).until(() -> "OVERIG".equals(inWerkvoorraad(AMSTERDAM, bsn)
                .at("/redenWijzigingPlicht").asString(null)));
        assertThat(verzoekenInDeOutbox(bsn)).isEqualTo(1);
    }

    private ResultActions lever(String gemeentecode, String vertrekId, String body) throws Exception {
        return mvc.perform(post("/api/v1/vertrokken-inburgeraars/" + vertrekId + "/overdracht")
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static final String LEVERING = """
            {"contactpersoon":"J. de Regisseur, regie@rotterdam.nl","maatschappelijkeBegeleidingAfgerond":true}
            """;

    private static List<String> tekstenIn(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(t -> teksten.add(t.asString()));
        return teksten;
    }

    /** The shared clock on {@code dag} at 09:00. */
    private static void klokOp(LocalDate dag) {
        KLOK.zetOp(dag.atTime(9, 0).atZone(KLOK.getZone()).toInstant());
    }

    private ResultActions schrijf(String gemeentecode, String id, String pad, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + pad).header("Authorization", klantmanager(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static final String INSTELLING = "12345";

    /** Rotterdam's asielstatushouder with a PIP, an aanbod, DUO's uitkomst of his leerbaarheidstoets and #18 with verzuim. */
    private String asielstatushouderMetTrajectInRotterdam(String bsn) throws Exception {
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        String inRotterdam = idIn(ROTTERDAM, bsn);
        publiceer(bsn, ContractEvents.leerbaarheidstoetsUitkomstVastgesteld().setBsn(bsn).setGemeentecode(ROTTERDAM)
                .setResultaat(LeerbaarheidstoetsResultaat.B1_ROUTE_NIET_HAALBAAR).setBehaaldeScore("11,25")
                .setBenodigdeScore("12,00").setDatumAfname(LocalDate.of(2026, 10, 12)).build());
        schrijf(ROTTERDAM, inRotterdam, "/pip", """
                {"dagtekening":"2026-11-20","leerroute":"B1_ROUTE","indicatorMagOpleidingAfmaken":false,
                 "alfabetiseringsonderwijs":"NVT","eenzijdigVastgesteld":false}
                """).andExpect(status().isCreated());
        schrijf(ROTTERDAM, inRotterdam, "/inburgeringsaanbod", """
                {"datumInburgeringsaanbod":"2026-11-25","verwachteStartdatumOpleiding":"2027-01-05",
                 "verwachteEinddatumOpleiding":"2028-06-30","alfabetiseringsonderwijs":"NVT",
                 "instellingsnummers":["12345"]}
                """).andExpect(status().isCreated());
        publiceer(bsn, ContractEvents.inspanningAsielstatushouderGemeld().setBsn(bsn).setGemeentecode(ROTTERDAM)
                .setInspanning(ContractEvents.inspanning().setInstellingsnummer(INSTELLING)
                        .setPeildatum(LocalDate.of(2026, 11, 30)).setStartdatumOnderwijs(LocalDate.of(2026, 9, 1))
                        .setUrenAangeboden(100).setUrenAanwezig(80).setUrenOngeoorloofdVerzuim(6).build())
                .build());
        await().atMost(WACHT).until(() -> lees(mvc.perform(get("/api/v1/inburgeraars/" + inRotterdam + "/inspanning")
                .header("Authorization", klantmanager(ROTTERDAM)))).at("/instellingen").size() == 1);
        await().atMost(WACHT).until(() -> lees(mvc.perform(get("/api/v1/inburgeraars/" + inRotterdam
                + "/brede-intake").header("Authorization", klantmanager(ROTTERDAM))))
                .at("/leerbaarheidstoets/uitkomst/resultaat").asString(""), "B1_ROUTE_NIET_HAALBAAR"::equals);
        return inRotterdam;
    }

    @Test
    void de_oude_gemeente_levert_aanbod_inspanning_intake_en_haar_boete_op_inspanning_en_de_nieuwe_gemeente_ziet_ze_in_het_dossier()
            throws Exception {
        klokOp(LocalDate.of(2026, 12, 2)); // the day after the verhuizing: both signals hold
        String bsn = TestBsn.nieuw();
        String inRotterdam = asielstatushouderMetTrajectInRotterdam(bsn);
        // six hours ongeoorloofd verzuim: Rotterdam warns, then imposes a boete of 350.00 (it stays at the gemeente)
        schrijf(ROTTERDAM, inRotterdam, "/inspanning/waarschuwingen", "{\"instellingsnummer\":\"" + INSTELLING
                + "\",\"toelichting\":\"Zes uur gemist\"}").andExpect(status().isCreated());
        schrijf(ROTTERDAM, inRotterdam, "/inspanning/boetes", "{\"instellingsnummer\":\"" + INSTELLING
                + "\",\"bedrag\":350.00}").andExpect(status().isCreated());

        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        // SS122 and the request at once: the actualisering and the overdracht are both owed, side by side
        JsonNode vertrek = await().atMost(WACHT).until(() -> vertrokken(ROTTERDAM, bsn),
                v -> tekstenIn(v.at("/signalen")).contains("OVERDRACHT_LEVEREN"));
        assertThat(tekstenIn(vertrek.at("/signalen"))).containsExactly("GEGEVENS_ACTUALISEREN", "OVERDRACHT_LEVEREN");
        lever(ROTTERDAM, vertrek.at("/id").asString(), LEVERING).andExpect(status().isCreated());
        assertThat(tekstenIn(vertrokken(ROTTERDAM, bsn).at("/signalen"))).containsExactly("GEGEVENS_ACTUALISEREN");

        String inAmsterdam = idIn(AMSTERDAM, bsn);
        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn))
                .contains("PIP_VORIGE_GEMEENTE_BEOORDELEN"));
        JsonNode overdracht = lees(mvc.perform(get("/api/v1/inburgeraars/" + inAmsterdam)
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())).at("/overdracht");
        assertThat(overdracht.at("/inburgeringsaanbod/datumInburgeringsaanbod").asString()).isEqualTo("2026-11-25");
        assertThat(overdracht.at("/inburgeringsaanbod/verwachteEinddatumOpleiding").asString()).isEqualTo("2028-06-30");
        assertThat(tekstenIn(overdracht.at("/inburgeringsaanbod/instellingsnummers"))).containsExactly(INSTELLING);
        assertThat(overdracht.at("/inspanningen").size()).isEqualTo(1);
        assertThat(overdracht.at("/inspanningen/0/instellingsnummer").asString()).isEqualTo(INSTELLING);
        assertThat(overdracht.at("/inspanningen/0/peildatum").asString()).isEqualTo("2026-11-30");
        assertThat(overdracht.at("/inspanningen/0/urenAanwezig").asInt()).isEqualTo(80);
        assertThat(overdracht.at("/inspanningen/0/urenOngeoorloofdVerzuim").asInt()).isEqualTo(6);
        assertThat(overdracht.at("/intakeresultaat/leerbaarheidstoetsResultaat").asString())
                .isEqualTo("B1_ROUTE_NIET_HAALBAAR");
        assertThat(overdracht.at("/intakeresultaat/behaaldeScore").asString()).isEqualTo("11,25");
        assertThat(overdracht.at("/intakeresultaat/datumAfnameLeerbaarheidstoets").asString()).isEqualTo("2026-10-12");
        assertThat(overdracht.at("/boetesOpInspanning").size()).isEqualTo(1);
        assertThat(overdracht.at("/boetesOpInspanning/0/datum").asString()).isEqualTo("2026-12-02");
        assertThat(overdracht.at("/boetesOpInspanning/0/bedrag").decimalValue()).isEqualByComparingTo("350.00");
        assertThat(overdracht.at("/boetesOpInspanning/0/reden").asString()).isNotBlank();
        assertThat(overdracht.at("/boetesOpInspanning/0/instellingsnummer").asString()).isEqualTo(INSTELLING);
        assertThat(overdracht.at("/lopendeHandhavingOpInspanning").asBoolean()).isTrue();
    }

    @Test
    void de_oude_gemeente_werkt_de_inspanning_van_de_vertrokkene_bij_duo_bij_binnen_de_tien_werkdagen_en_daarna_niet()
            throws Exception {
        klokOp(LocalDate.of(2026, 12, 2));
        String bsn = TestBsn.nieuw();
        String inRotterdam = asielstatushouderMetTrajectInRotterdam(bsn);
        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        String vertrek = await().atMost(WACHT).until(() -> vertrokken(ROTTERDAM, bsn),
                v -> tekstenIn(v.at("/signalen")).contains("OVERDRACHT_LEVEREN")).at("/id").asString();

        // after the move, by the id Rotterdam knew him by: #18 once more to DUO with the verhuizing as its moment
        schrijf(ROTTERDAM, inRotterdam, "/inspanning/_bijwerken", "{\"aanleiding\":\"VERHUIZING_BINNENLAND\"}")
                .andExpect(status().isOk());
        InspanningAsielstatushouderDoorgegeven bijDuo = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TopicCatalogue.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER.name(), r -> TestPartner.bevat(r, bsn)
                        && AvroCodec.decode(r.value(), InspanningAsielstatushouderDoorgegeven.class).getInspanning()
                                .getActualisatiemoment() == Actualisatiemoment.VERHUIZING_BINNENLAND).value(),
                InspanningAsielstatushouderDoorgegeven.class);
        assertThat(bijDuo.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(bijDuo.getInspanning().getUrenAanwezig()).isEqualTo(80);
        // Amsterdam does not know Rotterdam's id
        schrijf(AMSTERDAM, inRotterdam, "/inspanning/_bijwerken", "{\"aanleiding\":\"VERHUIZING_BINNENLAND\"}")
                .andExpect(status().isNotFound());

        // on the 10th werkdag still (even after the overdracht was delivered), the day after no more
        lever(ROTTERDAM, vertrek, LEVERING).andExpect(status().isCreated());
        klokOp(LocalDate.of(2026, 12, 15));
        schrijf(ROTTERDAM, inRotterdam, "/inspanning/_bijwerken", "{\"aanleiding\":\"VERHUIZING_BINNENLAND\"}")
                .andExpect(status().isOk());
        klokOp(LocalDate.of(2026, 12, 16));
        schrijf(ROTTERDAM, inRotterdam, "/inspanning/_bijwerken", "{\"aanleiding\":\"VERHUIZING_BINNENLAND\"}")
                .andExpect(status().isNotFound());
        assertThat(vertrokken(ROTTERDAM, bsn).at("/signalen").size()).isZero();
    }

    @Test
    void de_boete_die_duo_na_de_verhuizing_opnieuw_aan_de_nieuwe_gemeente_levert_staat_bij_haar_onder_haar_eigen_id()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        String inRotterdam = idIn(ROTTERDAM, bsn);
        publiceer(bsn, ContractEvents.boeteOpgelegd().setBsn(bsn).setGemeentecode(ROTTERDAM)
                .setBeschikkingskenmerk("DUO-B-" + bsn).setDatumBeschikking(LocalDate.of(2026, 10, 1)).build());
        await().atMost(WACHT).until(() -> boetesVanDuo(ROTTERDAM, inRotterdam).size() == 1);

        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        String inAmsterdam = idIn(AMSTERDAM, bsn);
        // DUO's #8 again, to the new gemeente only, with a new CloudEvents id (decision 0037)
        publiceer(bsn, ContractEvents.boeteOpgelegd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBeschikkingskenmerk("DUO-B-" + bsn).setDatumBeschikking(LocalDate.of(2026, 10, 1))
                .setAanleiding(Aanleiding.OVERDRACHT_NA_VERHUIZING).build());

        JsonNode boetes = await().atMost(WACHT).until(() -> boetesVanDuo(AMSTERDAM, inAmsterdam), b -> b.size() == 1);
        assertThat(boetes.at("/0/beschikkingskenmerk").asString()).isEqualTo("DUO-B-" + bsn);
        assertThat(boetes.at("/0/bedrag").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(boetes.at("/0/datumBeschikking").asString()).isEqualTo("2026-10-01");
        // Amsterdam reads only by its own id; Rotterdam's id answers it 404
        mvc.perform(get("/api/v1/inburgeraars/" + inRotterdam + "/handhaving-op-resultaat")
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isNotFound());
    }

    private JsonNode boetesVanDuo(String gemeentecode, String id) throws Exception {
        return lees(mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhaving-op-resultaat")
                .header("Authorization", klantmanager(gemeentecode))).andExpect(status().isOk())).at("/boetes");
    }

    @Test
    void de_oude_gemeente_levert_de_overdracht_met_haar_pip_en_de_nieuwe_gemeente_ziet_die_in_het_dossier()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        String inRotterdam = idIn(ROTTERDAM, bsn);
        mvc.perform(post("/api/v1/inburgeraars/" + inRotterdam + "/pip")
                .header("Authorization", klantmanager(ROTTERDAM)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"dagtekening":"2026-11-20","leerroute":"B1_ROUTE","indicatorMagOpleidingAfmaken":false,
                         "alfabetiseringsonderwijs":"NVT","eenzijdigVastgesteld":false}
                        """)).andExpect(status().isCreated());

        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        String vertrek = await().atMost(WACHT).until(() -> vertrokken(ROTTERDAM, bsn),
                v -> "OVERDRACHT_LEVEREN".equals(v.at("/signaal").asString(null))).at("/id").asString();

        // another gemeente cannot deliver it, an incomplete delivery names every problem
        lever(AMSTERDAM, vertrek, LEVERING).andExpect(status().isNotFound());
        JsonNode onvolledig = lees(lever(ROTTERDAM, vertrek, "{}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        List<String> velden = new ArrayList<>();
        onvolledig.at("/invalidParams").forEach(p -> velden.add(p.at("/name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("contactpersoon", "maatschappelijkeBegeleidingAfgerond");

        JsonNode geleverd = lees(lever(ROTTERDAM, vertrek, LEVERING).andExpect(status().isCreated()));
        assertThat(geleverd.at("/geleverdOp").isMissingNode() || geleverd.at("/geleverdOp").isNull()).isFalse();
        assertThat(tekstenIn(geleverd.at("/signalen"))).doesNotContain("OVERDRACHT_LEVEREN");
        lever(ROTTERDAM, vertrek, LEVERING).andExpect(status().isConflict());

        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn))
                .contains("PIP_VORIGE_GEMEENTE_BEOORDELEN"));
        JsonNode overdracht = inWerkvoorraad(AMSTERDAM, bsn).at("/overdracht");
        assertThat(overdracht.at("/status").asString()).isEqualTo("ONTVANGEN");
        assertThat(overdracht.at("/gemeentecodeOud").asString()).isEqualTo(ROTTERDAM);
        assertThat(overdracht.at("/pip/leerroute").asString()).isEqualTo("B1_ROUTE");
        assertThat(overdracht.at("/pip/dagtekening").asString()).isEqualTo("2026-11-20");
        assertThat(overdracht.at("/doelgroep").asString()).isEqualTo("ASIELSTATUSHOUDER");
        assertThat(overdracht.at("/maatschappelijkeBegeleidingAfgerond").asBoolean()).isTrue();
        assertThat(overdracht.at("/lopendeHandhavingOpInspanning").asBoolean()).isFalse();
        assertThat(overdracht.at("/contactpersoon").asString()).isEqualTo("J. de Regisseur, regie@rotterdam.nl");
    }

    @Test
    void de_oude_gemeente_geeft_resultaten_van_de_vertrokkene_door_tot_de_overdracht_geleverd_is_en_tien_werkdagen_voorbij_zijn()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        String inRotterdam = idIn(ROTTERDAM, bsn);
        mvc.perform(post("/api/v1/inburgeraars/" + inRotterdam + "/pip")
                .header("Authorization", klantmanager(ROTTERDAM)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"dagtekening":"2026-11-20","leerroute":"B1_ROUTE","niveau":"B1",
                         "indicatorMagOpleidingAfmaken":false,"alfabetiseringsonderwijs":"NVT",
                         "eenzijdigVastgesteld":false}
                        """)).andExpect(status().isCreated());
        publiceer(bsn, ContractEvents.pipGeregistreerd().setBsn(bsn).setGemeentecode(ROTTERDAM)
                .setDagtekeningPip(LocalDate.of(2026, 11, 20)).setLeerroute(Leerroute.B1_ROUTE)
                .setNiveau(NiveauPip.B1).build());
        await().atMost(WACHT).until(() -> "GEREGISTREERD"
                .equals(inWerkvoorraad(ROTTERDAM, bsn).at("/statusPip").asString(null)));

        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        String vertrek = await().atMost(WACHT).until(() -> vertrokken(ROTTERDAM, bsn),
                v -> "OVERDRACHT_LEVEREN".equals(v.at("/signaal").asString(null))).at("/id").asString();

        // he left, but Rotterdam still delivers his PVT (#17) by the id it knew him by; Amsterdam does not know that id
        pvt(ROTTERDAM, inRotterdam).andExpect(status().isOk());
        pvt(AMSTERDAM, inRotterdam).andExpect(status().isNotFound());

        lever(ROTTERDAM, vertrek, LEVERING).andExpect(status().isCreated());
        KLOK.zetOp(LocalDate.of(2026, 12, 16).atTime(9, 0).atZone(KLOK.getZone()).toInstant());
        pvt(ROTTERDAM, inRotterdam).andExpect(status().isNotFound());
    }

    private ResultActions pvt(String gemeentecode, String id) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/resultaten/pvt")
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datumOndertekening\":\"2026-11-25\"}"));
    }

    // ---- item 5: the new gemeente's dossier shows what was handed over

    @Test
    void een_overdracht_met_pip_staat_in_het_dossier_van_de_nieuwe_gemeente_die_het_pip_moet_beoordelen()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        idIn(ROTTERDAM, bsn);
        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        String id = idIn(AMSTERDAM, bsn);
        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn)).contains("OVERDRACHT_GEVRAAGD"));
        assertThat(Werkvoorraadpaden.vensterscontract(raadplegen, jdbc, AMSTERDAM, bsn, vandaag()))
                .anyMatch(s -> s.startsWith("OVERDRACHT_GEVRAAGD@"));

        publiceer(bsn, ContractEvents.inburgeraarOvergedragen().setBsn(bsn).setGemeentecodeOud(ROTTERDAM)
                .setGemeentecodeNieuw(AMSTERDAM).setDatumVerhuizing(VERHUIZING).setDatumOverdracht(vandaag())
                .setPip(PipGegevens.newBuilder().setDagtekeningPip(LocalDate.of(2026, 6, 1))
                        .setLeerroute(Leerroute.B1_ROUTE).setNiveau(null).setGeschatteIntensiteitB1Route(null)
                        .setIndicatorMagOpleidingAfmaken(false)
                        .setAlfabetiseringsonderwijs(Alfabetiseringsonderwijs.NVT).setEenzijdigVastgesteld(false)
                        .build())
                .setMaatschappelijkeBegeleidingAfgerond(true).setContactpersoon("J. de Regisseur, regie@rotterdam.nl")
                .build());

        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn))
                .contains("PIP_VORIGE_GEMEENTE_BEOORDELEN"));
        assertThat(Werkvoorraadpaden.vensterscontract(raadplegen, jdbc, AMSTERDAM, bsn, vandaag()))
                .contains("PIP_VORIGE_GEMEENTE_BEOORDELEN@" + vandaag());
        JsonNode dossier = lees(mvc.perform(get("/api/v1/inburgeraars/" + id)
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk()));
        assertThat(signalen(dossier)).doesNotContain("OVERDRACHT_GEVRAAGD");
        assertThat(dossier.at("/overdracht/status").asString()).isEqualTo("ONTVANGEN");
        assertThat(dossier.at("/overdracht/pip/leerroute").asString()).isEqualTo("B1_ROUTE");
        assertThat(dossier.at("/overdracht/pip/dagtekening").asString()).isEqualTo("2026-06-01");
        assertThat(dossier.at("/overdracht/maatschappelijkeBegeleidingAfgerond").asBoolean()).isTrue();
        assertThat(dossier.at("/overdracht/contactpersoon").asString()).isEqualTo("J. de Regisseur, regie@rotterdam.nl");
    }

    @Test
    void een_overdracht_zonder_pip_vraagt_de_nieuwe_gemeente_om_de_brede_intake() throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn, ROTTERDAM, Aanleiding.NIEUW);
        idIn(ROTTERDAM, bsn);
        verhuist(bsn, ROTTERDAM, AMSTERDAM);
        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn)).contains("OVERDRACHT_GEVRAAGD"));

        publiceer(bsn, ContractEvents.inburgeraarOvergedragen().setBsn(bsn).setGemeentecodeOud(ROTTERDAM)
                .setGemeentecodeNieuw(AMSTERDAM).setDatumVerhuizing(VERHUIZING).setDatumOverdracht(vandaag()).build());

        await().atMost(WACHT).until(() -> signalen(inWerkvoorraad(AMSTERDAM, bsn))
                .contains("BREDE_INTAKE_NA_VERHUIZING"));
        // the overdracht's signal is held always: its window carries the sinds the row shows, on every later day
        LocalDate ontvangen = vandaag();
        assertThat(Werkvoorraadpaden.vensterscontract(raadplegen, jdbc, AMSTERDAM, bsn, vandaag()))
                .contains("BREDE_INTAKE_NA_VERHUIZING@" + ontvangen);
        KLOK.verzet(Duration.ofDays(400));
        assertThat(Werkvoorraadpaden.vensterscontract(raadplegen, jdbc, AMSTERDAM, bsn, vandaag()))
                .contains("BREDE_INTAKE_NA_VERHUIZING@" + ontvangen);
        KLOK.zetTerug();
        JsonNode rij = inWerkvoorraad(AMSTERDAM, bsn);
        assertThat(signalen(rij)).doesNotContain("OVERDRACHT_GEVRAAGD", "PIP_VORIGE_GEMEENTE_BEOORDELEN");
        assertThat(rij.at("/overdracht/pip").isNull()).isTrue();
        // the old gemeente never sees the new gemeente's overdracht
        assertThat(inWerkvoorraad(ROTTERDAM, bsn).isMissingNode()).isTrue();
    }

    // ---- item 6: invalid #19 events are dead-lettered with their reason

    @Test
    void een_verzoek_om_overdracht_voor_iemand_die_de_gemeente_nooit_had_gaat_met_reden_naar_de_dead_letters() {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, ContractEvents.overdrachtInburgeraarGevraagd().setBsn(bsn).setGemeentecodeOud(UTRECHT)
                .setGemeentecodeNieuw(AMSTERDAM).build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.OVERDRACHT_INBURGERAAR,
                r -> TestPartner.bevat(r, bsn)))).contains("niet op").contains("uit gemeente " + UTRECHT);
    }

    @Test
    void een_overdracht_die_de_nieuwe_gemeente_niet_vroeg_gaat_met_reden_naar_de_dead_letters() {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, ContractEvents.inburgeraarOvergedragen().setBsn(bsn).build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.OVERDRACHT_INBURGERAAR,
                r -> TestPartner.bevat(r, bsn)))).contains("zonder verzoek");
    }
}
