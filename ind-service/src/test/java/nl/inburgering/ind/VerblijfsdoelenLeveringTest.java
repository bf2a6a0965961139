package nl.inburgering.ind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

@SpringBootTest(properties = "spring.config.name=ind-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class VerblijfsdoelenLeveringTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static final String IND = TestTokens.voor("ind-service").rol(Rol.IND_MEDEWERKER)
            .oin("00000001003214369000").bearer();

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private void registreerVergunning(String vNummer, String bsn) throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND).contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"%s","bsn":"%s","geboortedatum":"1990-01-01","nationaliteit":"SY",
                 "verblijfsdoel":"GEZINSHERENIGING","ingangsdatum":"2026-10-01"}
                """.formatted(vNummer, bsn))).andExpect(status().isCreated());
    }

    @Test
    void een_geboortedatum_in_het_jaar_0_en_een_ingangsdatum_in_9999_worden_geweigerd_met_beide_problemen()
            throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"1000000099","bsn":"%s","geboortedatum":"0000-01-01","nationaliteit":"SY",
                 "verblijfsdoel":"GEZINSHERENIGING","ingangsdatum":"9999-12-31"}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.invalidParams[*].name").value(org.hamcrest.Matchers.contains("geboortedatum",
                                "ingangsdatum")));
    }

    @Test
    void een_datum_als_getal_wordt_geweigerd_in_plaats_van_omgerekend() throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"1000000098","bsn":"%s","geboortedatum":"1990-01-01","nationaliteit":"SY",
                 "verblijfsdoel":"GEZINSHERENIGING","ingangsdatum":20261001}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.invalidParams[0].name").value("ingangsdatum"));
    }

    private static void brpInschrijving(String bsn) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.ingezeteneIngeschreven().setBsn(bsn)
                .setGemeentecode("0363").build());
    }

    @Test
    void met_verblijfsrecht_en_daarna_een_brp_inschrijving_levert_ind_de_verblijfsdoelen_aan_duo() throws Exception {
        String bsn = TestBsn.nieuw();
        registreerVergunning("1000000001", bsn);

        brpInschrijving(bsn);

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        assertThat(TestPartner.bevat(record, "0363")).isTrue();
        assertThat(record.key()).doesNotContain(bsn);
    }

    @Test
    void met_een_brp_inschrijving_die_twee_keer_binnenkomt_en_daarna_verblijfsrecht_levert_ind_een_keer()
            throws Exception {
        String bsn = TestBsn.nieuw();
        brpInschrijving(bsn);
        brpInschrijving(bsn);

        registreerVergunning("1000000002", bsn);

        TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn)))
                .hasSize(1);
    }

    @Test
    void een_latere_brp_inschrijving_van_dezelfde_persoon_in_een_andere_gemeente_vervangt_de_eerdere() throws Exception {
        String bsn = TestBsn.nieuw();
        brpInschrijving(bsn);
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.ingezeteneIngeschreven().setBsn(bsn)
                .setGemeentecode("0599").build());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc
                .sql("select gemeentecode from brp_inschrijving where bsn = ?").param(bsn).query(String.class)
                .optional().filter("0599"::equals).isPresent());

        registreerVergunning("1000000007", bsn);

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        assertThat(AvroCodec.decode(record.value(), VerblijfsdoelDoorgegeven.class).getGemeentecodeInschrijving())
                .as("de tweede inschrijving is niet weggelegd maar vervangt de eerste").isEqualTo("0599");
    }

    @Test
    void zonder_brp_inschrijving_levert_ind_niets() throws Exception {
        String bsn = TestBsn.nieuw();
        registreerVergunning("1000000003", bsn);
        String ander = TestBsn.nieuw();
        registreerVergunning("1000000004", ander);
        brpInschrijving(ander);

        TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, ander));
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn)))
                .isEmpty();
    }

    @Test
    void een_asielstatushouder_die_nooit_in_een_coa_locatie_woonde_gaat_zo_in_de_verblijfsdoelen_naar_duo()
            throws Exception {
        String bsn = TestBsn.nieuw();
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"1000000005","bsn":"%s","geboortedatum":"1990-01-01","nationaliteit":"SY",
                 "verblijfsdoel":"ASIEL","opvangInCoaLocatie":false,"ingangsdatum":"2026-10-01"}
                """.formatted(bsn))).andExpect(status().isCreated());

        brpInschrijving(bsn);

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        assertThat(AvroCodec.decode(record.value(), VerblijfsdoelDoorgegeven.class).getOpvangInCoaLocatie()).isFalse();
    }

    @Test
    void zonder_opgave_van_de_opvang_blijft_die_in_de_verblijfsdoelen_onbekend() throws Exception {
        String bsn = TestBsn.nieuw();
        registreerVergunning("1000000006", bsn);

        brpInschrijving(bsn);

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        assertThat(AvroCodec.decode(record.value(), VerblijfsdoelDoorgegeven.class).getOpvangInCoaLocatie()).isNull();
    }

    @Test
    void de_opvang_in_een_coa_locatie_bij_een_ander_verblijfsdoel_dan_asiel_wordt_geweigerd_naast_de_andere_problemen()
            throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"12","bsn":"%s","geboortedatum":"1990-01-01","nationaliteit":"SY",
                 "verblijfsdoel":"GEZINSHERENIGING","opvangInCoaLocatie":false,"ingangsdatum":"2026-10-01"}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("opvangInCoaLocatie", "vNummer")));
    }

    @Test
    void een_gemeentelijke_klantmanager_mag_geen_verblijfsrecht_registreren() throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", TestTokens.voor("ind-service")
                .rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363", "00000001002564440000").bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void een_onbekend_verblijfsdoel_en_een_ongeldig_v_nummer_worden_beide_genoemd() throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND).contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"12","bsn":"%s","geboortedatum":"1990-01-01","nationaliteit":"Syrie",
                 "verblijfsdoel":"GEZINSHERENIGING","ingangsdatum":"2026-10-01"}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("nationaliteit", "vNummer")));
    }
}
