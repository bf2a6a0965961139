package nl.inburgering.gemeente;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
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

import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Klantprofielmoment;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed §3.3 binds the gemeente's own process: while the asielstatushouder still lives in the AZC, the variant
 * agreed with COA decides whether the brede intake, the PIP and the inburgeringsaanbod may come yet. The test plays
 * DUO (#3), COA (#14, #15 with the variant) and the BRP (the vestiging), and acts as the klantmanager.
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class BetrokkenheidsvariantTest {

    private static final String AMSTERDAM = "0363";
    private static final String AZC_GEMEENTE = "0200";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            AZC_GEMEENTE, "00000001001234567000");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPROEP = """
            {"datum":"2026-12-20T10:00:00+01:00","locatie":"Stadsloket Centrum","onderwerp":"INTAKEGESPREK"}
            """;
    private static final String TOETS = """
            {"datum":"2026-12-21T09:00:00+01:00","locatie":"Toetslocatie Noord","toetsbegeleider":"J. de Vries"}
            """;
    private static final String PIP = """
            {"dagtekening":"2026-11-20","leerroute":"B1_ROUTE","niveau":null,"geschatteIntensiteitB1Route":null,
             "indicatorMagOpleidingAfmaken":false,"alfabetiseringsonderwijs":"NVT","eenzijdigVastgesteld":false,
             "redenWijziging":null}
            """;
    private static final String AANBOD = """
            {"datumInburgeringsaanbod":"2026-11-25","verwachteStartdatumOpleiding":"2027-01-05",
             "verwachteEinddatumOpleiding":"2028-06-30","alfabetiseringsonderwijs":"NVT","instellingsnummers":["12345"]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    // ---- DUO, COA and the BRP

    private static void publiceer(String bsn, SpecificRecord event) {
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "sleutel-" + bsn, event);
    }

    /** DUO's #3 for a gekoppelde (or, without koppeling, an ingeschreven) asielstatushouder. */
    private static void plicht(String bsn) {
        publiceer(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBegindatum(LocalDate.of(2026, 10, 1)).setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(Ontvanger.GEMEENTE).build());
    }

    /** COA links him to Amsterdam on that day and shares a klantprofiel with the agreed variant (or none). */
    private static void gekoppeld(String bsn, LocalDate datumKoppeling, Betrokkenheidsvariant variant) {
        publiceer(bsn, ContractEvents.inburgeraarGekoppeldAanGemeente().setBsn(bsn).setVNummer("7" + bsn)
                .setGemeentecode(AMSTERDAM).setVorigeGemeentecode(null).setDatumKoppeling(datumKoppeling)
                .setAzcLocatie("AZC Apeldoorn").setVerwachteDatumUitstroom(datumKoppeling.plusMonths(3)).build());
        if (variant != null) {
            publiceer(bsn, ContractEvents.klantprofielGedeeld().setBsn(bsn).setVNummer("7" + bsn)
                    .setGemeentecode(AMSTERDAM).setMoment(Klantprofielmoment.KOPPELING)
                    .setDatumBijgewerkt(datumKoppeling).setGeboorteland("SY").setTalen(List.of("ar"))
                    .setHoogstGenotenOpleiding("hbo").setWerkervaring("5 jaar").setVoorinburgeringGevolgd(false)
                    .setUrenVoorinburgering(null).setBijzonderheden(null).setAfgesprokenVariant(variant)
                    .setDatumWarmeOverdracht(null).setVoorinburgeringGeaccepteerd(null).build());
        }
    }

    private static String token(Rol rol, String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(rol).gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    /** He is ingeschreven in the AZC gemeente, and then moves to Amsterdam: the vestiging. */
    private void gevestigd(String bsn) throws Exception {
        mvc.perform(post("/api/v1/brp/inschrijvingen").header("Authorization", token(Rol.PARTNERSYSTEEM, AZC_GEMEENTE))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","datumInschrijving":"2026-10-01","geboortedatum":"1994-03-08"}
                        """.formatted(bsn))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/brp/verhuizingen").header("Authorization", token(Rol.PARTNERSYSTEEM, AMSTERDAM))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","datumVerhuizing":"2026-11-15"}
                        """.formatted(bsn))).andExpect(status().isCreated());
    }

    // ---- the klantmanager

    private ResultActions klantmanager(String methode, String pad, String body) throws Exception {
        var verzoek = methode.equals("GET") ? get(pad) : post(pad).contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(verzoek.header("Authorization", token(Rol.GEMEENTE_KLANTMANAGER, AMSTERDAM)));
    }

    private static JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    /** Waits until Amsterdam has him, with the betrokkenheid COA's data gives (when a koppeling is expected). */
    private String inburgeraar(String bsn, String verwachteVariant) throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> klantmanager("POST", "/api/v1/inburgeraars/_zoek",
                "{\"bsn\":\"" + bsn + "\"}").andExpect(jsonPath("$.inburgeraars[0].bsn").value(bsn)));
        String id = lees(klantmanager("POST", "/api/v1/inburgeraars/_zoek", "{\"bsn\":\"" + bsn + "\"}"))
                .at("/inburgeraars/0/id").asString();
        if (verwachteVariant != null) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> klantmanager("GET",
                    "/api/v1/inburgeraars/" + id + "/asielstatushouder", null)
                    .andExpect(jsonPath("$.betrokkenheid.variant").value(verwachteVariant)));
        }
        return id;
    }

    private ResultActions oproep(String id) throws Exception {
        return klantmanager("POST", "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen", OPROEP);
    }

    private ResultActions toets(String id) throws Exception {
        return klantmanager("POST", "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets/afspraken", TOETS);
    }

    private ResultActions pip(String id) throws Exception {
        return klantmanager("POST", "/api/v1/inburgeraars/" + id + "/pip", PIP);
    }

    private ResultActions aanbod(String id) throws Exception {
        return klantmanager("POST", "/api/v1/inburgeraars/" + id + "/inburgeringsaanbod", AANBOD);
    }

    private static void teVroeg(ResultActions antwoord, String... inDeReden) throws Exception {
        antwoord.andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String tekst : inDeReden) {
            antwoord.andExpect(jsonPath("$.detail", Matchers.containsString(tekst)));
        }
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    // ---- variant 1

    @Test
    void met_variant_1_stelt_de_gemeente_in_het_azc_de_brede_intake_het_pip_en_het_inburgeringsaanbod_vast()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn);
        gekoppeld(bsn, vandaag().minusDays(3), Betrokkenheidsvariant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC);
        String id = inburgeraar(bsn, "BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC");

        oproep(id).andExpect(status().isCreated());
        toets(id).andExpect(status().isCreated());
        pip(id).andExpect(status().isCreated());
        aanbod(id).andExpect(status().isCreated());
    }

    // ---- variant 2

    @Test
    void met_variant_2_mag_de_brede_intake_in_het_azc_maar_wordt_het_pip_pas_na_vestiging_beschikt() throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn);
        gekoppeld(bsn, vandaag().minusDays(3), Betrokkenheidsvariant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC);
        String id = inburgeraar(bsn, "BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC");

        oproep(id).andExpect(status().isCreated());
        toets(id).andExpect(status().isCreated());
        teVroeg(pip(id), "variant 2", "BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC", "contouren", "na vestiging");
        klantmanager("GET", "/api/v1/inburgeraars/" + id + "/pip", null).andExpect(jsonPath("$.actueel").isEmpty());

        gevestigd(bsn);
        pip(id).andExpect(status().isCreated());
        aanbod(id).andExpect(status().isCreated());
    }

    // ---- variant 3 and the default

    @Test
    void met_variant_3_begint_de_brede_intake_pas_na_vestiging_in_de_gemeente() throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn);
        gekoppeld(bsn, vandaag().minusDays(3), Betrokkenheidsvariant.BREDE_INTAKE_NA_VESTIGING);
        String id = inburgeraar(bsn, "BREDE_INTAKE_NA_VESTIGING");

        teVroeg(oproep(id), "variant 3", "BREDE_INTAKE_NA_VESTIGING", "brede intake begint pas na vestiging");
        teVroeg(toets(id), "variant 3");
        teVroeg(pip(id), "variant 3");
        klantmanager("GET", "/api/v1/inburgeraars/" + id + "/brede-intake", null)
                .andExpect(jsonPath("$.aantalOproepen").value(0));

        gevestigd(bsn);
        oproep(id).andExpect(status().isCreated());
        toets(id).andExpect(status().isCreated());
        pip(id).andExpect(status().isCreated());
    }

    @Test
    void zonder_afspraak_binnen_twee_weken_begint_de_brede_intake_pas_na_de_inschrijving_in_de_gemeente()
            throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn);
        gekoppeld(bsn, vandaag().minusDays(20), null);
        String id = inburgeraar(bsn, "VANAF_INSCHRIJVING");

        teVroeg(oproep(id), "geen variant afgesproken", "VANAF_INSCHRIJVING");

        gevestigd(bsn);
        oproep(id).andExpect(status().isCreated());
    }

    @Test
    void binnen_de_twee_weken_zonder_afspraak_bindt_nog_geen_variant_de_gemeente() throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn);
        gekoppeld(bsn, vandaag().minusDays(2), null);
        String id = inburgeraar(bsn, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> klantmanager("GET",
                "/api/v1/inburgeraars/" + id + "/asielstatushouder", null)
                .andExpect(jsonPath("$.betrokkenheid.status").value("NOG_GEEN_AFSPRAAK")));

        oproep(id).andExpect(status().isCreated());
    }

    // ---- never in an AZC

    @Test
    void een_asielstatushouder_zonder_koppeling_van_coa_woont_niet_in_een_azc_en_niets_is_te_vroeg() throws Exception {
        String bsn = TestBsn.nieuw();
        plicht(bsn);
        String id = inburgeraar(bsn, null);

        oproep(id).andExpect(status().isCreated());
        pip(id).andExpect(status().isCreated());
        aanbod(id).andExpect(status().isCreated());
    }
}
