package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
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
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.gemeente.intake.api.EenzijdigePip;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Pseudoniem;
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
 * Seed §4.2 and §9.2 at the gemeente: the brede intake through the caseworker's and the toetsbegeleider's eyes. The
 * test plays DUO (#3, #6) and reads what the gemeente sends DUO from the broker.
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class BredeIntakeTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/gemeente/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPROEP = """
            {"datum":"2026-12-01T10:00:00+01:00","locatie":"Stadsloket Centrum","onderwerp":"INTAKEGESPREK"}""";
    private static final String AFSPRAAK = """
            {"datum":"2026-12-03T09:00:00+01:00","locatie":"Toetslocatie Noord","toetsbegeleider":"J. de Vries"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    EenzijdigePip eenzijdigePip;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudoniem pseudoniem;
    @Autowired
    Logboekinzage logboek;

    // ---- DUO

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void publiceer(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, event);
    }

    private static InburgeringsplichtVastgesteld plicht(String bsn, boolean leerbaarheidstoetsKlaargezet) {
        return ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBegindatum(LocalDate.of(2026, 10, 1))
                .setDatumVaststelling(LocalDate.of(2026, 10, 2))
                .setLeerbaarheidstoetsKlaargezet(leerbaarheidstoetsKlaargezet)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(Ontvanger.GEMEENTE).build();
    }

    private static LeerbaarheidstoetsKlaargezet klaargezet(String bsn, String examennummer, boolean herkansing) {
        return ContractEvents.leerbaarheidstoetsKlaargezet().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumKlaargezet(LocalDate.of(2026, 10, 2)).setHerkansing(herkansing).setExamennummer(examennummer)
                .build();
    }

    private static LeerbaarheidstoetsUitkomstVastgesteld uitkomst(String bsn) {
        return ContractEvents.leerbaarheidstoetsUitkomstVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBehaaldeScore("14,50")
                .setBenodigdeScore("12,00").setDatumAfname(LocalDate.of(2026, 12, 3)).build();
    }

    // ---- the gemeente

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    /** DUO delivers the plicht; returns the inburgeraar's id in Amsterdam once it is there. */
    private String inburgeraar(String bsn) throws Exception {
        return inburgeraar(bsn, true);
    }

    private String inburgeraar(String bsn, boolean leerbaarheidstoetsKlaargezet) throws Exception {
        publiceer(bsn, plicht(bsn, leerbaarheidstoetsKlaargezet));
        return await().atMost(Duration.ofSeconds(30)).until(() -> lees(mvc.perform(post("/api/v1/inburgeraars/_zoek")
                .header("Authorization", klantmanager(AMSTERDAM)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"bsn\":\"" + bsn + "\"}"))).at("/inburgeraars/0/id").asString(null), id -> id != null);
    }

    private ResultActions bredeIntake(String gemeentecode, String id) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/brede-intake")
                .header("Authorization", klantmanager(gemeentecode)));
    }

    private JsonNode bredeIntake(String id) throws Exception {
        return lees(bredeIntake(AMSTERDAM, id).andExpect(status().isOk()));
    }

    private ResultActions postAls(String gemeentecode, String pad, String json) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + pad).header("Authorization", klantmanager(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String roepOp(String id) throws Exception {
        return lees(postAls(AMSTERDAM, id + "/brede-intake/oproepen", OPROEP).andExpect(status().isCreated()))
                .get("id").asString();
    }

    private ResultActions opkomst(String id, String oproepId, boolean verschenen) throws Exception {
        return postAls(AMSTERDAM, id + "/brede-intake/oproepen/" + oproepId + "/opkomst",
                "{\"verschenen\":" + verschenen + ",\"toelichting\":\"niet gekomen, geen bericht\"}");
    }

    /** Waits until DUO's klaargezette toets with this examennummer shows in the brede intake. */
    private void wachtOpKlaargezet(String id, String examennummer) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> bredeIntake(AMSTERDAM, id)
                .andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.examennummer").value(examennummer)));
    }

    private String plan(String id) throws Exception {
        return lees(postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK)
                .andExpect(status().isCreated())).get("id").asString();
    }

    private ResultActions verloop(String id, String afspraakId, String json) throws Exception {
        return postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken/" + afspraakId + "/verloop", json);
    }

    /** Everything the gemeente's outbox holds about this person, on any topic. */
    private long uitgaandeEvents(String bsn) {
        return jdbc.sql("select count(*) from outbox_event where partitiesleutel = ?").param(pseudoniem.van(bsn))
                .query(Long.class).single();
    }

    private LeerbaarheidstoetsVerloopVerklaard verklaringNaarDuo(String bsn) {
        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VERLOOP_LEERBAARHEIDSTOETS.name(),
                r -> TestPartner.bevat(r, bsn));
        return AvroCodec.decode(record.value(), LeerbaarheidstoetsVerloopVerklaard.class);
    }

    private long verwerkingen(String bsn, String activiteit) {
        return logboek.voorBetrokkene(bsn).stream()
                .filter(r -> r.verwerkingsactiviteitId().equals(ACTIVITEIT + activiteit)).count();
    }

    // ---- the scenarios

    @Test
    void wie_niet_verschijnt_wordt_gewaarschuwd_en_na_drie_keer_kan_de_gemeente_een_boete_opleggen_die_bij_de_gemeente_blijft()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, klaargezet(bsn, "LBT000000001", false));
        wachtOpKlaargezet(id, "LBT000000001");

        String eerste = roepOp(id);
        postAls(AMSTERDAM, id + "/brede-intake/oproepen", OPROEP).andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.containsString("/api/v1/inburgeraars/" + id
                        + "/brede-intake/oproepen/")))
                .andExpect(jsonPath("$.datum").value("2026-12-01T10:00:00+01:00"))
                .andExpect(jsonPath("$.locatie").value("Stadsloket Centrum"))
                .andExpect(jsonPath("$.onderwerp").value("INTAKEGESPREK"))
                .andExpect(jsonPath("$.opkomst").value(Matchers.nullValue()));
        String tweede = bredeIntake(id).at("/oproepen/1/id").asString();
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/brede-intake/oproepen/" + tweede)
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(tweede)).andExpect(jsonPath("$.opkomst").value(Matchers.nullValue()));
        opkomst(id, eerste, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.oproepen[0].opkomst.verschenen").value(false))
                .andExpect(jsonPath("$.aantalKeerNietVerschenen").value(1))
                .andExpect(jsonPath("$.handhaving.length()").value(1))
                .andExpect(jsonPath("$.handhaving[0].maatregel").value("WAARSCHUWING"))
                .andExpect(jsonPath("$.handhaving[0].datum").isNotEmpty())
                .andExpect(jsonPath("$.handhaving[0].reden").isNotEmpty())
                .andExpect(jsonPath("$.handhaving[0].bedrag").value(Matchers.nullValue()));
        opkomst(id, tweede, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.aantalKeerNietVerschenen").value(2))
                .andExpect(jsonPath("$.handhaving[*].maatregel").value(Matchers.contains("WAARSCHUWING", "WAARSCHUWING")))
                .andExpect(jsonPath("$.boeteToegestaan").value(false))
                .andExpect(jsonPath("$.pipEenzijdigToegestaan").value(false));
        assertThat(eenzijdigePip.isToegestaan(Bsn.of(bsn), AMSTERDAM)).isFalse();
        postAls(AMSTERDAM, id + "/brede-intake/boetes", "{}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        // not joining the planned leerbaarheidstoets counts toward the three (§9.2); DUO hears nothing of it
        String afspraak = plan(id);
        verloop(id, afspraak, "{\"verschenen\":false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.leerbaarheidstoets.afspraken[0].verloop.verschenen").value(false))
                .andExpect(jsonPath("$.aantalKeerNietVerschenen").value(3))
                .andExpect(jsonPath("$.handhaving.length()").value(2))
                .andExpect(jsonPath("$.boeteToegestaan").value(true))
                .andExpect(jsonPath("$.pipEenzijdigToegestaan").value(true));
        assertThat(eenzijdigePip.isToegestaan(Bsn.of(bsn), AMSTERDAM)).isTrue();
        assertThat(eenzijdigePip.isToegestaan(Bsn.of(bsn), ROTTERDAM)).isFalse();

        postAls(AMSTERDAM, id + "/brede-intake/boetes", "{\"bedrag\":800.01}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("bedrag"));
        postAls(AMSTERDAM, id + "/brede-intake/boetes", "{}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.handhaving.length()").value(3))
                .andExpect(jsonPath("$.handhaving[2].maatregel").value("BOETE"))
                .andExpect(jsonPath("$.handhaving[2].bedrag").value(800.0))
                .andExpect(jsonPath("$.boeteToegestaan").value(false));
        postAls(AMSTERDAM, id + "/brede-intake/boetes", "{\"bedrag\":250}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("één per keer niet verschijnen")));

        String vierde = roepOp(id);
        opkomst(id, vierde, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.aantalKeerNietVerschenen").value(4))
                .andExpect(jsonPath("$.handhaving.length()").value(3))
                .andExpect(jsonPath("$.boeteToegestaan").value(true));
        postAls(AMSTERDAM, id + "/brede-intake/boetes", "{\"bedrag\":250}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.handhaving[3].bedrag").value(250.0));
        opkomst(id, vierde, true).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("De opkomst van deze oproep is al vastgelegd."));

        // boetes stay at the gemeente (§9.2): nothing about this person left through the outbox, on any topic
        assertThat(uitgaandeEvents(bsn)).isZero();
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.VERLOOP_LEERBAARHEIDSTOETS.name(),
                r -> TestPartner.bevat(r, bsn))).isEmpty();
        assertThat(verwerkingen(bsn, "handhaving-op-inspanning")).isEqualTo(4);
        assertThat(verwerkingen(bsn, "brede-intake-opkomst-vastleggen")).isEqualTo(3);
    }

    @Test
    void een_negatieve_verklaring_gaat_naar_duo_en_de_nieuwe_toets_van_duo_kan_opnieuw_worden_ingepland()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, klaargezet(bsn, "LBT000000002", false));
        wachtOpKlaargezet(id, "LBT000000002");
        String afspraak = plan(id);

        verloop(id, afspraak, """
                {"verschenen":true,"ordentelijkVerloop":false,
                 "toelichting":"Toets afgebroken: storing van de toetsomgeving"}
                """).andExpect(status().isOk())
                .andExpect(jsonPath("$.leerbaarheidstoets.afspraken[0].verloop.ordentelijkVerloop").value(false))
                .andExpect(jsonPath("$.aantalKeerNietVerschenen").value(0));

        LeerbaarheidstoetsVerloopVerklaard verklaring = verklaringNaarDuo(bsn);
        assertThat(verklaring.getOrdentelijkVerloop()).isFalse();
        assertThat(verklaring.getExamennummer()).isEqualTo("LBT000000002");
        assertThat(verklaring.getDatumAfname()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(verklaring.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(verklaring.getToelichting()).contains("storing");
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("al afgenomen")));

        publiceer(bsn, klaargezet(bsn, "LBT000000003", true));
        wachtOpKlaargezet(id, "LBT000000003");
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.containsString("/leerbaarheidstoets/afspraken/")))
                .andExpect(jsonPath("$.examennummer").value("LBT000000003"))
                .andExpect(jsonPath("$.toetsbegeleider").value("J. de Vries"))
                .andExpect(jsonPath("$.verloop").value(Matchers.nullValue()));
        bredeIntake(AMSTERDAM, id).andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.herkansing").value(true))
                .andExpect(jsonPath("$.leerbaarheidstoets.afspraken.length()").value(2));
        // one open afspraak at a time
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("al een afspraak")));
    }

    @Test
    void bij_een_ordentelijk_verloop_ziet_de_klantmanager_de_uitkomst_van_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, false);
        bredeIntake(AMSTERDAM, id).andExpect(jsonPath("$.leerbaarheidstoets.klaargezet").value(Matchers.nullValue()));
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("geen leerbaarheidstoets klaargezet")));
        publiceer(bsn, klaargezet(bsn, "LBT000000004", false));
        wachtOpKlaargezet(id, "LBT000000004");
        String afspraak = plan(id);

        verloop(id, afspraak, "{\"verschenen\":true,\"ordentelijkVerloop\":true,\"toelichting\":null}")
                .andExpect(status().isOk());
        LeerbaarheidstoetsVerloopVerklaard verklaring = verklaringNaarDuo(bsn);
        assertThat(verklaring.getOrdentelijkVerloop()).isTrue();
        assertThat(verklaring.getDatumAfname()).isEqualTo(LocalDate.of(2026, 12, 3));
        verloop(id, afspraak, "{\"verschenen\":true,\"ordentelijkVerloop\":true}").andExpect(status().isConflict());

        publiceer(bsn, uitkomst(bsn));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> bredeIntake(AMSTERDAM, id)
                .andExpect(jsonPath("$.leerbaarheidstoets.uitkomst.resultaat").value("B1_ROUTE_HAALBAAR"))
                .andExpect(jsonPath("$.leerbaarheidstoets.uitkomst.behaaldeScore").value("14,50"))
                .andExpect(jsonPath("$.leerbaarheidstoets.uitkomst.benodigdeScore").value("12,00"))
                .andExpect(jsonPath("$.leerbaarheidstoets.uitkomst.datumAfname").value("2026-12-03")));
        // the toets was taken: nothing left to plan until DUO sets a new one ready
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isConflict());
        assertThat(verwerkingen(bsn, "leerbaarheidstoets-uitkomst-ontvangen")).isEqualTo(1);
        assertThat(verwerkingen(bsn, "leerbaarheidstoets-verloop-verklaren")).isEqualTo(1);
        assertThat(verwerkingen(bsn, "brede-intake-raadplegen")).isPositive();
    }

    @Test
    void een_toets_die_alleen_de_inburgeringsplicht_aankondigt_kan_al_worden_ingepland_en_blijft_dezelfde_toets()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, true);
        bredeIntake(AMSTERDAM, id)
                .andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.examennummer").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.datumKlaargezet").value("2026-10-02"));

        String afspraak = lees(postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.examennummer").value(Matchers.nullValue()))).get("id").asString();
        verloop(id, afspraak, "{\"verschenen\":true,\"ordentelijkVerloop\":true}").andExpect(status().isOk());
        LeerbaarheidstoetsVerloopVerklaard verklaring = verklaringNaarDuo(bsn);
        assertThat(verklaring.getExamennummer()).isNull();
        assertThat(verklaring.getOrdentelijkVerloop()).isTrue();

        // DUO's #6 for that first toets arrives late: it completes the toets that was taken, nothing new to plan
        publiceer(bsn, klaargezet(bsn, "LBT000000009", false));
        wachtOpKlaargezet(id, "LBT000000009");
        bredeIntake(AMSTERDAM, id).andExpect(jsonPath("$.leerbaarheidstoets.afspraken.length()").value(1))
                .andExpect(jsonPath("$.leerbaarheidstoets.afspraken[0].examennummer").value("LBT000000009"));
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("al afgenomen")));
    }

    @Test
    void de_leerbaarheidstoets_die_duo_voor_de_inburgeringsplicht_levert_hoort_bij_de_inburgeraar_zodra_die_er_is()
            throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, klaargezet(bsn, "LBT000000005", false));
        publiceer(bsn, uitkomst(bsn));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> verwerkingen(bsn, "leerbaarheidstoets-uitkomst-ontvangen") == 1);

        String id = inburgeraar(bsn);

        bredeIntake(AMSTERDAM, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.examennummer").value("LBT000000005"))
                .andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.datumKlaargezet").value("2026-10-02"))
                .andExpect(jsonPath("$.leerbaarheidstoets.klaargezet.herkansing").value(false))
                .andExpect(jsonPath("$.leerbaarheidstoets.uitkomst.resultaat").value("B1_ROUTE_HAALBAAR"))
                .andExpect(jsonPath("$.oproepen").isEmpty())
                .andExpect(jsonPath("$.aantalKeerNietVerschenen").value(0));
    }

    @Test
    void ongeldige_invoer_noemt_alle_problemen_tegelijk() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, klaargezet(bsn, "LBT000000006", false));
        wachtOpKlaargezet(id, "LBT000000006");

        postAls(AMSTERDAM, id + "/brede-intake/oproepen", "{\"locatie\":\"\",\"onderwerp\":\"KOFFIE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.contains("datum", "locatie", "onderwerp")));
        postAls(AMSTERDAM, id + "/brede-intake/oproepen", "{\"datum\":\"morgen\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.contains("datum", "locatie", "toetsbegeleider")));
        String oproep = roepOp(id);
        postAls(AMSTERDAM, id + "/brede-intake/oproepen/" + oproep + "/opkomst", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("verschenen"));
        postAls(AMSTERDAM, id + "/brede-intake/oproepen/" + UUID.randomUUID() + "/opkomst", "{\"verschenen\":true}")
                .andExpect(status().isNotFound());

        String afspraak = plan(id);
        verloop(id, afspraak, "{\"verschenen\":true}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("ordentelijkVerloop"));
        verloop(id, afspraak, "{\"verschenen\":true,\"ordentelijkVerloop\":false}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("toelichting"));
        verloop(id, afspraak, "{\"verschenen\":true,\"ordentelijkVerloop\":true,\"cijfer\":8}")
                .andExpect(status().isBadRequest());
        // nothing was recorded by the bad requests
        bredeIntake(AMSTERDAM, id).andExpect(jsonPath("$.leerbaarheidstoets.afspraken[0].verloop")
                .value(Matchers.nullValue())).andExpect(jsonPath("$.oproepen[0].opkomst").value(Matchers.nullValue()));
        assertThat(uitgaandeEvents(bsn)).isZero();
    }

    @Test
    void een_nul_teken_een_oproep_in_1989_en_een_pagina_voorbij_het_maximum_zijn_een_400_en_geen_500()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, klaargezet(bsn, "LBT000000099", false));
        wachtOpKlaargezet(id, "LBT000000099");
        String oproep = roepOp(id);

        postAls(AMSTERDAM, id + "/brede-intake/oproepen/" + oproep + "/opkomst",
                "{\"verschenen\":false,\"toelichting\":\"ziek\\u0000\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("toelichting"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("controlCharacter"));
        postAls(AMSTERDAM, id + "/brede-intake/oproepen",
                "{\"datum\":\"1989-06-01T10:00:00+02:00\",\"locatie\":\"Stadhuis\",\"onderwerp\":\"INTAKEGESPREK\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("datum"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("range"));
        mvc.perform(get("/api/v1/inburgeraars").param("pagina", "2147483647")
                .header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("pagina"));
        bredeIntake(AMSTERDAM, id).andExpect(jsonPath("$.oproepen[0].opkomst").value(Matchers.nullValue()));
    }

    @Test
    void een_klantmanager_van_een_andere_gemeente_vindt_de_brede_intake_niet() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, klaargezet(bsn, "LBT000000007", false));
        wachtOpKlaargezet(id, "LBT000000007");
        String oproep = roepOp(id);
        String afspraak = plan(id);

        bredeIntake(ROTTERDAM, id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze inburgeraar bestaat niet in uw gemeente."));
        postAls(ROTTERDAM, id + "/brede-intake/oproepen", OPROEP).andExpect(status().isNotFound());
        postAls(ROTTERDAM, id + "/brede-intake/oproepen/" + oproep + "/opkomst", "{\"verschenen\":false}")
                .andExpect(status().isNotFound());
        postAls(ROTTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isNotFound());
        postAls(ROTTERDAM, id + "/leerbaarheidstoets/afspraken/" + afspraak + "/verloop", "{\"verschenen\":false}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/leerbaarheidstoets/afspraken/" + afspraak)
                .header("Authorization", klantmanager(ROTTERDAM))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/leerbaarheidstoets/afspraken/" + afspraak)
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())
                .andExpect(jsonPath("$.locatie").value("Toetslocatie Noord"));
        bredeIntake(ROTTERDAM, UUID.randomUUID().toString()).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze inburgeraar bestaat niet in uw gemeente."));

        JsonNode intake = bredeIntake(id);
        assertThat(intake.get("oproepen")).hasSize(1);
        assertThat(intake.at("/oproepen/0/opkomst").isNull()).isTrue();
        assertThat(intake.at("/leerbaarheidstoets/afspraken/0/verloop").isNull()).isTrue();
        assertThat(intake.get("aantalKeerNietVerschenen").asInt()).isZero();
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/brede-intake")).andExpect(status().isUnauthorized());
    }

    // ---- limits per person (issue 11, item 10; decision 0015)

    /** Oproepen of earlier weeks whose opkomst is recorded (he came), straight into the table. */
    private void eerdereOproepen(String bsn, int aantal) {
        jdbc.sql("""
                insert into brede_intake_oproep (id, bsn, gemeentecode, datum, locatie, onderwerp, verschenen,
                                                 opkomst_vastgelegd_op, aangemaakt_op)
                select gen_random_uuid(), ?, ?, timestamptz '2026-10-05 10:00+02' + n * interval '1 hour',
                       'Stadsloket ' || n, 'VERVOLGGESPREK', true, now(), now()
                  from generate_series(1, ?) n
                """).params(bsn, AMSTERDAM, aantal).update();
    }

    @Test
    void hoogstens_vijf_oproepen_staan_tegelijk_open_en_een_zesde_wordt_met_de_regel_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        String eerste = roepOp(id);
        for (int i = 0; i < 4; i++) {
            roepOp(id);
        }

        postAls(AMSTERDAM, id + "/brede-intake/oproepen", OPROEP).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("5 oproepen")));
        assertThat(bredeIntake(id).get("oproepen").size()).isEqualTo(5);

        opkomst(id, eerste, true).andExpect(status().isOk());
        roepOp(id);
    }

    @Test
    void een_inburgeraar_krijgt_hoogstens_vijftig_oproepen_in_zijn_brede_intake() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        eerdereOproepen(bsn, 49);

        roepOp(id);
        postAls(AMSTERDAM, id + "/brede-intake/oproepen", OPROEP).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("50 oproepen")));
        assertThat(jdbc.sql("select count(*) from brede_intake_oproep where bsn = ?").param(bsn).query(Long.class)
                .single()).isEqualTo(50);
    }

    @Test
    void de_brede_intake_toont_de_laatste_tien_oproepen_en_de_rest_staat_per_pagina_in_de_oproepen() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        eerdereOproepen(bsn, 44);
        String nieuwste = roepOp(id);

        JsonNode intake = bredeIntake(id);
        assertThat(intake.get("oproepen").size()).isEqualTo(10);
        assertThat(intake.get("aantalOproepen").asInt()).isEqualTo(45);
        assertThat(intake.at("/oproepen/9/id").asString()).isEqualTo(nieuwste);
        assertThat(intake.at("/oproepen/0/locatie").asString()).isEqualTo("Stadsloket 36");

        String oproepen = "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen";
        mvc.perform(get(oproepen).param("pagina", "1").param("paginaGrootte", "20")
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())
                .andExpect(jsonPath("$.oproepen.length()").value(20))
                .andExpect(jsonPath("$.oproepen[0].locatie").value("Stadsloket 1"))
                .andExpect(jsonPath("$.pagina").value(1)).andExpect(jsonPath("$.paginaGrootte").value(20))
                .andExpect(jsonPath("$.totaal").value(45));
        mvc.perform(get(oproepen).param("pagina", "3").param("paginaGrootte", "20")
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())
                .andExpect(jsonPath("$.oproepen.length()").value(5))
                .andExpect(jsonPath("$.oproepen[4].id").value(nieuwste));
        mvc.perform(get(oproepen).param("paginaGrootte", "101").header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("paginaGrootte"));
        mvc.perform(get(oproepen).header("Authorization", klantmanager(ROTTERDAM))).andExpect(status().isNotFound());
    }

    @Test
    void een_inburgeraar_krijgt_hoogstens_tien_afspraken_voor_de_leerbaarheidstoets() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, klaargezet(bsn, "LBT000000021", false));
        wachtOpKlaargezet(id, "LBT000000021");
        for (int i = 0; i < 10; i++) {
            verloop(id, plan(id), "{\"verschenen\":false}").andExpect(status().isOk());
        }

        postAls(AMSTERDAM, id + "/leerbaarheidstoets/afspraken", AFSPRAAK).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("10 afspraken")));
    }

    @Test
    void een_klaargezette_toets_met_een_ongeldig_bsn_gaat_met_reden_naar_de_dlt() {
        String ongeldig = "123456789";

        publiceer(ongeldig, klaargezet(ongeldig, "LBT000000008", false));

        var dlt = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.UITKOMST_LEERBAARHEIDSTOETS,
                r -> TestPartner.bevat(r, "LBT000000008"));
        assertThat(new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("ongeldig BSN");
    }

    @Test
    void een_uitkomst_met_een_score_die_duo_niet_zo_schrijft_gaat_naar_de_dlt() {
        String bsn = TestBsn.nieuw();
        LeerbaarheidstoetsUitkomstVastgesteld uitkomst = uitkomst(bsn);
        uitkomst.setBehaaldeScore("14.5");

        publiceer(bsn, uitkomst);

        var dlt = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.UITKOMST_LEERBAARHEIDSTOETS,
                r -> TestPartner.bevat(r, bsn));
        assertThat(new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("behaaldeScore");
    }
}
