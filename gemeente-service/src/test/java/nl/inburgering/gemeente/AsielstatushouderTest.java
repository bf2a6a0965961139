package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Klantprofielmoment;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.logboek.Verwerkingsrecord;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.time.VerschuifbareKlok;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed §3.3 at the gemeente: the test plays DUO (#3, #4) and COA (#14, #15) and looks through the caseworker's
 * eyes. The movable clock shows the default betrokkenheid after 2 weeks.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.klok.verschuifbaar=true" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class AsielstatushouderTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String AZC_GEMEENTE = "0200";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000", AZC_GEMEENTE, "00000001001234567000");
    private static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/gemeente/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Logboekinzage logboek;

    @AfterEach
    void klokTerug() {
        VerschuifbareKlok.GEDEELD.zetTerug();
    }

    // ---- the partners

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void publiceer(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, event);
    }

    private static InburgeringsplichtVastgesteld plicht(String bsn, String gemeentecode, Ontvanger ontvanger) {
        return ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(gemeentecode)
                .setBegindatum(LocalDate.of(2026, 10, 1))
                .setDatumVaststelling(LocalDate.of(2026, 10, 2)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1994, 3, 8)).setOntvanger(ontvanger).build();
    }

    private static InburgeraarGekoppeldAanGemeente koppeling(String bsn, String gemeentecode, String vorige,
            LocalDate datumKoppeling) {
        return ContractEvents.inburgeraarGekoppeldAanGemeente().setBsn(bsn).setVNummer("7" + bsn)
                .setGemeentecode(gemeentecode).setVorigeGemeentecode(vorige).setDatumKoppeling(datumKoppeling)
                .setAzcLocatie("AZC Apeldoorn").setVerwachteDatumUitstroom(datumKoppeling.plusMonths(3)).build();
    }

    private static KlantprofielGedeeld klantprofiel(String bsn, String gemeentecode, Klantprofielmoment moment,
            Betrokkenheidsvariant variant, LocalDate warmeOverdracht) {
        return ContractEvents.klantprofielGedeeld().setBsn(bsn).setVNummer("7" + bsn).setGemeentecode(gemeentecode)
                .setMoment(moment).setDatumBijgewerkt(LocalDate.of(2026, 10, 20)).setGeboorteland("SY")
                .setTalen(List.of("ar", "en")).setHoogstGenotenOpleiding("hbo bouwkunde")
                .setWerkervaring("5 jaar uitvoerder").setVoorinburgeringGevolgd(true).setUrenVoorinburgering(40).setBijzonderheden(null)
                .setAfgesprokenVariant(variant).setDatumWarmeOverdracht(warmeOverdracht)
                .setVoorinburgeringGeaccepteerd(true).build();
    }

    private static RechtOpMaatschappelijkeBegeleidingVastgesteld recht(String bsn, String gemeentecode) {
        return ContractEvents.rechtOpMaatschappelijkeBegeleidingVastgesteld().setBsn(bsn).setGemeentecode(gemeentecode)
                .setIngangsdatum(LocalDate.of(2026, 10, 15)).setDatumVaststelling(LocalDate.of(2026, 10, 16)).build();
    }

    // ---- the gemeente

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private static String brpSysteem(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, OIN.get(gemeentecode))
                .bearer();
    }

    private ResultActions zoek(String gemeentecode, String bsn) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"));
    }

    private JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    /** Waits until the gemeente has the person as inburgeraar, and returns his id. */
    private String wachtOpInburgeraar(String gemeentecode, String bsn) throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> zoek(gemeentecode, bsn)
                .andExpect(jsonPath("$.inburgeraars[0].bsn").value(bsn)));
        return lees(zoek(gemeentecode, bsn)).at("/inburgeraars/0/id").asString();
    }

    private ResultActions asielstatushouder(String gemeentecode, String inburgeraarId) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + inburgeraarId + "/asielstatushouder")
                .header("Authorization", klantmanager(gemeentecode)));
    }

    private JsonNode koppelingen(String gemeentecode) throws Exception {
        return lees(mvc.perform(get("/api/v1/koppelingen").param("paginaGrootte", "100")
                .header("Authorization", klantmanager(gemeentecode))).andExpect(status().isOk()));
    }

    /** The gemeente's koppeling of the person, once it is there. */
    private JsonNode wachtOpKoppeling(String gemeentecode, String bsn) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode regel : koppelingen(gemeentecode).get("koppelingen")) {
                if (regel.get("bsn").asString().equals(bsn)) {
                    return regel;
                }
            }
            return null;
        }, regel -> regel != null);
    }

    private Map<String, Long> verwerkingen(String bsn) {
        return logboek.voorBetrokkene(bsn).stream().collect(Collectors.groupingBy(
                Verwerkingsrecord::verwerkingsactiviteitId, Collectors.counting()));
    }

    private void wachtOpVerwerking(String bsn, String activiteit, long aantal) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> verwerkingen(bsn).getOrDefault(ACTIVITEIT + activiteit, 0L) >= aantal);
    }

    // ---- #3 for COA

    @Test
    void een_inburgeringsplicht_voor_coa_komt_nooit_in_de_werkvoorraad_van_de_azc_gemeente() throws Exception {
        String voorCoa = TestBsn.nieuw();
        String voorGemeente = TestBsn.nieuw();
        // one partition key, so the second delivery is handled after the first
        TestPartner.publiceer(kafka(), "een-sleutel", plicht(voorCoa, AMSTERDAM, Ontvanger.COA));
        TestPartner.publiceer(kafka(), "een-sleutel", plicht(voorGemeente, AMSTERDAM, Ontvanger.GEMEENTE));

        wachtOpInburgeraar(AMSTERDAM, voorGemeente);
        zoek(AMSTERDAM, voorCoa).andExpect(status().isOk()).andExpect(jsonPath("$.inburgeraars").isEmpty());
        mvc.perform(get("/api/v1/inburgeraars").param("paginaGrootte", "100")
                        .header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(jsonPath("$.inburgeraars[*].bsn", Matchers.not(Matchers.hasItem(voorCoa))));
        assertThat(verwerkingen(voorCoa)).as("geen gegevens van hem verwerkt").isEmpty();
    }

    @Test
    void een_tweede_levering_van_de_plicht_aan_dezelfde_gemeente_houdt_zijn_id() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        String id = wachtOpInburgeraar(AMSTERDAM, bsn);

        publiceer(bsn, plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        wachtOpVerwerking(bsn, "inburgeringsplicht-ontvangen", 2);

        assertThat(wachtOpInburgeraar(AMSTERDAM, bsn)).isEqualTo(id);
    }

    // ---- koppeling, klantprofiel, recht and plicht in any order

    @ParameterizedTest(name = "volgorde {0}")
    @ValueSource(strings = { "14,15,4,3", "15,4,3,14", "3,15,14,4", "4,3,15,14" })
    void koppeling_klantprofiel_recht_en_plicht_zijn_in_elke_volgorde_zichtbaar_voor_de_gekoppelde_gemeente(
            String volgorde) throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate gekoppeld = LocalDate.of(2026, 10, 12);
        Map<String, SpecificRecord> events = Map.of(
                "14", koppeling(bsn, AMSTERDAM, null, gekoppeld),
                "15", klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.KOPPELING, null, null),
                "4", recht(bsn, AMSTERDAM),
                "3", plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        Map<String, String> activiteit = Map.of("14", "koppeling-ontvangen", "15", "klantprofiel-ontvangen",
                "4", "recht-op-maatschappelijke-begeleiding-ontvangen", "3", "inburgeringsplicht-ontvangen");
        for (String nummer : volgorde.split(",")) {
            publiceer(bsn, events.get(nummer));
            wachtOpVerwerking(bsn, activiteit.get(nummer), 1); // handled before the next one is sent
        }

        String id = wachtOpInburgeraar(AMSTERDAM, bsn);
        asielstatushouder(AMSTERDAM, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bsn").value(bsn))
                .andExpect(jsonPath("$.vNummer").value("7" + bsn))
                .andExpect(jsonPath("$.inburgeraarId").value(id))
                .andExpect(jsonPath("$.koppeling.datumKoppeling").value("2026-10-12"))
                .andExpect(jsonPath("$.koppeling.azcLocatie").value("AZC Apeldoorn"))
                .andExpect(jsonPath("$.koppeling.verwachteDatumUitstroom").value("2027-01-12"))
                .andExpect(jsonPath("$.klantprofiel.moment").value("KOPPELING"))
                .andExpect(jsonPath("$.klantprofiel.talen", Matchers.contains("ar", "en")))
                .andExpect(jsonPath("$.klantprofiel.hoogstGenotenOpleiding").value("hbo bouwkunde"))
                .andExpect(jsonPath("$.klantprofielHistorie", Matchers.hasSize(1)))
                .andExpect(jsonPath("$.rechtOpMaatschappelijkeBegeleiding.ingangsdatum").value("2026-10-15"))
                .andExpect(jsonPath("$.rechtOpMaatschappelijkeBegeleiding.datumVaststelling").value("2026-10-16"));
        JsonNode regel = wachtOpKoppeling(AMSTERDAM, bsn);
        assertThat(regel.get("inburgeraarId").asString()).isEqualTo(id);
        assertThat(verwerkingen(bsn)).as("elke verwerking precies een keer in het logboek").containsAllEntriesOf(Map.of(
                ACTIVITEIT + "koppeling-ontvangen", 1L,
                ACTIVITEIT + "klantprofiel-ontvangen", 1L,
                ACTIVITEIT + "recht-op-maatschappelijke-begeleiding-ontvangen", 1L,
                ACTIVITEIT + "inburgeringsplicht-ontvangen", 1L));
    }

    @Test
    void een_gekoppelde_asielstatushouder_staat_al_bij_de_koppelingen_voordat_duo_de_plicht_levert() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, LocalDate.of(2026, 10, 12)));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.KOPPELING, null, null));
        wachtOpVerwerking(bsn, "klantprofiel-ontvangen", 1);

        JsonNode regel = wachtOpKoppeling(AMSTERDAM, bsn);
        assertThat(regel.get("inburgeraarId").isNull()).isTrue();
        assertThat(regel.get("azcLocatie").asString()).isEqualTo("AZC Apeldoorn");
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars").isEmpty());
        mvc.perform(get("/api/v1/koppelingen/" + regel.get("id").asString())
                        .header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bsn").value(bsn))
                .andExpect(jsonPath("$.inburgeraarId").doesNotExist())
                .andExpect(jsonPath("$.klantprofiel.moment").value("KOPPELING"))
                .andExpect(jsonPath("$.rechtOpMaatschappelijkeBegeleiding").doesNotExist());
    }

    @Test
    void de_klantprofielhistorie_toont_alle_vier_momenten_en_het_laatste_profiel_is_het_actuele() throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate warmeOverdracht = LocalDate.of(2026, 12, 1);
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, LocalDate.of(2026, 10, 12)));
        publiceer(bsn, plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.KOPPELING, null, null));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING,
                Betrokkenheidsvariant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC, null));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.WARME_OVERDRACHT,
                Betrokkenheidsvariant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC, warmeOverdracht));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.INSCHRIJVING_GEMEENTE,
                Betrokkenheidsvariant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC, warmeOverdracht));
        String id = wachtOpInburgeraar(AMSTERDAM, bsn);
        wachtOpVerwerking(bsn, "klantprofiel-ontvangen", 4);

        asielstatushouder(AMSTERDAM, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.klantprofielHistorie[*].moment", Matchers.contains("KOPPELING",
                        "BIJGEWERKT_TIJDENS_VOORINBURGERING", "WARME_OVERDRACHT", "INSCHRIJVING_GEMEENTE")))
                .andExpect(jsonPath("$.klantprofiel.moment").value("INSCHRIJVING_GEMEENTE"))
                .andExpect(jsonPath("$.datumWarmeOverdracht").value("2026-12-01"))
                .andExpect(jsonPath("$.betrokkenheid.status").value("AFGESPROKEN"))
                .andExpect(jsonPath("$.betrokkenheid.variant").value("BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC"));
    }

    // ---- herkoppeling

    @Test
    void na_een_herkoppeling_ziet_de_oude_gemeente_de_persoon_niet_meer_en_de_nieuwe_wel() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, LocalDate.of(2026, 10, 12)));
        publiceer(bsn, plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        publiceer(bsn, recht(bsn, AMSTERDAM));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.KOPPELING, null, null));
        String idAmsterdam = wachtOpInburgeraar(AMSTERDAM, bsn);
        String koppelingAmsterdam = wachtOpKoppeling(AMSTERDAM, bsn).get("id").asString();

        publiceer(bsn, koppeling(bsn, ROTTERDAM, AMSTERDAM, LocalDate.of(2026, 10, 26)));
        wachtOpKoppeling(ROTTERDAM, bsn);

        // COA's new koppeling alone takes him from Amsterdam, before DUO's #3 to Rotterdam arrives
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars").isEmpty());
        asielstatushouder(AMSTERDAM, idAmsterdam).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inburgeraars/" + idAmsterdam).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/koppelingen/" + koppelingAmsterdam).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isNotFound());
        assertThat(koppelingen(AMSTERDAM).findValuesAsString("bsn")).doesNotContain(bsn);

        publiceer(bsn, plicht(bsn, ROTTERDAM, Ontvanger.GEMEENTE));
        publiceer(bsn, recht(bsn, ROTTERDAM));
        String idRotterdam = wachtOpInburgeraar(ROTTERDAM, bsn);
        wachtOpVerwerking(bsn, "recht-op-maatschappelijke-begeleiding-ontvangen", 2);

        assertThat(idRotterdam).isNotEqualTo(idAmsterdam);
        asielstatushouder(ROTTERDAM, idRotterdam)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.koppeling.datumKoppeling").value("2026-10-26"))
                .andExpect(jsonPath("$.koppeling.vorigeGemeentecode").value(AMSTERDAM))
                .andExpect(jsonPath("$.rechtOpMaatschappelijkeBegeleiding.ingangsdatum").value("2026-10-15"))
                .andExpect(jsonPath("$.klantprofiel").doesNotExist())
                .andExpect(jsonPath("$.klantprofielHistorie").isEmpty());
        zoek(AMSTERDAM, bsn).andExpect(jsonPath("$.inburgeraars").isEmpty());
    }

    @Test
    void ook_als_duo_de_nieuwe_gemeente_eerder_bereikt_dan_coa_verhuist_de_inburgeraar_naar_de_nieuwe_gemeente()
            throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, LocalDate.of(2026, 10, 12)));
        publiceer(bsn, plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        String idAmsterdam = wachtOpInburgeraar(AMSTERDAM, bsn);

        publiceer(bsn, plicht(bsn, ROTTERDAM, Ontvanger.GEMEENTE));
        String idRotterdam = wachtOpInburgeraar(ROTTERDAM, bsn);
        mvc.perform(get("/api/v1/inburgeraars/" + idAmsterdam).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isNotFound());

        publiceer(bsn, koppeling(bsn, ROTTERDAM, AMSTERDAM, LocalDate.of(2026, 10, 26)));
        wachtOpKoppeling(ROTTERDAM, bsn);
        assertThat(wachtOpInburgeraar(ROTTERDAM, bsn)).isEqualTo(idRotterdam);
        assertThat(koppelingen(AMSTERDAM).findValuesAsString("bsn")).doesNotContain(bsn);
    }

    // ---- betrokkenheid

    @Test
    void een_variant_uit_het_klantprofiel_is_de_afgesproken_betrokkenheid() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, LocalDate.now(clock)));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING,
                Betrokkenheidsvariant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC, null));
        wachtOpVerwerking(bsn, "klantprofiel-ontvangen", 1);

        JsonNode betrokkenheid = wachtOpKoppeling(AMSTERDAM, bsn).get("betrokkenheid");
        assertThat(betrokkenheid.get("status").asString()).isEqualTo("AFGESPROKEN");
        assertThat(betrokkenheid.get("variant").asString()).isEqualTo("BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC");
    }

    @Test
    void zonder_afspraak_is_er_eerst_nog_geen_afspraak_en_na_veertien_dagen_geldt_vanaf_inschrijving()
            throws Exception {
        String bsn = TestBsn.nieuw();
        LocalDate gekoppeld = LocalDate.now(clock);
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, gekoppeld));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.KOPPELING, null, null));
        wachtOpVerwerking(bsn, "klantprofiel-ontvangen", 1);
        String koppeling = wachtOpKoppeling(AMSTERDAM, bsn).get("id").asString();

        mvc.perform(get("/api/v1/koppelingen/" + koppeling).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(jsonPath("$.betrokkenheid.status").value("NOG_GEEN_AFSPRAAK"))
                .andExpect(jsonPath("$.betrokkenheid.omschrijving").value("nog geen afspraak"))
                .andExpect(jsonPath("$.betrokkenheid.variant").doesNotExist())
                .andExpect(jsonPath("$.betrokkenheid.standaardVanaf").value(gekoppeld.plusDays(14).toString()));

        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(14));

        mvc.perform(get("/api/v1/koppelingen/" + koppeling).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(jsonPath("$.betrokkenheid.status").value("STANDAARD"))
                .andExpect(jsonPath("$.betrokkenheid.variant").value("VANAF_INSCHRIJVING"))
                .andExpect(jsonPath("$.betrokkenheid.standaardVanaf").value(gekoppeld.plusDays(14).toString()));
        assertThat(wachtOpKoppeling(AMSTERDAM, bsn).at("/betrokkenheid/variant").asString())
                .isEqualTo("VANAF_INSCHRIJVING");
    }

    // ---- another gemeente

    @Test
    void de_klantmanager_van_een_andere_gemeente_ziet_niets_van_de_asielstatushouder() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, koppeling(bsn, AMSTERDAM, null, LocalDate.of(2026, 10, 12)));
        publiceer(bsn, plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE));
        publiceer(bsn, klantprofiel(bsn, AMSTERDAM, Klantprofielmoment.KOPPELING, null, null));
        publiceer(bsn, recht(bsn, AMSTERDAM));
        String id = wachtOpInburgeraar(AMSTERDAM, bsn);
        String koppeling = wachtOpKoppeling(AMSTERDAM, bsn).get("id").asString();
        wachtOpVerwerking(bsn, "recht-op-maatschappelijke-begeleiding-ontvangen", 1);

        assertThat(koppelingen(ROTTERDAM).toString()).doesNotContain(bsn).doesNotContain(koppeling);
        asielstatushouder(ROTTERDAM, id)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Deze inburgeraar bestaat niet in uw gemeente."));
        asielstatushouder(ROTTERDAM, java.util.UUID.randomUUID().toString())
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze inburgeraar bestaat niet in uw gemeente."));
        mvc.perform(get("/api/v1/koppelingen/" + koppeling).header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze koppeling bestaat niet in uw gemeente."));
        assertThat(logboek.voorBetrokkene(bsn)).extracting(Verwerkingsrecord::gemeentecode)
                .doesNotContain(ROTTERDAM);
    }

    @Test
    void een_gezinsmigrant_heeft_geen_gegevens_als_asielstatushouder() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, InburgeringsplichtVastgesteld.newBuilder(plicht(bsn, AMSTERDAM, Ontvanger.GEMEENTE))
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER).build());
        String id = wachtOpInburgeraar(AMSTERDAM, bsn);

        asielstatushouder(AMSTERDAM, id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("geen gegevens als asielstatushouder")));
    }

    @Test
    void alleen_een_klantmanager_leest_de_koppelingen() throws Exception {
        mvc.perform(get("/api/v1/koppelingen").header("Authorization", brpSysteem(AMSTERDAM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/koppelingen")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/koppelingen").param("gemeentecode", ROTTERDAM)
                        .header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isBadRequest());
    }

    // ---- BRP verhuizing

    private ResultActions inschrijving(String gemeentecode, String bsn, String datum) throws Exception {
        return mvc.perform(post("/api/v1/brp/inschrijvingen").header("Authorization", brpSysteem(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","datumInschrijving":"%s","geboortedatum":"1994-03-08"}
                        """.formatted(bsn, datum)));
    }

    private ResultActions verhuizing(String gemeentecode, String json) throws Exception {
        return mvc.perform(post("/api/v1/brp/verhuizingen").header("Authorization", brpSysteem(gemeentecode))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void een_verhuizing_naar_de_gemeente_wordt_met_de_oude_en_de_nieuwe_gemeente_gepubliceerd() throws Exception {
        String bsn = TestBsn.nieuw();
        inschrijving(AMSTERDAM, bsn, "2026-09-01").andExpect(status().isCreated());

        verhuizing(ROTTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-10-01"}
                """.formatted(bsn))
                .andExpect(status().isCreated())
                // where he lived is not the new gemeente's to learn from this answer (issue 11, item 11)
                .andExpect(jsonPath("$.gemeentecodeOud").doesNotExist())
                .andExpect(jsonPath("$.gemeentecodeNieuw").value(ROTTERDAM))
                .andExpect(jsonPath("$.datumVerhuizing").value("2026-10-01"))
                .andExpect(jsonPath("$.bsn").doesNotExist())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Location", Matchers.startsWith("/api/v1/brp/verhuizingen/")));

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.BRP_VERHUIZINGEN.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(record.key()).doesNotContain(bsn);
        IngezeteneVerhuisd verhuisd = AvroCodec.decode(record.value(), IngezeteneVerhuisd.class);
        assertThat(verhuisd.getGemeentecodeOud()).isEqualTo(AMSTERDAM);
        assertThat(verhuisd.getGemeentecodeNieuw()).isEqualTo(ROTTERDAM);
        assertThat(verhuisd.getDatumVerhuizing()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "brp-verhuizing-registreren", 1L);

        // a next move starts from where he lives now
        verhuizing(AMSTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-10-20"}
                """.formatted(bsn))
                .andExpect(status().isCreated());
        var terug = TestPartner.wachtOp(kafka(), TopicCatalogue.BRP_VERHUIZINGEN.name(), r -> TestPartner.bevat(r, bsn)
                && AMSTERDAM.equals(AvroCodec.decode(r.value(), IngezeteneVerhuisd.class).getGemeentecodeNieuw()));
        assertThat(AvroCodec.decode(terug.value(), IngezeteneVerhuisd.class).getGemeentecodeOud()).isEqualTo(ROTTERDAM);
    }

    @Test
    void een_verhuizing_van_iemand_zonder_inschrijving_wordt_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        verhuizing(ROTTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-10-01"}
                """.formatted(bsn))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("niet ingeschreven in de BRP")))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString(bsn))));
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.BRP_VERHUIZINGEN.name(), r -> TestPartner.bevat(r, bsn)))
                .isEmpty();
    }

    @Test
    void een_verhuizing_binnen_de_eigen_gemeente_is_een_conflict() throws Exception {
        String bsn = TestBsn.nieuw();
        inschrijving(AMSTERDAM, bsn, "2026-09-01").andExpect(status().isCreated());

        verhuizing(AMSTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-10-01"}
                """.formatted(bsn))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("woont al in uw gemeente")));
    }

    @Test
    void een_verhuizing_voor_de_inschrijving_of_in_de_toekomst_of_zonder_datum_wordt_geweigerd() throws Exception {
        String bsn = TestBsn.nieuw();
        inschrijving(AMSTERDAM, bsn, "2026-09-01").andExpect(status().isCreated());

        verhuizing(ROTTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-08-31"}
                """.formatted(bsn))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("datumVerhuizing"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("beforeVestiging"));
        verhuizing(ROTTERDAM, """
                {"bsn":"%s","datumVerhuizing":"%s"}
                """.formatted(bsn, LocalDate.now(clock).plusDays(2)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("future"));
        verhuizing(ROTTERDAM, """
                {"bsn":"123456789"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("bsn", "datumVerhuizing")));
        verhuizing(ROTTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-10-01","gemeentecodeOud":"0363"}
                """.formatted(bsn))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("unknown"));
    }

    @Test
    void een_klantmanager_registreert_geen_verhuizing() throws Exception {
        mvc.perform(post("/api/v1/brp/verhuizingen").header("Authorization", klantmanager(ROTTERDAM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\":\"%s\",\"datumVerhuizing\":\"2026-10-01\"}".formatted(TestBsn.nieuw())))
                .andExpect(status().isForbidden());
    }

    @Test
    void een_asielstatushouder_die_naar_zijn_gekoppelde_gemeente_verhuist_is_daar_gevestigd() throws Exception {
        String bsn = TestBsn.nieuw();
        inschrijving(AZC_GEMEENTE, bsn, "2026-09-01").andExpect(status().isCreated());
        publiceer(bsn, koppeling(bsn, ROTTERDAM, null, LocalDate.of(2026, 10, 12)));
        String koppeling = wachtOpKoppeling(ROTTERDAM, bsn).get("id").asString();

        verhuizing(ROTTERDAM, """
                {"bsn":"%s","datumVerhuizing":"2026-11-02"}
                """.formatted(bsn))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gemeentecodeOud").doesNotExist());

        mvc.perform(get("/api/v1/koppelingen/" + koppeling).header("Authorization", klantmanager(ROTTERDAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.koppeling.gevestigdOp").value("2026-11-02"));
    }

    // ---- the API document

    @Test
    void het_openapi_document_beschrijft_de_koppelingen_en_de_verhuizingen() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/koppelingen'].get").exists())
                .andExpect(jsonPath("$.paths['/koppelingen/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/inburgeraars/{id}/asielstatushouder'].get").exists())
                .andExpect(jsonPath("$.paths['/brp/verhuizingen'].post.responses['409']").exists())
                .andReturn().getResponse().getContentAsString();
        // for a local lint with the API Design Rules' Spectral ruleset
        java.nio.file.Path map = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "openapi"));
        java.nio.file.Files.writeString(map.resolve("gemeente-service.json"), document);
    }
}
