package nl.inburgering.duo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Inburgeringsstatus;
import nl.inburgering.contracts.event.InburgeringsplichtGeleverd;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestCbsSleutels;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 16, #22 (decision 0041): DUO delivers plicht, termijn and result to CBS per peildatum, pseudonymised for CBS
 * only, in batches, once per peildatum.
 */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.monitoring.batchgrootte=2" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class MonitoringLeveringTest {

    private static final String BEHEERDER = TestTokens.voor("duo-service").rol(Rol.BEHEERDER).bearer();
    private static final String TOPIC = TopicCatalogue.MONITORING_DUO.name();

    @DynamicPropertySource
    static void deSleutelVanCbs(DynamicPropertyRegistry properties) {
        properties.add("keten.monitoring.cbs-publieke-sleutel", TestCbsSleutels::publiekePem);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    Pseudoniem sleutelVanDuo;

    private ResultActions lever(LocalDate peildatum) throws Exception {
        return mvc.perform(post("/beheer/monitoring/leveringen").header("Authorization", BEHEERDER)
                .contentType(MediaType.APPLICATION_JSON).content("{\"peildatum\":\"" + peildatum + "\"}"));
    }

    private static boolean isVan(ConsumerRecord<String, byte[]> r, String bsn, LocalDate peildatum) {
        InburgeringsplichtGeleverd g = AvroCodec.decode(r.value(), InburgeringsplichtGeleverd.class);
        return g.getPeildatum().equals(peildatum) && TestCbsSleutels.bsnUit(g.getPseudoniem()).equals(bsn);
    }

    @Test
    void cbs_krijgt_van_elke_plichtige_de_stand_van_zijn_plicht_op_de_peildatum_zonder_bsn() throws Exception {
        LocalDate peildatum = LocalDate.of(2026, 11, 1);
        String fatima = opbouw.plichtigeGezinsmigrant("0363", LocalDate.of(2026, 9, 1));
        String karim = opbouw.plichtigeGezinsmigrant("0599", LocalDate.of(2026, 10, 1));
        String pasLater = opbouw.plichtigeGezinsmigrant("0363", LocalDate.of(2026, 11, 20));

        lever(peildatum).andExpect(status().isOk()).andExpect(jsonPath("$.voltooid").value(true));

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> isVan(r, fatima, peildatum));
        assertThat(new String(record.value(), StandardCharsets.ISO_8859_1)).doesNotContain(fatima);
        assertThat(record.key()).doesNotContain(fatima).isNotEqualTo(sleutelVanDuo.van(fatima));
        InburgeringsplichtGeleverd vanFatima = AvroCodec.decode(record.value(), InburgeringsplichtGeleverd.class);
        assertThat(vanFatima.getGemeentecode()).isEqualTo("0363");
        assertThat(vanFatima.getDoelgroep()).isEqualTo(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
        assertThat(vanFatima.getGedetailleerdeDoelgroep()).isEqualTo(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        assertThat(vanFatima.getBegindatumPlicht()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(vanFatima.getStatus()).isEqualTo(Inburgeringsstatus.LOPEND);
        assertThat(vanFatima.getAantalBoetes()).isZero();
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> isVan(r, karim, peildatum));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> isVan(r, pasLater, peildatum))).isEmpty();
    }

    @Test
    void dezelfde_peildatum_twee_keer_leveren_stuurt_niets_twee_keer() throws Exception {
        LocalDate peildatum = LocalDate.of(2026, 10, 1);
        String bsn = opbouw.plichtigeGezinsmigrant("0363", LocalDate.of(2026, 6, 1));

        lever(peildatum).andExpect(status().isOk());
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> isVan(r, bsn, peildatum));
        lever(peildatum).andExpect(status().isOk()).andExpect(jsonPath("$.nuGeleverd").value(0));

        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> isVan(r, bsn, peildatum))).hasSize(1);
    }
}
