package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.AsielrechtenWijzigingVerblijfsdoel;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Ontheffingsgrond;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.common.VrijgesteldOnderdeel;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadpaden;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.time.VerschuifbareKlok;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 at the gemeente (decision 0036): DUO's #3 gewijzigd and beëindigd with every reden, its decisions on
 * vrijstelling (#11) and ontheffing (#12) with the signal to set the PIP again, and the gemeente's BIO advies. The
 * test plays DUO on the real broker, on the gemeente's own topics.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.klok.verschuifbaar=true" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class VrijstellingenOntheffingenEnWijzigingenTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final VerschuifbareKlok KLOK = VerschuifbareKlok.GEDEELD;
    private static final Duration WACHT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    InburgeraarRaadplegen raadplegen;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void klokTerug() {
        KLOK.zetTerug();
    }

    // ---- DUO

    private static void publiceer(String bsn, SpecificRecord event) {
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "sleutel-" + bsn, event);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(KLOK);
    }

    private String inburgeraar(String bsn, Doelgroepindeling doelgroep) throws Exception {
        publiceer(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDoelgroep(doelgroep).setBegindatum(vandaag().minusDays(2))
                .setDatumVaststelling(vandaag().minusDays(1)).setOntvanger(Ontvanger.GEMEENTE).build());
        return await().atMost(WACHT).until(() -> rij(bsn).at("/id").asString(null), id -> id != null);
    }

    private String inburgeraar(String bsn) throws Exception {
        return inburgeraar(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
    }

    /** #3 gewijzigd for Amsterdam, today. */
    private static InburgeringsplichtGewijzigd.Builder gewijzigd(String bsn, RedenWijzigingInburgeringsplicht reden) {
        return ContractEvents.inburgeringsplichtGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setVorigeGemeentecode(null).setRedenWijziging(reden).setDatumWijziging(vandaag())
                .setOntvanger(Ontvanger.GEMEENTE);
    }

    private static void beeindig(String bsn, RedenGeenInburgeringsplicht reden) {
        publiceer(bsn, ContractEvents.inburgeringsplichtBeeindigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setEinddatum(vandaag()).setDatumVaststelling(vandaag()).setRedenGeenInburgeringsplicht(reden)
                .setOntvanger(Ontvanger.GEMEENTE).build());
    }

    // ---- the gemeente

    private static String klantmanager(String gemeentecode) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente(gemeentecode, OIN.get(gemeentecode)).bearer();
    }

    private static JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    private JsonNode rij(String bsn) throws Exception {
        return lees(mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager(AMSTERDAM))
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"))).at("/inburgeraars/0");
    }

    private List<String> signalen(String bsn) throws Exception {
        List<String> soorten = new ArrayList<>();
        rij(bsn).at("/signalen").forEach(s -> soorten.add(s.at("/soort").asString()));
        return soorten;
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        lees(mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=100" + query)
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())).at("/inburgeraars")
                .forEach(i -> ids.add(i.at("/id").asString()));
        return ids;
    }

    private ResultActions beslissingen(String gemeentecode, String id) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars/" + id + "/vrijstellingen-en-ontheffingen")
                .header("Authorization", klantmanager(gemeentecode)));
    }

    private ResultActions bioAdvies(String gemeentecode, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/bio-adviezen")
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions stelPipVast(String id) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/pip").header("Authorization", klantmanager(AMSTERDAM))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dagtekening":"%s","leerroute":"B1_ROUTE","niveau":null,"geschatteIntensiteitB1Route":12,
                         "indicatorMagOpleidingAfmaken":false,"alfabetiseringsonderwijs":"NVT",
                         "eenzijdigVastgesteld":false,"redenWijziging":null}
                        """.formatted(vandaag())));
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    // ---- #3 gewijzigd

    @Test
    void een_gewijzigde_plicht_toont_de_actuele_doelgroep_en_de_openstaande_onderdelen_in_het_dossier()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);

        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD)
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER)
                .setOpenstaandeOnderdelen(List.of(Plichtonderdeel.MAP, Plichtonderdeel.KNM, Plichtonderdeel.LE))
                .build());
        await().atMost(WACHT).until(() -> "ONDERDELEN_OPNIEUW_VASTGESTELD"
                .equals(rij(bsn).at("/redenWijzigingPlicht").asString(null)));

        mvc.perform(get("/api/v1/inburgeraars/" + id).header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gedetailleerdeDoelgroep").value("GEZINSVORMER"))
                .andExpect(jsonPath("$.openstaandeOnderdelen[0]").value("KNM"))
                .andExpect(jsonPath("$.openstaandeOnderdelen[1]").value("LE"))
                .andExpect(jsonPath("$.openstaandeOnderdelen[2]").value("MAP"))
                .andExpect(jsonPath("$.openstaandeOnderdelen.length()").value(3))
                .andExpect(jsonPath("$.datumWijzigingPlicht").value(vandaag().toString()))
                .andExpect(jsonPath("$.statusPlicht").value("ACTIEF"));
    }

    @Test
    void een_gemeente_die_hem_nog_niet_kende_neemt_hem_op_uit_de_gewijzigde_plicht_en_een_oudere_wijziging_verandert_niets()
            throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD)
                .setVorigeGemeentecode(ROTTERDAM).setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setOpenstaandeOnderdelen(List.of(Plichtonderdeel.SP)).build());
        String id = await().atMost(WACHT).until(() -> rij(bsn).at("/id").asString(null), i -> i != null);
        assertThat(ids("")).contains(id);
        assertThat(rij(bsn).at("/doelgroep").asString()).isEqualTo("ASIELSTATUSHOUDER");

        // a late delivery of an older change, then the newest again: the newest state stays
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.OVERIG)
                .setDatumWijziging(vandaag().minusDays(5)).setOpenstaandeOnderdelen(List.of(Plichtonderdeel.KNM))
                .build());
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.OVERIG)
                .setDatumWijziging(vandaag()).setOpenstaandeOnderdelen(List.of(Plichtonderdeel.SP, Plichtonderdeel.PVT))
                .build());
        await().atMost(WACHT).until(() -> "OVERIG".equals(rij(bsn).at("/redenWijzigingPlicht").asString(null)));
        JsonNode rij = rij(bsn);
        List<String> open = new ArrayList<>();
        rij.at("/openstaandeOnderdelen").forEach(o -> open.add(o.asString()));
        assertThat(open).containsExactly("SP", "PVT");
        assertThat(rij.at("/datumWijzigingPlicht").asString()).isEqualTo(vandaag().toString());
    }

    @Test
    void een_gewijzigde_plicht_voor_coa_komt_niet_in_de_werkvoorraad() throws Exception {
        String coa = TestBsn.nieuw();
        String gemeente = TestBsn.nieuw();
        publiceer(coa, gewijzigd(coa, RedenWijzigingInburgeringsplicht.OVERIG).setOntvanger(Ontvanger.COA).build());
        publiceer(gemeente, gewijzigd(gemeente, RedenWijzigingInburgeringsplicht.OVERIG).build());
        await().atMost(WACHT).until(() -> rij(gemeente).at("/id").asString(null) != null);
        assertThat(rij(coa).isMissingNode()).isTrue();
    }

    @Test
    void na_een_doelgroepwijziging_geeft_de_gemeente_binnen_tien_weken_de_doelgroepkeuze_door() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.DOELGROEP_GEWIJZIGD)
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER).build());
        await().atMost(WACHT).until(() -> signalen(bsn).contains("DOELGROEPKEUZE_DOORGEVEN"));
        assertThat(rij(bsn).at("/doelgroep").asString()).isEqualTo("GEZINSMIGRANT_EN_OVERIGE_MIGRANT");
        assertThat(rij(bsn).at("/signalen").findValuesAsString("sinds")).contains(vandaag().toString());
        assertThat(ids("&signaal=DOELGROEPKEUZE_DOORGEVEN")).contains(id);
        // its window carries the sinds it shows, on every day of the 10 weeks (the order on the oldest signal)
        assertThat(vensterscontract(bsn)).contains("DOELGROEPKEUZE_DOORGEVEN@" + vandaag());

        KLOK.verzet(Duration.ofDays(70)); // the last day of the 10 weeks
        assertThat(signalen(bsn)).contains("DOELGROEPKEUZE_DOORGEVEN");
        assertThat(vensterscontract(bsn)).contains("DOELGROEPKEUZE_DOORGEVEN@" + vandaag().minusDays(70));
        KLOK.verzet(Duration.ofDays(1)); // 10 weeks passed
        assertThat(signalen(bsn)).doesNotContain("DOELGROEPKEUZE_DOORGEVEN");
        assertThat(vensterscontract(bsn)).doesNotContain("DOELGROEPKEUZE_DOORGEVEN@" + vandaag().minusDays(71));
    }

    private Set<String> vensterscontract(String bsn) {
        return Werkvoorraadpaden.vensterscontract(raadplegen, jdbc, AMSTERDAM, bsn, vandaag());
    }

    @Test
    void de_bevestigde_doelgroepkeuze_beeindigt_het_signaal_en_toont_de_asielrechten() throws Exception {
        String bsn = TestBsn.nieuw();
        inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.DOELGROEP_GEWIJZIGD)
                .setDatumWijziging(vandaag().minusDays(3)).build());
        await().atMost(WACHT).until(() -> signalen(bsn).contains("DOELGROEPKEUZE_DOORGEVEN"));

        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.DOELGROEPKEUZE_BEVESTIGD)
                .setAsielrechtenWijzigingVerblijfsdoel(AsielrechtenWijzigingVerblijfsdoel.BEHOUD_ASIELRECHTEN)
                .build());
        await().atMost(WACHT).until(() -> "BEHOUD_ASIELRECHTEN"
                .equals(rij(bsn).at("/asielrechtenWijzigingVerblijfsdoel").asString(null)));
        assertThat(signalen(bsn)).doesNotContain("DOELGROEPKEUZE_DOORGEVEN");
    }

    @Test
    void een_ingetrokken_tijdelijke_vrijstelling_maakt_de_tijdelijk_vrijgestelde_weer_actief() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        beeindig(bsn, RedenGeenInburgeringsplicht.TIJDELIJKE_VRIJSTELLING);
        await().atMost(WACHT).until(() -> "TIJDELIJK_VRIJGESTELD".equals(rij(bsn).at("/statusPlicht").asString()));
        assertThat(rij(bsn).at("/redenEindePlicht").asString()).isEqualTo("TIJDELIJKE_VRIJSTELLING");
        assertThat(ids("")).doesNotContain(id);
        assertThat(ids("&status=beeindigd")).contains(id);

        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.TIJDELIJKE_VRIJSTELLING_INGETROKKEN)
                .setDatumWijziging(vandaag().plusDays(1)).build());
        await().atMost(WACHT).until(() -> "ACTIEF".equals(rij(bsn).at("/statusPlicht").asString()));
        assertThat(rij(bsn).at("/redenEindePlicht").isNull()).isTrue();
        assertThat(ids("")).contains(id);
    }

    @Test
    void een_plicht_die_om_een_andere_reden_eindigde_wordt_niet_actief_door_een_ingetrokken_tijdelijke_vrijstelling()
            throws Exception {
        String bsn = TestBsn.nieuw();
        inburgeraar(bsn);
        beeindig(bsn, RedenGeenInburgeringsplicht.VOLLEDIGE_ONTHEFFING);
        await().atMost(WACHT).until(() -> "BEEINDIGD".equals(rij(bsn).at("/statusPlicht").asString()));
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.TIJDELIJKE_VRIJSTELLING_INGETROKKEN)
                .build());
        await().atMost(WACHT).until(() -> "TIJDELIJKE_VRIJSTELLING_INGETROKKEN"
                .equals(rij(bsn).at("/redenWijzigingPlicht").asString(null)));
        assertThat(rij(bsn).at("/statusPlicht").asString()).isEqualTo("BEEINDIGD");
    }

    @Test
    void een_gewijzigde_plicht_met_reden_onbekend_gaat_met_die_reden_naar_de_dead_letters() throws Exception {
        String bsn = TestBsn.nieuw();
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.ONBEKEND).build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn)))).contains("reden ONBEKEND");
    }

    // ---- #3 beëindigd with every reden

    @Test
    void elke_reden_van_beeindiging_staat_met_de_reden_in_het_dossier_en_buiten_de_actieve_werkvoorraad()
            throws Exception {
        for (RedenGeenInburgeringsplicht reden : RedenGeenInburgeringsplicht.values()) {
            String bsn = TestBsn.nieuw();
            String id = inburgeraar(bsn);
            beeindig(bsn, reden);
            await().atMost(WACHT).until(() -> reden.name().equals(rij(bsn).at("/redenEindePlicht").asString(null)));
            assertThat(rij(bsn).at("/statusPlicht").asString()).isEqualTo(
                    reden == RedenGeenInburgeringsplicht.TIJDELIJKE_VRIJSTELLING ? "TIJDELIJK_VRIJGESTELD" : "BEEINDIGD");
            assertThat(ids("")).doesNotContain(id);
            assertThat(ids("&status=beeindigd")).contains(id);
        }
    }

    @Test
    void een_beeindigde_plicht_geeft_geen_signaal_van_termijn_handhaving_leerroute_doelgroepkeuze_of_pip_meer()
            throws Exception {
        String bsn = TestBsn.nieuw();
        inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setStartdatum(vandaag().minusYears(3)).setEinddatum(vandaag().minusDays(1))
                .setDagtekeningPip(vandaag().minusYears(3)).setDatumVaststelling(vandaag().minusYears(3)).build());
        publiceer(bsn, ContractEvents.inburgeringsplichtigeGesignaleerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setReden(Signaleringsreden.VOORAANKONDIGING_BOETE).setDatumSignalering(vandaag())
                .setEinddatumInburgeringstermijn(vandaag().minusDays(1)).build());
        publiceer(bsn, ContractEvents.boeteOpgelegd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBeschikkingskenmerk("DUO-B-" + bsn).setTotaalbedrag(new BigDecimal("500.00"))
                .setDatumBeschikking(vandaag()).setNieuweEinddatumInburgeringstermijn(vandaag().minusDays(1)).build());
        publiceer(bsn, gewijzigd(bsn, RedenWijzigingInburgeringsplicht.DOELGROEP_GEWIJZIGD).build());
        publiceer(bsn, ContractEvents.ontheffingBeslist().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setSoort(Ontheffingsoort.GEDEELTELIJK).setOnderdelen(List.of(Examenonderdeel.SP))
                .setDatumOordeel(vandaag()).build());
        KLOK.verzet(Duration.ofDays(1));
        await().atMost(WACHT).until(() -> signalen(bsn).containsAll(List.of("TERMIJN_OVERSCHREDEN", "BOETE_OPGELEGD",
                "DOELGROEPKEUZE_DOORGEVEN", "PIP_OPNIEUW_VASTSTELLEN")));

        beeindig(bsn, RedenGeenInburgeringsplicht.VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR);
        await().atMost(WACHT).until(() -> "BEEINDIGD".equals(rij(bsn).at("/statusPlicht").asString()));
        assertThat(signalen(bsn)).isEmpty();
        KLOK.verzet(Duration.ofDays(80)); // also the leerroute's ten weeks
        assertThat(signalen(bsn)).isEmpty();
        assertThat(rij(bsn).at("/verzuimSignaal").isNull()).isTrue();
    }

    @Test
    void wie_overleed_staat_niet_in_de_actieve_werkvoorraad_ook_niet_voor_een_certificaat() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, ContractEvents.inburgeringsplichtVoldaan().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumBeschikking(vandaag()).setDatumVoldaan(vandaag().minusWeeks(2))
                .setLeerroute(Leerroute.ZELFREDZAAMHEIDSROUTE).setWaardepapier(Waardepapier.INBURGERINGSCERTIFICAAT)
                .build());
        await().atMost(WACHT).until(() -> signalen(bsn).contains("CERTIFICAAT_UITREIKEN"));

        beeindig(bsn, RedenGeenInburgeringsplicht.OVERLIJDEN);
        await().atMost(WACHT).until(() -> "OVERLIJDEN".equals(rij(bsn).at("/redenEindePlicht").asString(null)));
        assertThat(signalen(bsn)).isEmpty();
        assertThat(ids("")).doesNotContain(id);
        assertThat(ids("&signaal=CERTIFICAAT_UITREIKEN")).doesNotContain(id);
        assertThat(ids("&status=beeindigd")).contains(id);
    }

    // ---- #11 and #12

    @Test
    void elke_beslissing_op_vrijstelling_en_ontheffing_staat_bij_de_inburgeraar_ook_een_afwijzing_en_eenmaal()
            throws Exception {
        String bsn = TestBsn.nieuw();
        // DUO may inform the gemeente before it knows him: the decision is kept
        publiceer(bsn, ContractEvents.vrijstellingBeoordeeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setSoort(Vrijstellingsoort.GEDEELTELIJK).setOordeel(AanvraagOordeel.AFWIJZING)
                .setDatumOordeel(vandaag().minusDays(2)).build());
        String id = inburgeraar(bsn);
        var tijdelijk = ContractEvents.vrijstellingBeoordeeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setSoort(Vrijstellingsoort.TIJDELIJK).setStartdatum(vandaag()).setEinddatum(vandaag().plusYears(1))
                .setDatumOordeel(vandaag().minusDays(1)).build();
        publiceer(bsn, tijdelijk);
        publiceer(bsn, tijdelijk); // DUO delivers it again: kept once
        publiceer(bsn, ContractEvents.ontheffingBeslist().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setSoort(Ontheffingsoort.GEDEELTELIJK).setGrond(Ontheffingsgrond.BIO)
                .setOnderdelen(List.of(Examenonderdeel.SP, Examenonderdeel.LU)).setUrenBelastbaarheidParticipatieactiviteit(8)
                .setDatumOordeel(vandaag()).build());
        await().atMost(WACHT).untilAsserted(() -> beslissingen(AMSTERDAM, id)
                .andExpect(jsonPath("$.beslissingen.length()").value(3)));

        beslissingen(AMSTERDAM, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.beslissingen[0].beslissing").value("VRIJSTELLING"))
                .andExpect(jsonPath("$.beslissingen[0].soort").value("GEDEELTELIJK"))
                .andExpect(jsonPath("$.beslissingen[0].oordeel").value("AFWIJZING"))
                .andExpect(jsonPath("$.beslissingen[1].soort").value("TIJDELIJK"))
                .andExpect(jsonPath("$.beslissingen[1].oordeel").value("TOEKENNING"))
                .andExpect(jsonPath("$.beslissingen[1].grond").value("DIP"))
                .andExpect(jsonPath("$.beslissingen[1].einddatum").value(vandaag().plusYears(1).toString()))
                .andExpect(jsonPath("$.beslissingen[2].beslissing").value("ONTHEFFING"))
                .andExpect(jsonPath("$.beslissingen[2].grond").value("BIO"))
                .andExpect(jsonPath("$.beslissingen[2].onderdelen[0]").value("LU"))
                .andExpect(jsonPath("$.beslissingen[2].onderdelen[1]").value("SP"))
                .andExpect(jsonPath("$.beslissingen[2].urenBelastbaarheidParticipatieactiviteit").value(8));
        beslissingen(ROTTERDAM, id).andExpect(status().isNotFound());
    }

    @Test
    void een_beslissing_met_soort_onbekend_of_een_tijdelijke_zonder_einddatum_gaat_naar_de_dead_letters()
            throws Exception {
        String onbekend = TestBsn.nieuw();
        String zonderEinde = TestBsn.nieuw();
        publiceer(onbekend, ContractEvents.ontheffingBeslist().setBsn(onbekend).setGemeentecode(AMSTERDAM)
                .setGrond(Ontheffingsgrond.ONBEKEND).build());
        publiceer(zonderEinde, ContractEvents.vrijstellingBeoordeeld().setBsn(zonderEinde).setGemeentecode(AMSTERDAM)
                .setSoort(Vrijstellingsoort.TIJDELIJK).setStartdatum(vandaag()).setEinddatum(null).build());
        String kafka = KetenTestInfrastructuur.kafkaBootstrapServers();
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka, TopicCatalogue.BESLISSING_ONTHEFFING,
                r -> TestPartner.bevat(r, onbekend)))).contains("grond ONBEKEND");
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka, TopicCatalogue.EINDOORDEEL_VRIJSTELLING,
                r -> TestPartner.bevat(r, zonderEinde)))).contains("zonder einddatum");
    }

    @Test
    void een_toegekende_gedeeltelijke_vrijstelling_vraagt_een_nieuw_pip_tot_de_gemeente_dat_vaststelde()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, ContractEvents.vrijstellingBeoordeeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setSoort(Vrijstellingsoort.GEDEELTELIJK)
                .setOnderdelen(List.of(VrijgesteldOnderdeel.newBuilder().setOnderdeel(Examenonderdeel.LE)
                        .setNiveau(Examenniveau.B1).build()))
                .setDatumOordeel(vandaag()).build());
        await().atMost(WACHT).until(() -> signalen(bsn).contains("PIP_OPNIEUW_VASTSTELLEN"));
        assertThat(ids("&signaal=PIP_OPNIEUW_VASTSTELLEN")).contains(id);
        LocalDate oordeel = vandaag();
        assertThat(vensterscontract(bsn)).contains("PIP_OPNIEUW_VASTSTELLEN@" + oordeel);
        // held always: the same sinds on every later day. Not vandaag().minusDays(200): 200 days on is summer time,
        // so between 22:00 and 23:00 UTC that is a calendar day later in Amsterdam
        KLOK.verzet(Duration.ofDays(200));
        assertThat(vensterscontract(bsn)).contains("PIP_OPNIEUW_VASTSTELLEN@" + oordeel);
        KLOK.zetTerug();

        stelPipVast(id).andExpect(status().isCreated());
        assertThat(signalen(bsn)).doesNotContain("PIP_OPNIEUW_VASTSTELLEN");
        assertThat(ids("&signaal=PIP_OPNIEUW_VASTSTELLEN")).doesNotContain(id);
    }

    @Test
    void een_afgewezen_of_gehele_beslissing_vraagt_geen_nieuw_pip() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, ContractEvents.ontheffingBeslist().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setSoort(Ontheffingsoort.GEDEELTELIJK).setOordeel(AanvraagOordeel.AFWIJZING)
                .setDatumOordeel(vandaag()).build());
        publiceer(bsn, ContractEvents.vrijstellingBeoordeeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumOordeel(vandaag()).build());
        await().atMost(WACHT).untilAsserted(() -> beslissingen(AMSTERDAM, id)
                .andExpect(jsonPath("$.beslissingen.length()").value(2)));
        assertThat(signalen(bsn)).doesNotContain("PIP_OPNIEUW_VASTSTELLEN");
    }

    // ---- the BIO advies (§11.3)

    @Test
    void de_klantmanager_legt_het_bio_advies_van_de_gemeente_vast_en_ziet_het_terug() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        bioAdvies(AMSTERDAM, id, """
                {"advies":"POSITIEF","motivering":"Aantoonbaar voldoende inspanningen geleverd.","datum":"%s"}
                """.formatted(vandaag()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.advies").value("POSITIEF"))
                .andExpect(jsonPath("$.datum").value(vandaag().toString()));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/bio-adviezen").header("Authorization", klantmanager(AMSTERDAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adviezen.length()").value(1))
                .andExpect(jsonPath("$.adviezen[0].motivering").value("Aantoonbaar voldoende inspanningen geleverd."));
        bioAdvies(ROTTERDAM, id, """
                {"advies":"POSITIEF","motivering":"x","datum":"%s"}
                """.formatted(vandaag())).andExpect(status().isNotFound());
    }

    @Test
    void een_bio_advies_zonder_geldig_advies_zonder_motivering_en_in_de_toekomst_geeft_400_met_elk_probleem()
            throws Exception {
        String id = inburgeraar(TestBsn.nieuw());
        bioAdvies(AMSTERDAM, id, """
                {"advies":"MISSCHIEN","motivering":" ","datum":"%s"}
                """.formatted(vandaag().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams.length()").value(3))
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("advies", "motivering", "datum")));
    }
}
