package nl.inburgering.ind.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

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

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.VerblijfsgegevensGeleverd;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestCbsSleutels;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 16, #22 (decision 0041): IND delivers its verblijfsgegevens to CBS per peildatum, pseudonymised for CBS only,
 * in batches, once per peildatum.
 */
@SpringBootTest(properties = { "spring.config.name=ind-service", "keten.monitoring.batchgrootte=2" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class MonitoringLeveringTest {

    private static final String IND = TestTokens.voor("ind-service").rol(Rol.IND_MEDEWERKER)
            .oin("00000001003214369000").bearer();
    private static final String BEHEERDER = TestTokens.voor("ind-service").rol(Rol.BEHEERDER).bearer();
    private static final String TOPIC = TopicCatalogue.MONITORING_IND.name();

    @DynamicPropertySource
    static void deSleutelVanCbs(DynamicPropertyRegistry properties) {
        properties.add("keten.monitoring.cbs-publieke-sleutel", TestCbsSleutels::publiekePem);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Pseudoniem sleutelVanInd;

    private void registreer(String vNummer, String bsn, String doel, String ingangsdatum) throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"%s","bsn":"%s","geboortedatum":"1990-05-17","nationaliteit":"SY",
                 "verblijfsdoel":"%s","ingangsdatum":"%s"}
                """.formatted(vNummer, bsn, doel, ingangsdatum))).andExpect(status().isCreated());
    }

    private ResultActions lever(String body, String token) throws Exception {
        return mvc.perform(post("/beheer/monitoring/leveringen").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void de_beheerder_levert_een_peildatum_en_cbs_vindt_van_elke_lopende_vergunning_een_record_zonder_bsn()
            throws Exception {
        LocalDate peildatum = LocalDate.of(2026, 11, 1);
        String amira = TestBsn.nieuw();
        String youssef = TestBsn.nieuw();
        String lina = TestBsn.nieuw();
        String later = TestBsn.nieuw();
        registreer("2200000001", amira, "ASIEL", "2026-09-01");
        registreer("2200000002", youssef, "GEZINSHERENIGING", "2026-10-01");
        registreer("2200000003", lina, "STUDIE", "2026-10-15");
        registreer("2200000004", later, "ASIEL", "2026-11-20"); // not yet standing on the peildatum

        lever("{\"peildatum\":\"2026-11-01\"}", BEHEERDER).andExpect(status().isOk())
                .andExpect(jsonPath("$.voltooid").value(true))
                .andExpect(jsonPath("$.nuGeleverd").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));

        for (String bsn : List.of(amira, youssef, lina)) {
            ConsumerRecord<String, byte[]> record = nl.inburgering.platform.test.TestPartner.wachtOp(
                    KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> isVan(r, bsn, peildatum));
            assertThat(new String(record.value(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(bsn);
            assertThat(record.key()).doesNotContain(bsn).isNotEqualTo(sleutelVanInd.van(bsn));
        }
        VerblijfsgegevensGeleverd vanAmira = AvroCodec.decode(nl.inburgering.platform.test.TestPartner.wachtOp(
                KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> isVan(r, amira, peildatum)).value(),
                VerblijfsgegevensGeleverd.class);
        assertThat(vanAmira.getVerblijfsdoel()).isEqualTo(Verblijfsdoel.ASIEL);
        assertThat(vanAmira.getIngangsdatumVerblijfsrecht()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(vanAmira.getNationaliteit()).isEqualTo("SY");
        assertThat(vanAmira.getGeboortejaar()).isEqualTo(1990);
        assertThat(nl.inburgering.platform.test.TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> isVan(r, later, peildatum))).isEmpty();
    }

    @Test
    void dezelfde_peildatum_twee_keer_leveren_stuurt_niets_twee_keer() throws Exception {
        LocalDate peildatum = LocalDate.of(2026, 10, 1);
        String bsn = TestBsn.nieuw();
        registreer("2200000011", bsn, "GEZINSVORMING", "2026-08-01");

        lever("{\"peildatum\":\"2026-10-01\"}", BEHEERDER).andExpect(status().isOk());
        nl.inburgering.platform.test.TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> isVan(r, bsn, peildatum));
        lever("{\"peildatum\":\"2026-10-01\"}", BEHEERDER).andExpect(status().isOk())
                .andExpect(jsonPath("$.nuGeleverd").value(0)).andExpect(jsonPath("$.voltooid").value(true));

        assertThat(nl.inburgering.platform.test.TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> isVan(r, bsn, peildatum))).hasSize(1);
    }

    @Test
    void een_levering_zonder_peildatum_of_met_een_peildatum_in_de_toekomst_wordt_geweigerd() throws Exception {
        lever("{}", BEHEERDER).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("peildatum"));
        lever("{\"peildatum\":\"2999-01-01\"}", BEHEERDER).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void alleen_de_beheerder_mag_een_levering_aan_cbs_starten() throws Exception {
        lever("{\"peildatum\":\"2026-10-01\"}", IND).andExpect(status().isForbidden());
    }

    private static boolean isVan(ConsumerRecord<String, byte[]> r, String bsn, LocalDate peildatum) {
        VerblijfsgegevensGeleverd g = AvroCodec.decode(r.value(), VerblijfsgegevensGeleverd.class);
        return g.getPeildatum().equals(peildatum) && TestCbsSleutels.bsnUit(g.getPseudoniem()).equals(bsn);
    }
}
