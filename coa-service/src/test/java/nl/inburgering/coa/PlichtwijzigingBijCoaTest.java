package nl.inburgering.coa;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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

import com.jayway.jsonpath.JsonPath;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 15 at COA: #3 gewijzigd and beëindigd for a bewoner (ontvanger COA, on COA's own topic) show in his dossier; an
 * ended plicht is no longer one COA koppelt to a gemeente (no klantprofiel owed); the BRP's overlijden marks him.
 */
@SpringBootTest(properties = "spring.config.name=coa-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class PlichtwijzigingBijCoaTest {

    private static final String COA_OIN = "00000001004210413000";
    private static final String AZC_GEMEENTE = "0344";

    @Autowired
    MockMvc mvc;

    record Bewoner(String id, String bsn) {
    }

    @Test
    void een_gewijzigde_plicht_toont_de_reden_de_datum_en_de_onderdelen_die_nog_openstaan() throws Exception {
        Bewoner bewoner = plichtigeBewoner();

        TestPartner.publiceer(kafka(), "s-" + bewoner.bsn(), ContractEvents.inburgeringsplichtGewijzigd()
                .setBsn(bewoner.bsn()).setGemeentecode(AZC_GEMEENTE).setVorigeGemeentecode(null)
                .setRedenWijziging(RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD)
                .setBegindatum(LocalDate.of(2026, 1, 12)).setDatumWijziging(LocalDate.of(2026, 11, 20))
                .setOpenstaandeOnderdelen(List.of(Plichtonderdeel.KNM, Plichtonderdeel.PVT))
                .setOntvanger(Ontvanger.COA).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.inburgeringsplicht.wijziging.reden").value("ONDERDELEN_OPNIEUW_VASTGESTELD"))
                .andExpect(jsonPath("$.inburgeringsplicht.wijziging.datum").value("2026-11-20"))
                .andExpect(jsonPath("$.inburgeringsplicht.wijziging.openstaandeOnderdelen",
                        Matchers.contains("KNM", "PVT")))
                .andExpect(jsonPath("$.inburgeringsplicht.einde").doesNotExist()));
        mvc.perform(get("/api/v1/bewoners/" + bewoner.id()).header("Authorization", coa()))
                .andExpect(jsonPath("$.inburgeringsplicht.begindatum").value("2026-01-12"));
    }

    @Test
    void een_beeindigde_plicht_toont_het_einde_met_reden_en_coa_koppelt_hem_niet_meer() throws Exception {
        Bewoner bewoner = plichtigeBewoner();

        TestPartner.publiceer(kafka(), "s-" + bewoner.bsn(), ContractEvents.inburgeringsplichtBeeindigd()
                .setBsn(bewoner.bsn()).setGemeentecode(AZC_GEMEENTE).setEinddatum(LocalDate.of(2026, 11, 30))
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.VERBLIJFSDOEL_GEWIJZIGD)
                .setOntvanger(Ontvanger.COA).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.inburgeringsplicht.einde.einddatum").value("2026-11-30"))
                .andExpect(jsonPath("$.inburgeringsplicht.einde.reden").value("VERBLIJFSDOEL_GEWIJZIGD")));
        mvc.perform(post("/api/v1/bewoners/_zoek").header("Authorization", coa())
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bewoner.bsn() + "\"}"))
                .andExpect(jsonPath("$..inburgeringsplichtig", Matchers.contains(false)));
        mvc.perform(post("/api/v1/bewoners/" + bewoner.id() + "/koppeling").header("Authorization", coa())
                .contentType(MediaType.APPLICATION_JSON).content("{\"gemeentecode\":\"0363\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void het_einde_van_een_plicht_voor_een_gemeente_of_van_een_onbekende_laat_coa_ongemoeid() throws Exception {
        Bewoner bewoner = plichtigeBewoner();
        String onbekende = TestBsn.nieuw();
        TestPartner.publiceer(kafka(), "s-" + onbekende, ContractEvents.inburgeringsplichtBeeindigd()
                .setBsn(onbekende).setGemeentecode(AZC_GEMEENTE).setOntvanger(Ontvanger.COA).build());
        TestPartner.publiceer(kafka(), "s-" + bewoner.bsn(), ContractEvents.inburgeringsplichtBeeindigd()
                .setBsn(bewoner.bsn()).setGemeentecode("0363").setOntvanger(Ontvanger.GEMEENTE).build());
        // a later fact on COA's topic of the same key shows the two before it were read
        TestPartner.publiceer(kafka(), "s-" + bewoner.bsn(), ContractEvents.inburgeringsplichtGewijzigd()
                .setBsn(bewoner.bsn()).setGemeentecode(AZC_GEMEENTE).setVorigeGemeentecode(null)
                .setRedenWijziging(RedenWijzigingInburgeringsplicht.OVERIG).setOntvanger(Ontvanger.COA).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.inburgeringsplicht.wijziging.reden").value("OVERIG")));
        dossier(bewoner).andExpect(jsonPath("$.inburgeringsplicht.einde").doesNotExist());
    }

    @Test
    void een_bewoner_die_overleed_is_zo_gemarkeerd() throws Exception {
        Bewoner bewoner = plichtigeBewoner();

        TestPartner.publiceer(kafka(), "o-" + bewoner.bsn(), ContractEvents.ingezeteneOverleden()
                .setBsn(bewoner.bsn()).setGemeentecode(AZC_GEMEENTE).setDatumOverlijden(LocalDate.of(2026, 12, 1))
                .build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.overledenOp").value("2026-12-01")));
    }

    private Bewoner plichtigeBewoner() throws Exception {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn)
                .setGemeentecode(AZC_GEMEENTE).setBegindatum(LocalDate.of(2026, 1, 12))
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setOntvanger(Ontvanger.COA).build());
        String id = JsonPath.read(mvc.perform(post("/api/v1/bewoners").header("Authorization", coa())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","vNummer":"%s","azcLocatie":"AZC Utrecht"}
                        """.formatted(bsn, "6" + bsn))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        Bewoner bewoner = new Bewoner(id, bsn);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dossier(bewoner)
                .andExpect(jsonPath("$.inburgeringsplicht.doelgroep").value("ASIELSTATUSHOUDER")));
        return bewoner;
    }

    private ResultActions dossier(Bewoner bewoner) throws Exception {
        return mvc.perform(get("/api/v1/bewoners/" + bewoner.id()).header("Authorization", coa()));
    }

    private static String coa() {
        return TestTokens.voor("coa-service").rol(Rol.COA_MEDEWERKER).oin(COA_OIN).bearer();
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
