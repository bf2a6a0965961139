package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.common.RedenWijzigingPip;
import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.contracts.event.PipAfgewezen;
import nl.inburgering.contracts.event.PipGeregistreerd;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.gemeente.intake.api.EenzijdigePip;
import nl.inburgering.gemeente.pip.ToestemmingEenzijdigePip;
import nl.inburgering.platform.events.AvroCodec;
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
 * Seed §4.2 at the gemeente: the caseworker vaststelt the PIP and the inburgeringsaanbod (#16) and reports the
 * hours of the brede intake (#17); the test plays DUO (#3, its answer on REGISTRATIE_PIP, the termijn #5) and the
 * brede intake (may the PIP be set unilaterally).
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class PipTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/gemeente/";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String PIP_TOPIC = TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.name();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PIP = """
            {"dagtekening":"2026-11-20","leerroute":"B1_ROUTE","niveau":null,"geschatteIntensiteitB1Route":12,
             "indicatorMagOpleidingAfmaken":false,"alfabetiseringsonderwijs":"NVT","eenzijdigVastgesteld":false,
             "redenWijziging":null}
            """;

    private static final ToestemmingEenzijdigePip BREDE_INTAKE = new ToestemmingEenzijdigePip();

    @TestConfiguration
    static class BredeIntake {

        @Bean
        @Primary
        EenzijdigePip toestemmingEenzijdigePip() {
            return BREDE_INTAKE;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Logboekinzage logboek;
    @Autowired
    Clock clock;

    // ---- DUO

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void duoPubliceert(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, event);
    }

    private static InburgeringsplichtVastgesteld plicht(String bsn, String gemeentecode, Doelgroepindeling doelgroep) {
        return ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(gemeentecode)
                .setBegindatum(LocalDate.of(2026, 10, 1)).setDoelgroep(doelgroep)
                .setGedetailleerdeDoelgroep(doelgroep == Doelgroepindeling.ASIELSTATUSHOUDER
                        ? GedetailleerdeDoelgroep.ASIELSTATUSHOUDER : GedetailleerdeDoelgroep.GEZINSHERENIGER)
                .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(Ontvanger.GEMEENTE).build();
    }

    private static PipGeregistreerd geregistreerd(String bsn, LocalDate dagtekening, NiveauPip niveau) {
        return ContractEvents.pipGeregistreerd().setBsn(bsn).setGemeentecode(AMSTERDAM).setDagtekeningPip(dagtekening)
                .setNiveau(niveau)
                .setDatumRegistratie(LocalDate.of(2026, 11, 21)).build();
    }

    private static List<Afwijzingsreden> redenen(String... codeEnOmschrijving) {
        List<Afwijzingsreden> redenen = new java.util.ArrayList<>();
        for (int i = 0; i < codeEnOmschrijving.length; i += 2) {
            redenen.add(ContractEvents.afwijzingsreden().setCode(codeEnOmschrijving[i])
                    .setOmschrijving(codeEnOmschrijving[i + 1]).build());
        }
        return redenen;
    }

    // ---- the gemeente

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private ResultActions zoek(String gemeentecode, String bsn) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"));
    }

    private static JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    /** DUO delivers the plicht (#3) and the gemeente has the person; returns his id. */
    private String inburgeraar(String bsn, Doelgroepindeling doelgroep) throws Exception {
        duoPubliceert(bsn, plicht(bsn, AMSTERDAM, doelgroep));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> zoek(AMSTERDAM, bsn)
                .andExpect(jsonPath("$.inburgeraars[0].bsn").value(bsn)));
        return lees(zoek(AMSTERDAM, bsn)).at("/inburgeraars/0/id").asString();
    }

    private String asielstatushouder(String bsn) throws Exception {
        return inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
    }

    private ResultActions stelPipVast(String gemeentecode, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pip").header("Authorization", klantmanager(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions pip(String gemeentecode, String id) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/pip").header("Authorization", klantmanager(gemeentecode)));
    }

    private ResultActions termijn(String gemeentecode, String id) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/inburgeringstermijn")
                .header("Authorization", klantmanager(gemeentecode)));
    }

    private ResultActions geefAanbod(String gemeentecode, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/inburgeringsaanbod")
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions meldUren(String gemeentecode, String id, String body) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/uren").header("Authorization", klantmanager(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static <T extends SpecificRecord> T opTopic(String topic, String bsn, Class<T> soort, int aantal) {
        List<ConsumerRecord<String, byte[]>> records = TestPartner.wachtOp(kafka(), topic,
                r -> TestPartner.bevat(r, bsn), aantal);
        return AvroCodec.decode(records.get(aantal - 1).value(), soort);
    }

    private Map<String, Long> verwerkingen(String bsn) {
        return logboek.voorBetrokkene(bsn).stream().collect(Collectors.groupingBy(
                Verwerkingsrecord::verwerkingsactiviteitId, Collectors.counting()));
    }

    private void wachtOpVerwerking(String bsn, String activiteit, long aantal) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> verwerkingen(bsn).getOrDefault(ACTIVITEIT + activiteit, 0L) >= aantal);
    }

    // ---- PIP vaststellen (#16)

    @Test
    void een_vastgesteld_pip_gaat_als_pip_vastgesteld_naar_duo_uiterlijk_tien_werkdagen_na_de_dagtekening()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);

        stelPipVast(AMSTERDAM, id, PIP)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actueel.dagtekening").value("2026-11-20"))
                .andExpect(jsonPath("$.actueel.leerroute").value("B1_ROUTE"))
                .andExpect(jsonPath("$.actueel.status").value("VERZONDEN"))
                .andExpect(jsonPath("$.actueel.soort").value("VASTSTELLING"))
                .andExpect(jsonPath("$.actueel.afwijzingsredenen").isEmpty())
                .andExpect(jsonPath("$.historie", Matchers.hasSize(1)))
                .andExpect(jsonPath("$.inburgeringsaanbod").isEmpty())
                .andExpect(jsonPath("$.inburgeringstermijn").isEmpty());

        PipVastgesteld event = opTopic(PIP_TOPIC, bsn, PipVastgesteld.class, 1);
        assertThat(event.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(event.getPip().getDagtekeningPip()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(event.getPip().getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(event.getPip().getNiveau()).isNull();
        assertThat(event.getPip().getGeschatteIntensiteitB1Route()).isEqualTo(12);
        assertThat(event.getPip().getIndicatorMagOpleidingAfmaken()).isFalse();
        assertThat(event.getPip().getAlfabetiseringsonderwijs()).isEqualTo(Alfabetiseringsonderwijs.NVT);
        assertThat(event.getPip().getEenzijdigVastgesteld()).isFalse();
        // Friday 20 November 2026 + 10 werkdagen = Friday 4 December, to the end of that day
        assertThat(uiterlijkOp(bsn, "nl.inburgering.pip-vastgesteld"))
                .isEqualTo(LocalDate.of(2026, 12, 5).atStartOfDay(NL).toInstant());
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "pip-vaststellen", 1L);
    }

    private Instant uiterlijkOp(String bsn, String type) {
        return jdbc.sql("select payload, uiterlijk_op from outbox_event where topic = ? and type = ?")
                .param(PIP_TOPIC).param(type)
                .query((rs, i) -> Map.entry(rs.getBytes(1), rs.getTimestamp(2).toInstant())).list().stream()
                .filter(rij -> new String(rij.getKey(), StandardCharsets.ISO_8859_1).contains(bsn))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void duo_registreert_het_pip_en_de_klantmanager_ziet_geregistreerd_met_het_niveau_van_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());

        duoPubliceert(bsn, geregistreerd(bsn, LocalDate.of(2026, 11, 20), NiveauPip.B1));
        wachtOpVerwerking(bsn, "registratie-pip-ontvangen", 1);

        pip(AMSTERDAM, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actueel.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.actueel.niveau").value("B1"))
                .andExpect(jsonPath("$.actueel.herkomst").value("DEZE_DIENST"))
                .andExpect(jsonPath("$.actueel.datumRegistratie").value("2026-11-21"))
                .andExpect(jsonPath("$.historie", Matchers.hasSize(1)));
        assertThat(verwerkingen(bsn)).containsKey(ACTIVITEIT + "pip-raadplegen");
    }

    @Test
    void duo_wijst_het_pip_af_en_de_klantmanager_ziet_elke_reden() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP.replace("\"niveau\":null", "\"niveau\":\"A2\"")).andExpect(status().isCreated());

        duoPubliceert(bsn, ContractEvents.pipAfgewezen().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDagtekeningPip(LocalDate.of(2026, 11, 20))
                .setRedenen(redenen("NIVEAU_A2_EERSTE_PIP_B1_ROUTE", "A2 mag niet bij de B1-route in het eerste PIP",
                        "DAGTEKENING_VOOR_VESTIGING", "De dagtekening ligt voor de vestiging in de gemeente"))
                .setDatumAfwijzing(LocalDate.of(2026, 11, 21)).build());
        wachtOpVerwerking(bsn, "registratie-pip-ontvangen", 1);

        pip(AMSTERDAM, id)
                .andExpect(jsonPath("$.actueel.status").value("AFGEWEZEN"))
                .andExpect(jsonPath("$.actueel.niveau").value("A2"))
                .andExpect(jsonPath("$.actueel.datumAfwijzing").value("2026-11-21"))
                .andExpect(jsonPath("$.actueel.afwijzingsredenen[*].code", Matchers.contains(
                        "NIVEAU_A2_EERSTE_PIP_B1_ROUTE", "DAGTEKENING_VOOR_VESTIGING")))
                .andExpect(jsonPath("$.actueel.afwijzingsredenen[1].omschrijving")
                        .value("De dagtekening ligt voor de vestiging in de gemeente"));

        // DUO never had it: the corrected PIP is a first vaststelling again, without a reden
        stelPipVast(AMSTERDAM, id, PIP.replace("2026-11-20", "2026-11-23")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.actueel.soort").value("VASTSTELLING"));
        assertThat(opTopic(PIP_TOPIC, bsn, PipVastgesteld.class, 2).getPip().getDagtekeningPip())
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void een_tweede_pip_is_een_wijziging_en_heeft_een_reden_nodig() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());
        String gewijzigd = PIP.replace("2026-11-20", "2026-11-25").replace("B1_ROUTE", "Z_ROUTE")
                .replace("\"geschatteIntensiteitB1Route\":12", "\"geschatteIntensiteitB1Route\":null");

        stelPipVast(AMSTERDAM, id, gewijzigd)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.contains("redenWijziging")));
        stelPipVast(AMSTERDAM, id, gewijzigd.replace("\"redenWijziging\":null", "\"redenWijziging\":\"WISSELING_LEERROUTE\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actueel.soort").value("WIJZIGING"))
                .andExpect(jsonPath("$.actueel.leerroute").value("Z_ROUTE"))
                .andExpect(jsonPath("$.actueel.redenWijziging").value("WISSELING_LEERROUTE"))
                .andExpect(jsonPath("$.historie[*].dagtekening", Matchers.contains("2026-11-25", "2026-11-20")));

        PipGewijzigd event = opTopic(PIP_TOPIC, bsn, PipGewijzigd.class, 2);
        assertThat(event.getRedenWijziging()).isEqualTo(RedenWijzigingPip.WISSELING_LEERROUTE);
        assertThat(event.getDatumWijziging()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(event.getPip().getLeerroute()).isEqualTo(Leerroute.ZELFREDZAAMHEIDSROUTE);
        assertThat(uiterlijkOp(bsn, "nl.inburgering.pip-gewijzigd"))
                .isEqualTo(LocalDate.of(2026, 12, 10).atStartOfDay(NL).toInstant());
    }

    /** Copies of the person's PIP in this gemeente, straight into the table (as wijzigingen, or from DUO). */
    private void eerderePips(String bsn, int aantal, String herkomst) {
        jdbc.sql("""
                insert into pip (id, bsn, gemeentecode, herkomst, soort, dagtekening, leerroute, niveau,
                                 geschatte_intensiteit_b1_route, indicator_mag_opleiding_afmaken,
                                 alfabetiseringsonderwijs, eenzijdig_vastgesteld, reden_wijziging, status, vastgesteld_op)
                select gen_random_uuid(), bsn, gemeentecode, ?, 'WIJZIGING', dagtekening, leerroute, niveau,
                       geschatte_intensiteit_b1_route, indicator_mag_opleiding_afmaken, alfabetiseringsonderwijs,
                       eenzijdig_vastgesteld, 'WISSELING_LEERROUTE', status, vastgesteld_op
                  from (select * from pip where bsn = ? order by volgnummer limit 1) eerste
                 cross join generate_series(1, ?)
                """).params(herkomst, bsn, aantal).update();
    }

    @Test
    void een_gemeente_stelt_voor_een_inburgeraar_hoogstens_twintig_pips_vast_en_toont_de_laatste_twintig()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());
        eerderePips(bsn, 19, "DEZE_DIENST");
        String gewijzigd = PIP.replace("2026-11-20", "2026-11-25")
                .replace("\"redenWijziging\":null", "\"redenWijziging\":\"WISSELING_LEERROUTE\"");

        stelPipVast(AMSTERDAM, id, gewijzigd).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("20 PIP")));

        eerderePips(bsn, 5, "RECHTSTREEKS_BIJ_DUO");
        pip(AMSTERDAM, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.historie.length()").value(20))
                .andExpect(jsonPath("$.aantalPips").value(25));
    }

    @Test
    void eenzijdig_vaststellen_zonder_dat_de_brede_intake_dat_toelaat_is_een_conflict() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);

        stelPipVast(AMSTERDAM, id, PIP.replace("\"eenzijdigVastgesteld\":false", "\"eenzijdigVastgesteld\":true"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("eenzijdig")));

        pip(AMSTERDAM, id).andExpect(jsonPath("$.actueel").isEmpty()).andExpect(jsonPath("$.historie").isEmpty());
        assertThat(TestPartner.alles(kafka(), PIP_TOPIC, r -> TestPartner.bevat(r, bsn))).isEmpty();
    }

    @Test
    void eenzijdig_vaststellen_na_de_brede_intake_gaat_met_eenzijdig_vastgesteld_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        BREDE_INTAKE.staToe(bsn, AMSTERDAM);

        stelPipVast(AMSTERDAM, id, PIP.replace("\"eenzijdigVastgesteld\":false", "\"eenzijdigVastgesteld\":true"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actueel.eenzijdigVastgesteld").value(true));

        assertThat(opTopic(PIP_TOPIC, bsn, PipVastgesteld.class, 1).getPip().getEenzijdigVastgesteld()).isTrue();
    }

    @Test
    void een_pip_vol_fouten_krijgt_een_400_met_elk_probleem() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        String morgen = LocalDate.now(clock).plusDays(1).toString();

        stelPipVast(AMSTERDAM, id, """
                {"dagtekening":"%s","leerroute":"C_ROUTE","niveau":"C1","geschatteIntensiteitB1Route":0,
                 "alfabetiseringsonderwijs":"ALFABETISERING"}
                """.formatted(morgen))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("dagtekening",
                        "leerroute", "niveau", "geschatteIntensiteitB1Route", "alfabetiseringsonderwijs")));
        stelPipVast(AMSTERDAM, id, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("dagtekening",
                        "leerroute", "alfabetiseringsonderwijs")))
                .andExpect(jsonPath("$.invalidParams[*].code", Matchers.everyItem(Matchers.is("required"))));
        stelPipVast(AMSTERDAM, id, PIP.replace("12,", "10000,"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("geschatteIntensiteitB1Route"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("max"));

        pip(AMSTERDAM, id).andExpect(jsonPath("$.historie").isEmpty());
    }

    // ---- DUO's answers and the termijn (#5), also before the gemeente has the person

    @Test
    void de_inburgeringstermijn_van_duo_wordt_zichtbaar_met_zijn_historie() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());
        termijn(AMSTERDAM, id).andExpect(status().isNotFound());

        duoPubliceert(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setStartdatum(LocalDate.of(2026, 11, 21)).setEinddatum(LocalDate.of(2029, 11, 20))
                .setDagtekeningPip(LocalDate.of(2026, 11, 20)).setDatumVaststelling(LocalDate.of(2026, 11, 21)).build());
        duoPubliceert(bsn, ContractEvents.inburgeringstermijnGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setRedenWijziging(RedenWijzigingInburgeringstermijn.VERLENGING_OP_VERZOEK)
                .setStartdatum(LocalDate.of(2026, 11, 21)).setEinddatum(LocalDate.of(2030, 5, 20))
                .setVorigeEinddatum(LocalDate.of(2029, 11, 20)).setVerlengingsgrondcode("ZIEKTE")
                .setVerlengingsgrondomschrijving("Langdurige ziekte").setDatumWijziging(LocalDate.of(2029, 6, 1))
                .build());
        wachtOpVerwerking(bsn, "inburgeringstermijn-ontvangen", 2);

        termijn(AMSTERDAM, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.startdatum").value("2026-11-21"))
                .andExpect(jsonPath("$.einddatum").value("2030-05-20"))
                .andExpect(jsonPath("$.dagtekeningPip").value("2026-11-20"))
                .andExpect(jsonPath("$.historie[*].soort", Matchers.contains("VASTGESTELD", "GEWIJZIGD")))
                .andExpect(jsonPath("$.historie[1].redenWijziging").value("VERLENGING_OP_VERZOEK"))
                .andExpect(jsonPath("$.historie[1].vorigeEinddatum").value("2029-11-20"));
        pip(AMSTERDAM, id)
                .andExpect(jsonPath("$.inburgeringstermijn.startdatum").value("2026-11-21"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2030-05-20"))
                .andExpect(jsonPath("$.inburgeringstermijn.dagtekeningPip").value("2026-11-20"));
        assertThat(verwerkingen(bsn)).containsKey(ACTIVITEIT + "inburgeringstermijn-raadplegen");
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars[0].einddatumInburgeringstermijn").value("2030-05-20"));
    }

    @Test
    void de_werkvoorraad_toont_per_inburgeraar_waar_zijn_pip_staat_en_wanneer_zijn_termijn_eindigt() throws Exception {
        String zonderPip = TestBsn.nieuw();
        String verzonden = TestBsn.nieuw();
        String geregistreerd = TestBsn.nieuw();
        inburgeraar(zonderPip, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
        stelPipVast(AMSTERDAM, asielstatushouder(verzonden), PIP).andExpect(status().isCreated());
        String id = asielstatushouder(geregistreerd);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());
        duoPubliceert(geregistreerd, geregistreerd(geregistreerd, LocalDate.of(2026, 11, 20), NiveauPip.B1));
        duoPubliceert(geregistreerd, ContractEvents.inburgeringstermijnVastgesteld().setBsn(geregistreerd)
                .setGemeentecode(AMSTERDAM).setStartdatum(LocalDate.of(2026, 11, 21))
                .setEinddatum(LocalDate.of(2029, 11, 20)).setDagtekeningPip(LocalDate.of(2026, 11, 20))
                .setDatumVaststelling(LocalDate.of(2026, 11, 21)).build());
        wachtOpVerwerking(geregistreerd, "inburgeringstermijn-ontvangen", 1);
        wachtOpVerwerking(geregistreerd, "registratie-pip-ontvangen", 1);

        JsonNode pagina = lees(mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=100")
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk()));
        Map<String, JsonNode> perBsn = new java.util.HashMap<>();
        pagina.get("inburgeraars").forEach(i -> perBsn.put(i.get("bsn").asString(), i));
        assertThat(perBsn.get(zonderPip).get("statusPip").isNull()).isTrue();
        assertThat(perBsn.get(zonderPip).get("einddatumInburgeringstermijn").isNull()).isTrue();
        assertThat(perBsn.get(verzonden).get("statusPip").asString()).isEqualTo("VERZONDEN");
        assertThat(perBsn.get(geregistreerd).get("statusPip").asString()).isEqualTo("GEREGISTREERD");
        assertThat(perBsn.get(geregistreerd).get("einddatumInburgeringstermijn").asString()).isEqualTo("2029-11-20");
        mvc.perform(get("/api/v1/inburgeraars/" + id).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(jsonPath("$.statusPip").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.einddatumInburgeringstermijn").value("2029-11-20"));
    }

    @Test
    void een_pip_dat_een_gemeentesysteem_rechtstreeks_bij_duo_leverde_is_zichtbaar_ook_als_het_antwoord_eerder_komt_dan_de_persoon()
            throws Exception {
        String bsn = TestBsn.nieuw();
        duoPubliceert(bsn, geregistreerd(bsn, LocalDate.of(2026, 11, 18), NiveauPip.B1));
        duoPubliceert(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setStartdatum(LocalDate.of(2026, 11, 19)).setEinddatum(LocalDate.of(2029, 11, 18))
                .setDagtekeningPip(LocalDate.of(2026, 11, 18)).setDatumVaststelling(LocalDate.of(2026, 11, 19)).build());
        wachtOpVerwerking(bsn, "inburgeringstermijn-ontvangen", 1);

        String id = asielstatushouder(bsn);

        pip(AMSTERDAM, id)
                .andExpect(jsonPath("$.actueel.herkomst").value("RECHTSTREEKS_BIJ_DUO"))
                .andExpect(jsonPath("$.actueel.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.actueel.dagtekening").value("2026-11-18"))
                .andExpect(jsonPath("$.actueel.leerroute").value("B1_ROUTE"))
                .andExpect(jsonPath("$.inburgeringstermijn.einddatum").value("2029-11-18"));
        // the gemeente's own next PIP is a change of the one DUO has
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("redenWijziging"));
    }

    @Test
    void een_antwoord_van_duo_zonder_geldig_bsn_of_zonder_redenen_gaat_met_reden_naar_de_dlt() {
        String ongeldig = "123456789";
        duoPubliceert(ongeldig, geregistreerd(ongeldig, LocalDate.of(2026, 11, 20), NiveauPip.B1));
        String bsn = TestBsn.nieuw();
        duoPubliceert(bsn, ContractEvents.pipAfgewezen().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDagtekeningPip(LocalDate.of(2026, 11, 20)).setRedenen(List.of())
                .setDatumAfwijzing(LocalDate.of(2026, 11, 21)).build());

        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.REGISTRATIE_PIP,
                r -> TestPartner.bevat(r, ongeldig)))).contains("ongeldig BSN");
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.REGISTRATIE_PIP,
                r -> TestPartner.bevat(r, bsn)))).contains("zonder redenen");
        // a producer that puts a record with a malformed gemeentecode on Amsterdam's topic (decision 0018)
        TestPartner.publiceerOp(kafka(), TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSTERMIJN, AMSTERDAM),
                "sleutel-" + bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode("AMS")
                .setStartdatum(LocalDate.of(2026, 11, 21)).setEinddatum(LocalDate.of(2029, 11, 20))
                .setDagtekeningPip(LocalDate.of(2026, 11, 20)).setDatumVaststelling(LocalDate.of(2026, 11, 21)).build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.INBURGERINGSTERMIJN,
                r -> TestPartner.bevat(r, bsn)))).contains("ongeldige gemeentecode");
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    // ---- inburgeringsaanbod (#16)

    private static final String AANBOD = """
            {"datumInburgeringsaanbod":"2026-11-25","verwachteStartdatumOpleiding":"2027-01-05",
             "verwachteEinddatumOpleiding":"2028-06-30","alfabetiseringsonderwijs":"NVT","instellingsnummers":["12345"]}
            """;

    @Test
    void een_inburgeringsaanbod_gaat_naar_duo_en_volgt_het_antwoord_van_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());

        geefAanbod(AMSTERDAM, id, AANBOD)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.inburgeringsaanbod.status").value("VERZONDEN"))
                .andExpect(jsonPath("$.inburgeringsaanbod.instellingsnummers", Matchers.contains("12345")));
        InburgeringsaanbodVastgesteld event = opTopic(PIP_TOPIC, bsn, InburgeringsaanbodVastgesteld.class, 2);
        assertThat(event.getInburgeringsaanbod().getDatumInburgeringsaanbod()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(event.getInburgeringsaanbod().getVerwachteEinddatumOpleiding()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(event.getInburgeringsaanbod().getInstellingsnummers()).containsExactly("12345");

        duoPubliceert(bsn, ContractEvents.inburgeringsaanbodAfgewezen().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumInburgeringsaanbod(LocalDate.of(2026, 11, 25))
                .setRedenen(redenen("INSTELLING_NIET_ERKEND", "Instelling 12345 is niet erkend"))
                .setDatumAfwijzing(LocalDate.of(2026, 11, 26)).build());
        wachtOpVerwerking(bsn, "registratie-pip-ontvangen", 1);
        pip(AMSTERDAM, id)
                .andExpect(jsonPath("$.inburgeringsaanbod.status").value("AFGEWEZEN"))
                .andExpect(jsonPath("$.inburgeringsaanbod.afwijzingsredenen[0].code").value("INSTELLING_NIET_ERKEND"));

        geefAanbod(AMSTERDAM, id, AANBOD.replace("12345", "67890")).andExpect(status().isCreated());
        duoPubliceert(bsn, ContractEvents.inburgeringsaanbodGeregistreerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumInburgeringsaanbod(LocalDate.of(2026, 11, 25)).setInstellingsnummers(List.of("67890"))
                .setDatumRegistratie(LocalDate.of(2026, 11, 27)).build());
        wachtOpVerwerking(bsn, "registratie-pip-ontvangen", 2);
        pip(AMSTERDAM, id)
                .andExpect(jsonPath("$.inburgeringsaanbod.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.inburgeringsaanbod.instellingsnummers", Matchers.contains("67890")))
                .andExpect(jsonPath("$.inburgeringsaanbod.afwijzingsredenen").isEmpty());
    }

    @Test
    void een_inburgeringsaanbod_is_alleen_voor_een_asielstatushouder_met_een_vastgesteld_pip() throws Exception {
        String gezinsmigrant = TestBsn.nieuw();
        String idGezinsmigrant = inburgeraar(gezinsmigrant, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
        stelPipVast(AMSTERDAM, idGezinsmigrant, PIP).andExpect(status().isCreated());
        geefAanbod(AMSTERDAM, idGezinsmigrant, AANBOD)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("alleen voor een asielstatushouder")));

        String zonderPip = TestBsn.nieuw();
        geefAanbod(AMSTERDAM, asielstatushouder(zonderPip), AANBOD)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("vastgesteld PIP")));

        assertThat(TestPartner.alles(kafka(), PIP_TOPIC, r -> TestPartner.bevat(r, zonderPip))).isEmpty();
    }

    @Test
    void een_inburgeringsaanbod_zonder_instelling_en_met_data_in_de_verkeerde_volgorde_noemt_elk_probleem()
            throws Exception {
        String id = asielstatushouder(TestBsn.nieuw());

        geefAanbod(AMSTERDAM, id, """
                {"datumInburgeringsaanbod":"2026-11-25","verwachteStartdatumOpleiding":"2027-01-05",
                 "verwachteEinddatumOpleiding":"2026-12-30","alfabetiseringsonderwijs":"X","instellingsnummers":[]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("instellingsnummers",
                        "verwachteEinddatumOpleiding", "alfabetiseringsonderwijs")));
    }

    // ---- uren (#17)

    private static String uren(String peildatum, int taalles) {
        return """
                {"peildatum":"%s","urenTaallesEnKnmBredeIntake":%d,"urenParticipatieactiviteitenBredeIntake":16,
                 "urenParticipatieAlsTaalles":0,"urenParticipatieZroute":0,"actualisatiemoment":"TUSSENTIJDS"}
                """.formatted(peildatum, taalles);
    }

    @Test
    void de_uren_van_de_brede_intake_gaan_naar_duo_en_een_oudere_peildatum_is_een_conflict() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);

        meldUren(AMSTERDAM, id, uren("2026-11-15", 40))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peildatum").value("2026-11-15"))
                .andExpect(jsonPath("$.urenTaallesEnKnmBredeIntake").value(40));
        GevolgdeUrenGemeld event = opTopic(TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE.name(), bsn,
                GevolgdeUrenGemeld.class, 1);
        assertThat(event.getPeildatum()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(event.getUrenTaallesEnKnmBredeIntake()).isEqualTo(40);
        assertThat(event.getUrenParticipatieactiviteitenBredeIntake()).isEqualTo(16);
        assertThat(event.getActualisatiemoment()).isEqualTo(Actualisatiemoment.TUSSENTIJDS);

        meldUren(AMSTERDAM, id, uren("2026-11-10", 50))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("2026-11-15")));
        meldUren(AMSTERDAM, id, uren("2026-11-15", 44)).andExpect(status().isOk());
        assertThat(opTopic(TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE.name(), bsn, GevolgdeUrenGemeld.class, 2)
                .getUrenTaallesEnKnmBredeIntake()).isEqualTo(44);
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "gevolgde-uren-melden", 2L);
    }

    @Test
    void uren_met_negatieve_aantallen_en_een_peildatum_in_de_toekomst_noemen_elk_probleem() throws Exception {
        String id = asielstatushouder(TestBsn.nieuw());

        meldUren(AMSTERDAM, id, """
                {"peildatum":"%s","urenTaallesEnKnmBredeIntake":-1,"urenParticipatieactiviteitenBredeIntake":-2,
                 "urenParticipatieAlsTaalles":0,"actualisatiemoment":"SOMS"}
                """.formatted(LocalDate.now(clock).plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("peildatum",
                        "urenTaallesEnKnmBredeIntake", "urenParticipatieactiviteitenBredeIntake",
                        "urenParticipatieZroute", "actualisatiemoment")));
    }

    // ---- tenants

    @Test
    void een_klantmanager_van_een_andere_gemeente_krijgt_404_zoals_bij_een_onbekende() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = asielstatushouder(bsn);
        stelPipVast(AMSTERDAM, id, PIP).andExpect(status().isCreated());

        pip(ROTTERDAM, id).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        stelPipVast(ROTTERDAM, id, PIP).andExpect(status().isNotFound());
        geefAanbod(ROTTERDAM, id, AANBOD).andExpect(status().isNotFound());
        meldUren(ROTTERDAM, id, uren("2026-11-15", 40)).andExpect(status().isNotFound());
        termijn(ROTTERDAM, id).andExpect(status().isNotFound());
        pip(AMSTERDAM, java.util.UUID.randomUUID().toString()).andExpect(status().isNotFound());

        assertThat(TestPartner.wachtOp(kafka(), PIP_TOPIC, r -> TestPartner.bevat(r, bsn), 1)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from pip where bsn = ?").param(bsn).query(Long.class).single())
                .isEqualTo(1L);
    }

    @Test
    void een_klantmanager_zonder_de_juiste_rol_komt_er_niet_in() throws Exception {
        String id = asielstatushouder(TestBsn.nieuw());
        String brpSysteem = TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM)
                .gemeente(AMSTERDAM, OIN.get(AMSTERDAM)).bearer();

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pip").header("Authorization", brpSysteem))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/pip")).andExpect(status().isUnauthorized());
    }
}
