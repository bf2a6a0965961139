package nl.inburgering.coa.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.VoorinburgeringGeleverd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestCbsSleutels;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, #22 (decision 0041): COA delivers koppeling and voorinburgering to CBS per peildatum, pseudonymised for
 * CBS only, once per peildatum.
 */
@SpringBootTest(properties = { "spring.config.name=coa-service", "keten.monitoring.batchgrootte=2" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class MonitoringLeveringTest {

    private static final String COA = TestTokens.voor("coa-service").rol(Rol.COA_MEDEWERKER)
            .oin("00000001004210413000").bearer();
    private static final String BEHEERDER = TestTokens.voor("coa-service").rol(Rol.BEHEERDER).bearer();
    private static final String TOPIC = TopicCatalogue.MONITORING_COA.name();

    @DynamicPropertySource
    static void deSleutelVanCbs(DynamicPropertyRegistry properties) {
        properties.add("keten.monitoring.cbs-publieke-sleutel", TestCbsSleutels::publiekePem);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Pseudoniem sleutelVanCoa;
    @Autowired
    Clock clock;

    private static MockHttpServletRequestBuilder alsCoa(MockHttpServletRequestBuilder request, String json) {
        return request.header("Authorization", COA).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    /** A bewoner whose plicht DUO delivered to COA, gekoppeld aan Amsterdam, who followed 120 hours. */
    private String gekoppeldeBewonerMetVoorinburgering() throws Exception {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "s-" + bsn,
                ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode("0344")
                        .setBegindatum(LocalDate.of(2026, 1, 12)).setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                        .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                        .setOntvanger(Ontvanger.COA).build());
        String id = JsonMapper.builder().build().readTree(mvc.perform(alsCoa(post("/api/v1/bewoners"), """
                {"bsn":"%s","vNummer":"6%s","azcLocatie":"AZC Utrecht"}""".formatted(bsn, bsn)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).at("/id").asString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/v1/bewoners/" + id)
                .header("Authorization", COA)).andExpect(jsonPath("$.inburgeringsplicht.doelgroep").exists()));
        mvc.perform(alsCoa(post("/api/v1/bewoners/" + id + "/koppeling"), "{\"gemeentecode\":\"0363\"}"))
                .andExpect(status().isCreated());
        mvc.perform(alsCoa(put("/api/v1/bewoners/" + id + "/klantprofiel"), """
                {"geboorteland":"SY","talen":["ar"],"hoogstGenotenOpleiding":"middelbare school","werkervaring":"kok",
                 "alfabetiseringsbehoefte":"AA","voorinburgeringGevolgd":true,"urenVoorinburgering":120}"""))
                .andExpect(status().is2xxSuccessful());
        return bsn;
    }

    private ResultActions lever(LocalDate peildatum) throws Exception {
        return mvc.perform(post("/beheer/monitoring/leveringen").header("Authorization", BEHEERDER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"peildatum\":\"" + peildatum + "\"}"));
    }

    private static boolean isVan(ConsumerRecord<String, byte[]> r, String bsn, LocalDate peildatum) {
        VoorinburgeringGeleverd g = AvroCodec.decode(r.value(), VoorinburgeringGeleverd.class);
        return g.getPeildatum().equals(peildatum) && TestCbsSleutels.bsnUit(g.getPseudoniem()).equals(bsn);
    }

    @Test
    void cbs_krijgt_van_een_gekoppelde_bewoner_zijn_gemeente_en_zijn_voorinburgering_zonder_bsn_en_maar_een_keer()
            throws Exception {
        String bsn = gekoppeldeBewonerMetVoorinburgering();
        LocalDate peildatum = LocalDate.now(clock);

        lever(peildatum).andExpect(status().isOk()).andExpect(jsonPath("$.voltooid").value(true));

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> isVan(r, bsn, peildatum));
        assertThat(new String(record.value(), StandardCharsets.ISO_8859_1)).doesNotContain(bsn);
        assertThat(record.key()).doesNotContain(bsn).isNotEqualTo(sleutelVanCoa.van(bsn));
        VoorinburgeringGeleverd geleverd = AvroCodec.decode(record.value(), VoorinburgeringGeleverd.class);
        assertThat(geleverd.getGemeentecode()).isEqualTo("0363");
        assertThat(geleverd.getDatumKoppeling()).isNotNull();
        assertThat(geleverd.getVoorinburgeringGevolgd()).isTrue();
        assertThat(geleverd.getUrenVoorinburgering()).isEqualTo(120);

        lever(peildatum).andExpect(status().isOk()).andExpect(jsonPath("$.nuGeleverd").value(0));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> isVan(r, bsn, peildatum))).hasSize(1);
    }
}
