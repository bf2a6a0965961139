package nl.inburgering.gemeente.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringstrajectGeleverd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestCbsSleutels;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 16, #22 (decision 0041): every gemeente delivers its inburgeringstrajecten to CBS per peildatum, from its own
 * data, pseudonymised for CBS only, once per peildatum.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.monitoring.batchgrootte=2" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class MonitoringLeveringTest {

    private static final String BEHEERDER = TestTokens.voor("gemeente-service").rol(Rol.BEHEERDER).bearer();
    private static final String TOPIC = TopicCatalogue.MONITORING_GEMEENTE.name();
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 12, 1);

    @DynamicPropertySource
    static void deSleutelVanCbs(DynamicPropertyRegistry properties) {
        properties.add("keten.monitoring.cbs-publieke-sleutel", TestCbsSleutels::publiekePem);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudoniem sleutelVanDeGemeente;

    /** DUO's #3 for a gezinsmigrant in the gemeente, plichtig since 1 October 2026. */
    private String inburgeraarVan(String gemeentecode) {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "sleutel-" + bsn,
                ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(gemeentecode)
                        .setBegindatum(LocalDate.of(2026, 10, 1))
                        .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                        .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSHERENIGER)
                        .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setGeboortedatum(LocalDate.of(1994, 3, 8))
                        .setOntvanger(Ontvanger.GEMEENTE).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from inburgeraar where bsn = ?")
                .param(bsn).query(Integer.class).single() == 1);
        return bsn;
    }

    /** The starting point of PIP and PVT written straight into the database, as DUO registered them. */
    private void metGeregistreerdePipEnPvt(String bsn, String gemeentecode) {
        jdbc.sql("""
                insert into pip (id, bsn, gemeentecode, herkomst, dagtekening, leerroute, status, vastgesteld_op)
                values (?, ?, ?, 'RECHTSTREEKS_BIJ_DUO', ?, 'B1_ROUTE', 'GEREGISTREERD', ?)""")
                .params(UUID.randomUUID(), bsn, gemeentecode, LocalDate.of(2026, 11, 20), Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("""
                insert into leerroute_resultaat (id, bsn, gemeentecode, onderdeel, datum, herkomst, status)
                values (?, ?, ?, 'PVT', ?, 'RECHTSTREEKS_BIJ_DUO', 'GEREGISTREERD')""")
                .params(UUID.randomUUID(), bsn, gemeentecode, LocalDate.of(2026, 11, 25)).update();
    }

    private ResultActions lever() throws Exception {
        return mvc.perform(post("/beheer/monitoring/leveringen").header("Authorization", BEHEERDER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"peildatum\":\"" + PEILDATUM + "\"}"));
    }

    private static boolean isVan(ConsumerRecord<String, byte[]> r, String bsn) {
        InburgeringstrajectGeleverd g = AvroCodec.decode(r.value(), InburgeringstrajectGeleverd.class);
        return g.getPeildatum().equals(PEILDATUM) && TestCbsSleutels.bsnUit(g.getPseudoniem()).equals(bsn);
    }

    private static InburgeringstrajectGeleverd geleverdVoor(String bsn) {
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> isVan(r, bsn));
        assertThat(new String(record.value(), StandardCharsets.ISO_8859_1)).doesNotContain(bsn);
        return AvroCodec.decode(record.value(), InburgeringstrajectGeleverd.class);
    }

    @Test
    void elke_gemeente_levert_cbs_de_trajecten_van_haar_eigen_inburgeraars_zonder_bsn_en_maar_een_keer()
            throws Exception {
        String inAmsterdam = inburgeraarVan("0363");
        metGeregistreerdePipEnPvt(inAmsterdam, "0363");
        String inRotterdam = inburgeraarVan("0599");

        lever().andExpect(status().isOk()).andExpect(jsonPath("$.voltooid").value(true));

        InburgeringstrajectGeleverd amsterdam = geleverdVoor(inAmsterdam);
        assertThat(amsterdam.getGemeentecode()).isEqualTo("0363");
        assertThat(amsterdam.getDoelgroep()).isEqualTo(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
        assertThat(amsterdam.getDagtekeningPip()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(amsterdam.getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(amsterdam.getPvtAfgerond()).isTrue();
        assertThat(amsterdam.getMapAfgerond()).isFalse();
        InburgeringstrajectGeleverd rotterdam = geleverdVoor(inRotterdam);
        assertThat(rotterdam.getGemeentecode()).isEqualTo("0599");
        assertThat(rotterdam.getDagtekeningPip()).isNull();
        assertThat(TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> isVan(r, inAmsterdam)).key()).isNotEqualTo(sleutelVanDeGemeente.van(inAmsterdam));

        lever().andExpect(status().isOk()).andExpect(jsonPath("$.nuGeleverd").value(0));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> isVan(r, inAmsterdam))).hasSize(1);
    }
}
