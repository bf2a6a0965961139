package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.AsielrechtenWijzigingVerblijfsdoel;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.DoelgroepkeuzeDoorgegeven;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 item 4, seed §13.4 at the gemeente: after a doelgroepwijziging the caseworker passes the signed keuze on
 * to DUO (#16 DoelgroepkeuzeDoorgegeven), once, within 10 weeks. The test plays DUO (#3).
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class DoelgroepkeuzeTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private ResultActions zoek(String bsn) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager(AMSTERDAM))
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"));
    }

    /** DUO delivers the plicht of an asielstatushouder (#3) and Amsterdam has the person; returns his id. */
    private String inburgeraar(String bsn) throws Exception {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn)
                .setGemeentecode(AMSTERDAM).setBegindatum(LocalDate.of(2026, 10, 1))
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(Ontvanger.GEMEENTE).build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> zoek(bsn)
                .andExpect(jsonPath("$.inburgeraars[0].bsn").value(bsn)));
        return JSON.readTree(zoek(bsn).andReturn().getResponse().getContentAsString())
                .at("/inburgeraars/0/id").asString();
    }

    private ResultActions keuze(String gemeentecode, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/doelgroepkeuze")
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String formulier(LocalDate wijziging, String keuze, LocalDate ondertekening) {
        return """
                {"datumWijzigingDoelgroep":"%s","keuze":"%s","datumOndertekening":"%s"}"""
                .formatted(wijziging, keuze, ondertekening);
    }

    @Test
    void de_klantmanager_geeft_de_keuze_na_een_doelgroepwijziging_een_keer_aan_duo_door() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        LocalDate vandaag = LocalDate.now(clock);
        String body = formulier(vandaag.minusWeeks(3), "BEHOUD_ASIELRECHTEN", vandaag.minusDays(1));

        keuze(AMSTERDAM, id, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.keuze").value("BEHOUD_ASIELRECHTEN"));
        keuze(AMSTERDAM, id, body).andExpect(status().isOk());

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.name(),
                r -> TestPartner.bevat(r, bsn));
        DoelgroepkeuzeDoorgegeven doorgegeven = AvroCodec.decode(record.value(), DoelgroepkeuzeDoorgegeven.class);
        assertThat(doorgegeven.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(doorgegeven.getKeuze()).isEqualTo(AsielrechtenWijzigingVerblijfsdoel.BEHOUD_ASIELRECHTEN);
        assertThat(doorgegeven.getDatumWijzigingDoelgroep()).isEqualTo(vandaag.minusWeeks(3));
        assertThat(record.key()).doesNotContain(bsn);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.name(),
                r -> TestPartner.bevat(r, bsn))).hasSize(1);
    }

    @Test
    void een_ondertekening_in_de_toekomst_en_een_verstreken_termijn_worden_samen_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        LocalDate vandaag = LocalDate.now(clock);

        keuze(AMSTERDAM, id, formulier(vandaag.minusWeeks(11), "BEHOUD_ASIELRECHTEN", vandaag.plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("datumWijzigingDoelgroep", "datumOndertekening")));
        keuze(AMSTERDAM, id, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder(
                        "datumWijzigingDoelgroep", "keuze", "datumOndertekening")));
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.name(),
                r -> TestPartner.bevat(r, bsn))).isEmpty();
    }

    @Test
    void een_andere_gemeente_kent_de_inburgeraar_niet() throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        LocalDate vandaag = LocalDate.now(clock);

        keuze(ROTTERDAM, id, formulier(vandaag.minusWeeks(1), "BEHOUD_ASIELRECHTEN", vandaag))
                .andExpect(status().isNotFound());
    }
}
