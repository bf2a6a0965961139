package nl.inburgering.ind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import nl.inburgering.contracts.common.SoortWijzigingVerblijfsrecht;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.contracts.event.VerblijfsrechtGewijzigd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/** Issue 15 item 3, seed §13.4, §13.5: IND registers a change of verblijfsrecht and delivers #2 to DUO, once. */
@SpringBootTest(properties = "spring.config.name=ind-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class VerblijfsrechtWijzigingTest {

    @Autowired
    MockMvc mvc;

    private static final String IND = TestTokens.voor("ind-service").rol(Rol.IND_MEDEWERKER)
            .oin("00000001003214369000").bearer();

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private ResultActions registreer(String vNummer, String bsn, String doel) throws Exception {
        return mvc.perform(post("/api/v1/verblijfsvergunningen").header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content("""
                {"vNummer":"%s","bsn":"%s","geboortedatum":"1990-01-01","nationaliteit":"SY",
                 "verblijfsdoel":"%s","ingangsdatum":"2026-10-01"}
                """.formatted(vNummer, bsn, doel)));
    }

    private ResultActions wijzig(String vNummer, String body) throws Exception {
        return mvc.perform(post("/api/v1/verblijfsvergunningen/{v}/wijzigingen", vNummer).header("Authorization", IND)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** A vergunning of which IND delivered #1 (the person is ingeschreven), so DUO knows him. */
    private String bekendBijDuo(String vNummer, String doel) throws Exception {
        String bsn = TestBsn.nieuw();
        registreer(vNummer, bsn, doel).andExpect(status().isCreated());
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.ingezeteneIngeschreven().setBsn(bsn)
                .setGemeentecode("0363").build());
        TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        return bsn;
    }

    private static VerblijfsrechtGewijzigd wijzigingVoor(String bsn, SoortWijzigingVerblijfsrecht soort) {
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(),
                TopicCatalogue.WIJZIGING_VERBLIJFSRECHT.name(),
                r -> TestPartner.bevat(r, bsn) && decode(r).getSoortWijziging() == soort);
        assertThat(record.key()).doesNotContain(bsn);
        return decode(record);
    }

    private static VerblijfsrechtGewijzigd decode(ConsumerRecord<String, byte[]> r) {
        return AvroCodec.decode(r.value(), VerblijfsrechtGewijzigd.class);
    }

    @Test
    void een_student_die_opnieuw_wordt_geregistreerd_met_gezinsvorming_krijgt_een_wijziging_van_verblijfsdoel_naar_duo()
            throws Exception {
        String bsn = bekendBijDuo("1500000001", "STUDIE");

        registreer("1500000001", bsn, "GEZINSVORMING").andExpect(status().isOk());

        VerblijfsrechtGewijzigd wijziging = wijzigingVoor(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD);
        assertThat(wijziging.getVorigVerblijfsdoel()).isEqualTo(Verblijfsdoel.STUDIE);
        assertThat(wijziging.getNieuwVerblijfsdoel()).isEqualTo(Verblijfsdoel.GEZINSVORMING);
        assertThat(wijziging.getGemeentecodeInschrijving()).isEqualTo("0363");
    }

    @Test
    void dezelfde_wijziging_twee_keer_geregistreerd_gaat_een_keer_naar_duo() throws Exception {
        String bsn = bekendBijDuo("1500000002", "ASIEL");
        String naarGezinshereniging = """
                {"soortWijziging":"VERBLIJFSDOEL_GEWIJZIGD","nieuwVerblijfsdoel":"GEZINSHERENIGING",
                 "ingangsdatum":"2026-11-01"}""";

        wijzig("1500000002", naarGezinshereniging).andExpect(status().isCreated());
        wijzig("1500000002", naarGezinshereniging).andExpect(status().isOk());
        registreer("1500000002", bsn, "GEZINSHERENIGING").andExpect(status().isOk());
        wijzig("1500000002", """
                {"soortWijziging":"VERBLIJFSRECHT_BEEINDIGD","ingangsdatum":"2026-11-15"}""")
                .andExpect(status().isCreated());

        wijzigingVoor(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSRECHT_BEEINDIGD);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.WIJZIGING_VERBLIJFSRECHT.name(),
                r -> TestPartner.bevat(r, bsn)
                        && decode(r).getSoortWijziging() == SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD))
                .hasSize(1);
    }

    @Test
    void een_ingetrokken_verblijfsrecht_gaat_zonder_nieuw_doel_naar_duo_en_wijzigt_daarna_niet_meer() throws Exception {
        String bsn = bekendBijDuo("1500000003", "ASIEL");

        wijzig("1500000003", """
                {"soortWijziging":"VERBLIJFSRECHT_BEEINDIGD","ingangsdatum":"2026-11-01"}""")
                .andExpect(status().isCreated());

        VerblijfsrechtGewijzigd wijziging = wijzigingVoor(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSRECHT_BEEINDIGD);
        assertThat(wijziging.getVorigVerblijfsdoel()).isEqualTo(Verblijfsdoel.ASIEL);
        assertThat(wijziging.getNieuwVerblijfsdoel()).isNull();
        wijzig("1500000003", """
                {"soortWijziging":"VERBLIJFSDOEL_GEWIJZIGD","nieuwVerblijfsdoel":"OVERIG_NIET_TIJDELIJK",
                 "ingangsdatum":"2026-11-02"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("beëindigd")));
    }

    @Test
    void een_naturalisatie_gaat_als_genaturaliseerd_naar_duo() throws Exception {
        String bsn = bekendBijDuo("1500000004", "GEZINSHERENIGING");

        wijzig("1500000004", """
                {"soortWijziging":"GENATURALISEERD","ingangsdatum":"2026-12-01"}""").andExpect(status().isCreated());

        VerblijfsrechtGewijzigd wijziging = wijzigingVoor(bsn, SoortWijzigingVerblijfsrecht.GENATURALISEERD);
        assertThat(wijziging.getVorigVerblijfsdoel()).isEqualTo(Verblijfsdoel.GEZINSHERENIGING);
        assertThat(wijziging.getIngangsdatumWijziging()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
    }

    @Test
    void een_wijziging_voordat_duo_de_persoon_kent_gaat_mee_in_de_verblijfsdoelen_in_plaats_van_als_wijziging()
            throws Exception {
        String bsn = TestBsn.nieuw();
        registreer("1500000005", bsn, "STUDIE").andExpect(status().isCreated());
        wijzig("1500000005", """
                {"soortWijziging":"VERBLIJFSDOEL_GEWIJZIGD","nieuwVerblijfsdoel":"GEZINSVORMING",
                 "ingangsdatum":"2026-11-01"}""").andExpect(status().isCreated());

        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.ingezeteneIngeschreven().setBsn(bsn)
                .setGemeentecode("0363").build());

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.name(), r -> TestPartner.bevat(r, bsn));
        assertThat(AvroCodec.decode(record.value(), VerblijfsdoelDoorgegeven.class).getVerblijfsdoel())
                .isEqualTo(Verblijfsdoel.GEZINSVORMING);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.WIJZIGING_VERBLIJFSRECHT.name(),
                r -> TestPartner.bevat(r, bsn))).isEmpty();
    }

    @Test
    void een_wijziging_zonder_nieuw_doel_met_een_referent_en_zonder_ingangsdatum_noemt_alle_problemen()
            throws Exception {
        wijzig("1500000099", """
                {"soortWijziging":"VERBLIJFSDOEL_GEWIJZIGD","referentIsAsielstatushouder":true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("nieuwVerblijfsdoel",
                        "referentIsAsielstatushouder", "ingangsdatum")));
    }

    @Test
    void een_intrekking_met_een_nieuw_doel_wordt_geweigerd() throws Exception {
        wijzig("1500000099", """
                {"soortWijziging":"VERBLIJFSRECHT_BEEINDIGD","nieuwVerblijfsdoel":"ASIEL","ingangsdatum":"2026-11-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.contains("nieuwVerblijfsdoel")));
    }

    @Test
    void een_wijziging_van_een_onbekende_vergunning_is_niet_gevonden() throws Exception {
        wijzig("1599999999", """
                {"soortWijziging":"GENATURALISEERD","ingangsdatum":"2026-11-01"}""")
                .andExpect(status().isNotFound());
    }

    @Test
    void een_gemeentelijke_klantmanager_mag_geen_verblijfsrecht_wijzigen() throws Exception {
        mvc.perform(post("/api/v1/verblijfsvergunningen/1500000001/wijzigingen").header("Authorization",
                TestTokens.voor("ind-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363", "00000001002564440000")
                        .bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
