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

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.OnderdeelPvtMapZroute;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.ZrouteOnderdeel;
import nl.inburgering.contracts.event.MapResultaatVastgesteld;
import nl.inburgering.contracts.event.PvtResultaatVastgesteld;
import nl.inburgering.contracts.event.ZrouteOnderdeelAfgerond;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed §5.2, §6.2, §7.2 at the gemeente: the caseworker records PVT, MAP and the onderdelen of the Z-route, they go to
 * DUO with #17, and DUO's answer (registered, withdrawn or rejected with every reason; from this service's delivery or
 * from a gemeente system's PUT to DUO's M2M API) lands in the gemeente's own record and on the werkvoorraad. The test
 * plays DUO (#3, the answer to the PIP and the answer to #17).
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class ResultatenPvtMapZrouteTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/gemeente/";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String RESULTATEN_TOPIC = TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE.name();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAGTEKENING_PIP = LocalDate.of(2026, 11, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Logboekinzage logboek;
    @Autowired
    Clock clock;

    // ---- recording at the gemeente, #17 out

    @Test
    void de_klantmanager_legt_pvt_en_map_vast_en_ze_gaan_met_17_naar_duo_binnen_tien_werkdagen_na_de_afronding()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inDeRoute(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "B1_ROUTE");

        resultaat(AMSTERDAM, id, "pvt", "{\"datumOndertekening\":\"2026-11-20\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pvt.status").value("VERZONDEN"))
                .andExpect(jsonPath("$.pvt.datum").value("2026-11-20"))
                .andExpect(jsonPath("$.pvt.herkomst").value("DEZE_DIENST"))
                .andExpect(jsonPath("$.map").isEmpty());
        resultaat(AMSTERDAM, id, "map", "{\"datumEindgesprek\":\"2026-11-23\",\"verwijtbaar\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.map.status").value("VERZONDEN"))
                .andExpect(jsonPath("$.map.verwijtbaar").value(false));

        PvtResultaatVastgesteld pvt = opTopic(bsn, PvtResultaatVastgesteld.class);
        assertThat(pvt.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(pvt.getAfgerond()).isTrue();
        assertThat(pvt.getDatumOndertekening()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(pvt.getNietAfrondenVerwijtbaar()).isNull();
        MapResultaatVastgesteld map = opTopic(bsn, MapResultaatVastgesteld.class);
        assertThat(map.getDatumEindgesprek()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(map.getNietAfrondenVerwijtbaar()).isFalse();
        // Friday 20 November 2026 + 10 werkdagen = Friday 4 December, to the end of that day
        assertThat(uiterlijkOp(bsn, "nl.inburgering.pvt-resultaat-vastgesteld"))
                .isEqualTo(LocalDate.of(2026, 12, 5).atStartOfDay(NL).toInstant());
        assertThat(verwerkingen(bsn, "resultaat-pvt-map-zroute-vastleggen")).isEqualTo(2);
    }

    @Test
    void een_asielstatushouder_in_de_zroute_rondt_participatie_en_eindgesprek_af() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inDeRoute(bsn, Doelgroepindeling.ASIELSTATUSHOUDER, "Z_ROUTE");

        resultaat(AMSTERDAM, id, "zroute/participatie", "{\"datumAfronding\":\"2026-11-24\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zrouteParticipatie.status").value("VERZONDEN"));
        resultaat(AMSTERDAM, id, "zroute/eindgesprek", "{\"datumAfronding\":\"2026-11-30\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zrouteEindgesprek.status").value("VERZONDEN"));

        List<ZrouteOnderdeelAfgerond> afgerond = TestPartner.wachtOp(kafka(), RESULTATEN_TOPIC,
                r -> TestPartner.bevat(r, bsn), 2).stream()
                .map(r -> AvroCodec.decode(r.value(), ZrouteOnderdeelAfgerond.class)).toList();
        assertThat(afgerond).extracting(ZrouteOnderdeelAfgerond::getOnderdeel)
                .containsExactly(ZrouteOnderdeel.PARTICIPATIECOMPONENT, ZrouteOnderdeel.EINDGESPREK);
        assertThat(afgerond).extracting(ZrouteOnderdeelAfgerond::getDatumAfronding)
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30));
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars[0].statusZroute").value("VERZONDEN"));
    }

    @Test
    void een_zroute_onderdeel_voor_wie_de_b1_route_volgt_meldt_elk_probleem_tegelijk_en_gaat_niet_naar_duo()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inDeRoute(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "B1_ROUTE");
        String morgen = LocalDate.now(clock.withZone(NL)).plusDays(2).toString();

        resultaat(AMSTERDAM, id, "zroute/participatie", "{\"datumAfronding\":\"" + morgen + "\",\"verwijtbaar\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("verwijtbaar",
                        "datumAfronding", "leerroute", "doelgroep")));
        resultaat(AMSTERDAM, id, "pvt", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.contains("datumOndertekening")));

        resultaat(AMSTERDAM, id, "map", "{\"datumEindgesprek\":\"" + morgen + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].reason").value(Matchers.containsString("toekomst")));
        assertThat(outboxrijen(bsn)).isZero();
        resultaten(AMSTERDAM, id).andExpect(status().isOk()).andExpect(jsonPath("$.pvt").isEmpty())
                .andExpect(jsonPath("$.zrouteParticipatie").isEmpty());
        assertThat(verwerkingen(bsn, "resultaat-pvt-map-zroute-vastleggen")).isZero();
    }

    @Test
    void zonder_vastgesteld_pip_is_er_nog_geen_resultaat_en_een_andere_gemeente_ziet_niets() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);

        resultaat(AMSTERDAM, id, "pvt", "{\"datumOndertekening\":\"2026-11-20\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("PIP")));
        resultaat(ROTTERDAM, id, "pvt", "{\"datumOndertekening\":\"2026-11-20\"}")
                .andExpect(status().isNotFound());
        resultaten(ROTTERDAM, id).andExpect(status().isNotFound());
        assertThat(outboxrijen(bsn)).isZero();
    }

    // ---- DUO's answer in the gemeente's record

    @Test
    void duo_registreert_het_pvt_en_wijst_de_map_af_en_de_klantmanager_ziet_beide_ook_in_de_werkvoorraad()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inDeRoute(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "B1_ROUTE");
        resultaat(AMSTERDAM, id, "pvt", "{\"datumOndertekening\":\"2026-11-20\"}").andExpect(status().isOk());
        resultaat(AMSTERDAM, id, "map", "{\"datumEindgesprek\":\"2026-11-23\",\"verwijtbaar\":false}")
                .andExpect(status().isOk());

        duoPubliceert(bsn, ContractEvents.resultaatPvtMapZrouteGeregistreerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(OnderdeelPvtMapZroute.PVT).setDatum(LocalDate.of(2026, 11, 20))
                .setDatumRegistratie(LocalDate.of(2026, 11, 25)).build());
        duoPubliceert(bsn, ContractEvents.resultaatPvtMapZrouteAfgewezen().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(OnderdeelPvtMapZroute.MAP).setDatum(LocalDate.of(2026, 11, 23)).setVerwijtbaar(false)
                .setRedenen(List.of(
                        ContractEvents.afwijzingsreden().setCode("VERWIJTBAAR_BIJ_AFRONDING_BINNEN_TERMIJN")
                                .setOmschrijving("Als de datum eindgesprek MAP voor de einddatum van de"
                                        + " inburgeringstermijn ligt, mag 'Verwijtbaar (Ja/Nee)' niet geleverd worden.")
                                .build(),
                        ContractEvents.afwijzingsreden().setCode("VERWIJTBAAR_NEE_BUITEN_TWEE_MAANDEN")
                                .setOmschrijving("'Verwijtbaar' mag alleen 'Nee' zijn als de einddatum van de"
                                        + " inburgeringstermijn binnen twee maanden valt.").build()))
                .setDatumAfwijzing(LocalDate.of(2026, 11, 25)).build());
        wachtOpVerwerking(bsn, "registratie-resultaat-pvt-map-zroute-ontvangen", 2);

        resultaten(AMSTERDAM, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.pvt.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.pvt.datumRegistratie").value("2026-11-25"))
                .andExpect(jsonPath("$.map.status").value("AFGEWEZEN"))
                .andExpect(jsonPath("$.map.datumAfwijzing").value("2026-11-25"))
                .andExpect(jsonPath("$.map.afwijzingsredenen[*].code", Matchers.contains(
                        "VERWIJTBAAR_BIJ_AFRONDING_BINNEN_TERMIJN", "VERWIJTBAAR_NEE_BUITEN_TWEE_MAANDEN")));
        zoek(AMSTERDAM, bsn)
                .andExpect(jsonPath("$.inburgeraars[0].statusPvt").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.inburgeraars[0].statusMap").value("AFGEWEZEN"))
                .andExpect(jsonPath("$.inburgeraars[0].statusZroute").isEmpty());
        assertThat(verwerkingen(bsn, "resultaten-pvt-map-zroute-raadplegen")).isEqualTo(1);
    }

    @Test
    void het_antwoord_op_een_eerdere_levering_laat_de_latere_wachten_op_haar_eigen_antwoord() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inDeRoute(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "B1_ROUTE");
        resultaat(AMSTERDAM, id, "pvt", "{\"datumOndertekening\":\"2026-11-19\"}").andExpect(status().isOk());
        resultaat(AMSTERDAM, id, "pvt", "{\"datumOndertekening\":\"2026-11-20\"}").andExpect(status().isOk());

        duoPubliceert(bsn, geregistreerdPvt(bsn, LocalDate.of(2026, 11, 19), false));
        wachtOpVerwerking(bsn, "registratie-resultaat-pvt-map-zroute-ontvangen", 1);
        resultaten(AMSTERDAM, id).andExpect(jsonPath("$.pvt.status").value("VERZONDEN"))
                .andExpect(jsonPath("$.pvt.datum").value("2026-11-20"));

        duoPubliceert(bsn, geregistreerdPvt(bsn, LocalDate.of(2026, 11, 20), false));
        wachtOpVerwerking(bsn, "registratie-resultaat-pvt-map-zroute-ontvangen", 2);
        resultaten(AMSTERDAM, id).andExpect(jsonPath("$.pvt.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.pvt.datum").value("2026-11-20"));
    }

    @Test
    void een_pvt_dat_een_gemeentesysteem_via_de_m2m_api_leverde_en_weer_introk_staat_in_het_eigen_record()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inDeRoute(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT, "B1_ROUTE");

        duoPubliceert(bsn, geregistreerdPvt(bsn, LocalDate.of(2026, 11, 18), true));
        wachtOpVerwerking(bsn, "registratie-resultaat-pvt-map-zroute-ontvangen", 1);
        resultaten(AMSTERDAM, id).andExpect(jsonPath("$.pvt.status").value("GEREGISTREERD"))
                .andExpect(jsonPath("$.pvt.datum").value("2026-11-18"))
                .andExpect(jsonPath("$.pvt.herkomst").value("RECHTSTREEKS_BIJ_DUO"));
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars[0].statusPvt").value("GEREGISTREERD"));

        duoPubliceert(bsn, ContractEvents.resultaatPvtMapZrouteGeregistreerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatum(null).setIngetrokken(true).setViaM2m(true).setDatumRegistratie(LocalDate.of(2026, 11, 26))
                .build());
        wachtOpVerwerking(bsn, "registratie-resultaat-pvt-map-zroute-ontvangen", 2);
        resultaten(AMSTERDAM, id).andExpect(jsonPath("$.pvt.status").value("INGETROKKEN"))
                .andExpect(jsonPath("$.pvt.datum").isEmpty());
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars[0].statusPvt").value("INGETROKKEN"));
    }

    @Test
    void een_afwijzing_zonder_redenen_of_met_een_onbekend_onderdeel_gaat_met_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();
        duoPubliceert(bsn, ContractEvents.resultaatPvtMapZrouteAfgewezen().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setRedenen(List.of()).build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE,
                r -> TestPartner.bevat(r, bsn)))).contains("zonder redenen");

        String ander = TestBsn.nieuw();
        duoPubliceert(ander, ContractEvents.resultaatPvtMapZrouteGeregistreerd().setBsn(ander)
                .setGemeentecode(AMSTERDAM).setOnderdeel(OnderdeelPvtMapZroute.ONBEKEND).build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE,
                r -> TestPartner.bevat(r, ander)))).contains("onbekend onderdeel");
    }

    // ---- DUO

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void duoPubliceert(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, event);
    }

    private static SpecificRecord geregistreerdPvt(String bsn, LocalDate datum, boolean viaM2m) {
        return ContractEvents.resultaatPvtMapZrouteGeregistreerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(OnderdeelPvtMapZroute.PVT).setDatum(datum).setViaM2m(viaM2m)
                .setDatumRegistratie(LocalDate.of(2026, 11, 25)).build();
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
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

    private ResultActions resultaat(String gemeentecode, String id, String onderdeel, String body) throws Exception {
        return mvc.perform(put("/api/v1/inburgeraars/" + id + "/resultaten/" + onderdeel)
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions resultaten(String gemeentecode, String id) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/resultaten")
                .header("Authorization", klantmanager(gemeentecode)));
    }

    /** DUO delivers the plicht (#3) and the gemeente has the person; returns his id. */
    private String inburgeraar(String bsn, Doelgroepindeling doelgroep) throws Exception {
        duoPubliceert(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBegindatum(LocalDate.of(2026, 10, 1)).setDoelgroep(doelgroep)
                .setGedetailleerdeDoelgroep(doelgroep == Doelgroepindeling.ASIELSTATUSHOUDER
                        ? GedetailleerdeDoelgroep.ASIELSTATUSHOUDER : GedetailleerdeDoelgroep.GEZINSHERENIGER)
                .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(Ontvanger.GEMEENTE).build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> zoek(AMSTERDAM, bsn)
                .andExpect(jsonPath("$.inburgeraars[0].bsn").value(bsn)));
        return JSON.readTree(zoek(AMSTERDAM, bsn).andReturn().getResponse().getContentAsString())
                .at("/inburgeraars/0/id").asString();
    }

    /** A person with Amsterdam's PIP in the leerroute, which DUO registered. */
    private String inDeRoute(String bsn, Doelgroepindeling doelgroep, String leerroute) throws Exception {
        String id = inburgeraar(bsn, doelgroep);
        mvc.perform(post("/api/v1/inburgeraars/" + id + "/pip").header("Authorization", klantmanager(AMSTERDAM))
                .contentType(MediaType.APPLICATION_JSON).content("{\"dagtekening\":\"" + DAGTEKENING_PIP
                        + "\",\"leerroute\":\"" + leerroute + "\",\"niveau\":\""
                        + ("Z_ROUTE".equals(leerroute) ? "A2" : "B1") + "\",\"alfabetiseringsonderwijs\":\"NVT\","
                        + "\"eenzijdigVastgesteld\":false}"))
                .andExpect(status().isCreated());
        duoPubliceert(bsn, ContractEvents.pipGeregistreerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDagtekeningPip(DAGTEKENING_PIP)
                .setLeerroute("Z_ROUTE".equals(leerroute) ? Leerroute.ZELFREDZAAMHEIDSROUTE : Leerroute.B1_ROUTE)
                .setNiveau("Z_ROUTE".equals(leerroute) ? NiveauPip.A2 : NiveauPip.B1).build());
        wachtOpVerwerking(bsn, "registratie-pip-ontvangen", 1);
        return id;
    }

    private static <T extends SpecificRecord> T opTopic(String bsn, Class<T> soort) {
        String type = soort.getSimpleName();
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(), RESULTATEN_TOPIC,
                r -> TestPartner.bevat(r, bsn) && ceType(r).equalsIgnoreCase("nl.inburgering."
                        + type.replaceAll("([a-z])([A-Z])", "$1-$2")));
        return AvroCodec.decode(record.value(), soort);
    }

    private static String ceType(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Instant uiterlijkOp(String bsn, String type) {
        return jdbc.sql("select payload, uiterlijk_op from outbox_event where topic = ? and type = ?")
                .param(RESULTATEN_TOPIC).param(type)
                .query((rs, i) -> Map.entry(rs.getBytes(1), rs.getTimestamp(2).toInstant())).list().stream()
                .filter(rij -> new String(rij.getKey(), StandardCharsets.ISO_8859_1).contains(bsn))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    private long outboxrijen(String bsn) {
        return jdbc.sql("select payload from outbox_event where topic = ?").param(RESULTATEN_TOPIC)
                .query((rs, i) -> rs.getBytes(1)).list().stream()
                .filter(p -> new String(p, StandardCharsets.ISO_8859_1).contains(bsn)).count();
    }

    private long verwerkingen(String bsn, String activiteit) {
        return logboek.voorBetrokkene(bsn).stream()
                .filter(r -> r.verwerkingsactiviteitId().equals(ACTIVITEIT + activiteit)).count();
    }

    private void wachtOpVerwerking(String bsn, String activiteit, long aantal) {
        await().atMost(Duration.ofSeconds(30)).until(() -> verwerkingen(bsn, activiteit) >= aantal);
    }
}
