package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;

import com.jayway.jsonpath.JsonPath;
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
import nl.inburgering.gemeente.brp.api.Ingezetenen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/** Issue 15: the BRP registers a vertrek naar het buitenland (§13.3), the return, and an overlijden. */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class BrpVertrekEnOverlijdenTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";

    @Autowired
    MockMvc mvc;
    @Autowired
    Ingezetenen ingezetenen;

    private static String brpSysteem(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM)
                .gemeente(gemeentecode, AMSTERDAM.equals(gemeentecode) ? AMSTERDAM_OIN : ROTTERDAM_OIN).bearer();
    }

    private ResultActions post(String gemeentecode, String pad, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad)
                .header("Authorization", brpSysteem(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions ingeschreven(String gemeentecode, String bsn, String datum) throws Exception {
        return post(gemeentecode, "/api/v1/brp/inschrijvingen", """
                {"bsn":"%s","datumInschrijving":"%s","geboortedatum":"1960-03-08"}
                """.formatted(bsn, datum));
    }

    private ResultActions vertrokken(String gemeentecode, String bsn, String datum) throws Exception {
        return post(gemeentecode, "/api/v1/brp/vertrekken", """
                {"bsn":"%s","datumVertrek":"%s","landVanVertrek":"DE"}
                """.formatted(bsn, datum));
    }

    private ResultActions overleden(String gemeentecode, String bsn, String datum) throws Exception {
        return post(gemeentecode, "/api/v1/brp/overlijdens", """
                {"bsn":"%s","datumOverlijden":"%s"}
                """.formatted(bsn, datum));
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    @Test
    void het_vertrek_van_een_ingezetene_naar_het_buitenland_gaat_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        ingeschreven(AMSTERDAM, bsn, "2026-01-05").andExpect(status().isCreated());

        assertThat(ingezetenen.isIngezeteneVan(Bsn.of(bsn), AMSTERDAM)).isTrue();

        vertrokken(AMSTERDAM, bsn, "2026-11-02").andExpect(status().isCreated())
                .andExpect(jsonPath("$.datumVertrek").value("2026-11-02"))
                .andExpect(jsonPath("$.bsn").doesNotExist());

        assertThat(ingezetenen.isIngezeteneVan(Bsn.of(bsn), AMSTERDAM)).as("niet meer na zijn vertrek").isFalse();

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.BRP_VERTREK_BUITENLAND.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(record.key()).doesNotContain(bsn);
    }

    @Test
    void alleen_de_gemeente_waar_hij_ingeschreven_staat_registreert_zijn_vertrek_of_overlijden() throws Exception {
        String bsn = TestBsn.nieuw();
        ingeschreven(AMSTERDAM, bsn, "2026-01-05").andExpect(status().isCreated());

        vertrokken(ROTTERDAM, bsn, "2026-11-02").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        overleden(ROTTERDAM, bsn, "2026-11-02").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        vertrokken(AMSTERDAM, TestBsn.nieuw(), "2026-11-02").andExpect(status().isConflict());
    }

    @Test
    void een_ongeldig_vertrek_noemt_elk_fout_veld() throws Exception {
        post(AMSTERDAM, "/api/v1/brp/vertrekken", """
                {"bsn":"123456789","landVanVertrek":"duitsland"}
                """).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder(
                        "bsn", "datumVertrek", "landVanVertrek")))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void een_vertrek_voor_de_inschrijving_of_in_de_toekomst_wordt_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        ingeschreven(AMSTERDAM, bsn, "2026-01-05").andExpect(status().isCreated());

        vertrokken(AMSTERDAM, bsn, "2025-12-31").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("beforeVestiging"));
        vertrokken(AMSTERDAM, bsn, "2999-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("future"));
    }

    @Test
    void wie_terugkeert_uit_het_buitenland_wordt_opnieuw_ingeschreven_en_dat_gaat_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = JsonPath.read(ingeschreven(AMSTERDAM, bsn, "2026-01-05").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        vertrokken(AMSTERDAM, bsn, "2026-06-01").andExpect(status().isCreated());

        ingeschreven(ROTTERDAM, bsn, "2026-05-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("beforeVertrek"));
        ingeschreven(ROTTERDAM, bsn, "2026-11-02").andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.gemeentecode").value(ROTTERDAM));

        TestPartner.wachtOp(kafka(), TopicCatalogue.BRP_INSCHRIJVINGEN.name(),
                r -> TestPartner.bevat(r, bsn) && TestPartner.bevat(r, ROTTERDAM));
        // once back he is an ingezetene of Rotterdam: Rotterdam registers what follows
        vertrokken(AMSTERDAM, bsn, "2026-11-10").andExpect(status().isConflict());
        vertrokken(ROTTERDAM, bsn, "2026-11-10").andExpect(status().isCreated());
    }

    @Test
    void het_overlijden_van_een_ingezetene_gaat_naar_duo_en_coa_en_daarna_kan_niets_meer() throws Exception {
        String bsn = TestBsn.nieuw();
        ingeschreven(AMSTERDAM, bsn, "2026-01-05").andExpect(status().isCreated());

        overleden(AMSTERDAM, bsn, "2026-11-02").andExpect(status().isCreated())
                .andExpect(jsonPath("$.datumOverlijden").value("2026-11-02"));
        assertThat(ingezetenen.isIngezeteneVan(Bsn.of(bsn), AMSTERDAM)).isFalse();

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.BRP_OVERLIJDEN.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(record.key()).doesNotContain(bsn);
        overleden(AMSTERDAM, bsn, "2026-11-02").andExpect(status().isConflict());
        vertrokken(AMSTERDAM, bsn, "2026-11-03").andExpect(status().isConflict());
        ingeschreven(ROTTERDAM, bsn, "2026-11-04").andExpect(status().isConflict());
        post(ROTTERDAM, "/api/v1/brp/verhuizingen", """
                {"bsn":"%s","datumVerhuizing":"2026-11-04"}
                """.formatted(bsn)).andExpect(status().isConflict());
    }

    @Test
    void een_overlijden_voor_de_geboorte_of_in_de_toekomst_wordt_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        ingeschreven(AMSTERDAM, bsn, "2026-01-05").andExpect(status().isCreated());

        overleden(AMSTERDAM, bsn, "2999-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("future"));
    }
}
