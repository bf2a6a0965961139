package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.avro.specific.SpecificRecord;
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

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadcursor;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadpaden;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadpagina;
import nl.inburgering.gemeente.inburgeraar.application.Werkvoorraadvraag;
import nl.inburgering.gemeente.inburgeraar.persistence.SignaalmomentRegister;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.time.VerschuifbareKlok;
import nl.inburgering.platform.time.WerkdagenKalender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 at the gemeente: the end of the traject (#3 beëindigd, #10 voldaan and the certificaat of §15.6), DUO's
 * handhaving op resultaat (#5 gewijzigd, #7, #8, #9) and the signals in the werkvoorraad, computed against the moved
 * clock. The test plays DUO on the real broker.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.klok.verschuifbaar=true" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class EindeVanHetTrajectTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Map<String, String> OIN = Map.of(AMSTERDAM, "00000001002564440000",
            ROTTERDAM, "00000001002220647000");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final VerschuifbareKlok KLOK = VerschuifbareKlok.GEDEELD;

    @Autowired
    MockMvc mvc;
    @Autowired
    WerkdagenKalender kalender;
    @Autowired
    InburgeraarRaadplegen raadplegen;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    SignaalmomentRegister register;

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

    private static void verzetKlok(Duration duur) {
        KLOK.verzet(duur);
    }

    private String inburgeraar(String bsn, Doelgroepindeling doelgroep) throws Exception {
        publiceer(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDoelgroep(doelgroep).setBegindatum(vandaag().minusDays(2)).setDatumVaststelling(vandaag().minusDays(1))
                .setOntvanger(Ontvanger.GEMEENTE).build());
        return await().atMost(Duration.ofSeconds(30)).until(() -> rij(bsn).at("/id").asString(null), id -> id != null);
    }

    private String inburgeraar(String bsn) throws Exception {
        return inburgeraar(bsn, Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
    }

    private void termijn(String bsn, LocalDate einde) {
        publiceer(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setStartdatum(einde.minusYears(3).plusDays(1)).setEinddatum(einde).setDagtekeningPip(einde.minusYears(3))
                .setDatumVaststelling(einde.minusYears(3)).build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> einde.toString().equals(rij(bsn).at("/einddatumInburgeringstermijn").asString(null)));
        wachtOpDeSignaalindex(bsn); // the order on the termijn reads the index's column
    }

    /** Until the index's worker recomputed this person (decision 0046, second addendum). */
    private void wachtOpDeSignaalindex(String bsn) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !gemerkt(bsn));
    }

    private boolean gemerkt(String bsn) {
        return jdbc.queryForObject("select count(*) from werkvoorraad_signaalindex_open where bsn = ?", Long.class,
                bsn) > 0;
    }

    /** Holds the index worker's lock, as a second instance of the service at work would. */
    private AutoCloseable signaalindexElders() throws SQLException {
        Connection verbinding = dataSource.getConnection();
        try (Statement s = verbinding.createStatement()) {
            s.execute("select pg_advisory_lock(hashtext('werkvoorraad_signaalindex'))");
        }
        return () -> {
            try (verbinding; Statement s = verbinding.createStatement()) {
                s.execute("select pg_advisory_unlock(hashtext('werkvoorraad_signaalindex'))");
            }
        };
    }

    private LocalDate overschredenVanaf(String bsn) {
        return jdbc.queryForObject("select vanaf from werkvoorraad_signaalmoment where bsn = ?"
                + " and signaalsoort = 'TERMIJN_OVERSCHREDEN'", LocalDate.class, bsn);
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

    private void wachtOpSignaal(String bsn, String soort) {
        await().atMost(Duration.ofSeconds(30)).until(() -> signalen(bsn).contains(soort));
    }

    private ResultActions werkvoorraad(String query) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars?paginaGrootte=100" + query)
                .header("Authorization", klantmanager(AMSTERDAM)));
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        lees(werkvoorraad(query).andExpect(status().isOk())).at("/inburgeraars")
                .forEach(i -> ids.add(i.at("/id").asString()));
        return ids;
    }

    private ResultActions reikUit(String gemeentecode, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/" + id + "/certificaat/uitreiking")
                .header("Authorization", klantmanager(gemeentecode)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    // ---- #3 beëindigd

    @Test
    void een_beeindigde_plicht_verlaat_de_actieve_werkvoorraad_en_blijft_vindbaar_met_een_filter() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        assertThat(ids("")).contains(id);

        publiceer(bsn, ContractEvents.inburgeringsplichtBeeindigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setEinddatum(vandaag()).setDatumVaststelling(vandaag())
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR)
                .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> "BEEINDIGD".equals(rij(bsn).at("/statusPlicht").asString()));

        JsonNode rij = rij(bsn);
        assertThat(rij.at("/einddatumPlicht").asString()).isEqualTo(vandaag().toString());
        assertThat(rij.at("/redenEindePlicht").asString()).isEqualTo("VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR");
        assertThat(ids("")).doesNotContain(id);
        assertThat(ids("&status=actief")).doesNotContain(id);
        assertThat(ids("&status=beeindigd")).contains(id);
        assertThat(ids("&status=alle")).contains(id);
    }

    // ---- #10 voldaan and the certificaat (§15.6)

    @Test
    void voldaan_met_een_certificaat_is_een_taak_tot_de_gemeente_het_uitreikte_ook_na_het_einde_van_de_plicht()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, ContractEvents.inburgeringsplichtVoldaan().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumBeschikking(vandaag()).setDatumVoldaan(vandaag().minusWeeks(2))
                .setLeerroute(Leerroute.ZELFREDZAAMHEIDSROUTE).setWaardepapier(Waardepapier.INBURGERINGSCERTIFICAAT)
                .build());
        publiceer(bsn, ContractEvents.inburgeringsplichtBeeindigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setEinddatum(vandaag()).setDatumVaststelling(vandaag()).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> "BEEINDIGD".equals(rij(bsn).at("/statusPlicht").asString())
                && signalen(bsn).contains("CERTIFICAAT_UITREIKEN"));

        JsonNode voldaan = rij(bsn).at("/voldaan");
        assertThat(voldaan.at("/datumVoldaan").asString()).isEqualTo(vandaag().minusWeeks(2).toString());
        assertThat(voldaan.at("/leerroute").asString()).isEqualTo("ZELFREDZAAMHEIDSROUTE");
        assertThat(voldaan.at("/waardepapier").asString()).isEqualTo("INBURGERINGSCERTIFICAAT");
        assertThat(rij(bsn).at("/redenEindePlicht").asString()).isEqualTo("INBURGERINGSPLICHT_VOLDAAN");
        assertThat(ids("")).contains(id);
        assertThat(ids("&signaal=CERTIFICAAT_UITREIKEN")).contains(id);

        reikUit(AMSTERDAM, id, "{\"datumUitreiking\":\"" + vandaag().plusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("datumUitreiking"));
        reikUit(ROTTERDAM, id, "{\"datumUitreiking\":\"" + vandaag() + "\"}").andExpect(status().isNotFound());
        reikUit(AMSTERDAM, id, "{\"datumUitreiking\":\"" + vandaag() + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.voldaan.certificaatUitgereiktOp").value(vandaag().toString()));

        assertThat(signalen(bsn)).doesNotContain("CERTIFICAAT_UITREIKEN");
        assertThat(ids("")).doesNotContain(id);
        assertThat(ids("&status=beeindigd")).contains(id);
        reikUit(AMSTERDAM, id, "{\"datumUitreiking\":\"" + vandaag() + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CERTIFICAAT_AL_UITGEREIKT")));
    }

    @Test
    void met_een_diploma_reikt_de_gemeente_geen_certificaat_uit() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, ContractEvents.inburgeringsplichtVoldaan().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumBeschikking(vandaag()).setDatumVoldaan(vandaag()).build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "INBURGERINGSDIPLOMA".equals(rij(bsn).at("/voldaan/waardepapier").asString(null)));

        assertThat(signalen(bsn)).doesNotContain("CERTIFICAAT_UITREIKEN");
        reikUit(AMSTERDAM, id, "{\"datumUitreiking\":\"" + vandaag() + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("GEEN_CERTIFICAAT")));
    }

    // ---- #5 gewijzigd

    @Test
    void een_gewijzigde_termijn_toont_de_nieuwe_einddatum_en_de_reden() throws Exception {
        String bsn = TestBsn.nieuw();
        inburgeraar(bsn);
        LocalDate einde = vandaag().plusYears(2);
        termijn(bsn, einde);
        publiceer(bsn, ContractEvents.inburgeringstermijnGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setStartdatum(einde.minusYears(3).plusDays(1)).setVorigeEinddatum(einde)
                .setEinddatum(einde.plusMonths(6)).setDatumWijziging(vandaag())
                .setRedenWijziging(RedenWijzigingInburgeringstermijn.VERLENGING_OP_VERZOEK).build());

        await().atMost(Duration.ofSeconds(30)).until(() -> einde.plusMonths(6).toString()
                .equals(rij(bsn).at("/einddatumInburgeringstermijn").asString(null)));
        assertThat(rij(bsn).at("/redenWijzigingInburgeringstermijn").asString()).isEqualTo("VERLENGING_OP_VERZOEK");
    }

    // ---- signals against the moved clock

    @Test
    void vier_weken_voor_het_einde_eindigt_de_termijn_binnen_vier_weken_en_na_het_einde_is_hij_overschreden()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        LocalDate einde = vandaag().plusWeeks(6);
        termijn(bsn, einde);
        assertThat(signalen(bsn)).doesNotContain("TERMIJN_EINDIGT_BINNEN_4_WEKEN", "TERMIJN_OVERSCHREDEN");

        verzetKlok(Duration.ofDays(14)); // 4 weeks before the last day
        assertThat(signalen(bsn)).contains("TERMIJN_EINDIGT_BINNEN_4_WEKEN").doesNotContain("TERMIJN_OVERSCHREDEN");
        assertThat(rij(bsn).at("/signalen").findValuesAsString("sinds")).contains(einde.minusWeeks(4).toString());
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).contains(id);
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).doesNotContain(id);

        verzetKlok(Duration.ofDays(29)); // the day after the last day
        assertThat(signalen(bsn)).contains("TERMIJN_OVERSCHREDEN").doesNotContain("TERMIJN_EINDIGT_BINNEN_4_WEKEN");
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).contains(id);
    }

    @Test
    void tien_weken_na_de_plicht_zonder_vastgesteld_pip_is_de_termijn_voor_de_leerroute_verstreken() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        assertThat(signalen(bsn)).doesNotContain("TIEN_WEKEN_LEERROUTE_VERSTREKEN");

        verzetKlok(Duration.ofDays(69));
        assertThat(signalen(bsn)).doesNotContain("TIEN_WEKEN_LEERROUTE_VERSTREKEN");
        verzetKlok(Duration.ofDays(1));
        assertThat(signalen(bsn)).contains("TIEN_WEKEN_LEERROUTE_VERSTREKEN");
        assertThat(ids("&signaal=TIEN_WEKEN_LEERROUTE_VERSTREKEN")).contains(id);
    }

    @Test
    void een_signalering_van_duo_zonder_levering_binnen_tien_werkdagen_is_onbeantwoord_tot_de_gemeente_levert()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn, Doelgroepindeling.ASIELSTATUSHOUDER);
        publiceer(bsn, ContractEvents.inburgeringsplichtigeGesignaleerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setReden(Signaleringsreden.VIER_WEKEN_VOOR_EINDE_TERMIJN).setDatumSignalering(vandaag())
                .setEinddatumInburgeringstermijn(vandaag().plusWeeks(4)).setUiterlijkeLeverdatum(null).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> "VIER_WEKEN_VOOR_EINDE_TERMIJN"
                .equals(rij(bsn).at("/laatsteSignalering/reden").asString(null)));
        JsonNode signalering = rij(bsn).at("/laatsteSignalering");
        assertThat(signalering.at("/datumSignalering").asString()).isEqualTo(vandaag().toString());
        LocalDate uiterlijk = LocalDate.parse(signalering.at("/uiterlijkeLeverdatum").asString());
        assertThat(uiterlijk).isEqualTo(kalender.plusWerkdagen(vandaag(), 10)); // DUO gave none: 10 werkdagen
        assertThat(signalen(bsn)).doesNotContain("SIGNAAL_ONBEANTWOORD");

        verzetKlok(Duration.ofDays(uiterlijk.toEpochDay() - vandaag().toEpochDay()));
        assertThat(signalen(bsn)).doesNotContain("SIGNAAL_ONBEANTWOORD");
        verzetKlok(Duration.ofDays(1));
        assertThat(signalen(bsn)).contains("SIGNAAL_ONBEANTWOORD");
        assertThat(ids("&signaal=SIGNAAL_ONBEANTWOORD")).contains(id);

        // the instelling reports his inspanning, which the gemeente forwards to DUO (#18): the signal is answered
        publiceer(bsn, ContractEvents.inspanningAsielstatushouderGemeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setInspanning(ContractEvents.inspanning().setInstellingsnummer("12345").setPeildatum(vandaag())
                        .setStartdatumOnderwijs(vandaag().minusMonths(3)).setUrenAangeboden(100).setUrenAanwezig(90)
                        .setUrenOngeoorloofdVerzuim(0).build())
                .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> !signalen(bsn).contains("SIGNAAL_ONBEANTWOORD"));
    }

    @Test
    void de_vooraankondiging_de_boete_en_het_oordeel_over_een_verlenging_staan_op_de_werkvoorraad() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        publiceer(bsn, ContractEvents.inburgeringsplichtigeGesignaleerd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setReden(Signaleringsreden.VOORAANKONDIGING_BOETE).setDatumSignalering(vandaag())
                .setEinddatumInburgeringstermijn(vandaag().minusDays(1)).build());
        wachtOpSignaal(bsn, "VOORAANKONDIGING_BOETE");
        assertThat(ids("&signaal=VOORAANKONDIGING_BOETE")).contains(id);

        publiceer(bsn, ContractEvents.boeteOpgelegd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setBeschikkingskenmerk("DUO-B-" + bsn).setTotaalbedrag(new BigDecimal("500.00"))
                .setDatumBeschikking(vandaag()).setNieuweEinddatumInburgeringstermijn(vandaag().plusYears(1)).build());
        wachtOpSignaal(bsn, "BOETE_OPGELEGD");
        JsonNode boete = rij(bsn).at("/boete");
        assertThat(boete.at("/bedrag").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(boete.at("/datumBeschikking").asString()).isEqualTo(vandaag().toString());
        assertThat(boete.at("/nieuweEinddatumInburgeringstermijn").asString())
                .isEqualTo(vandaag().plusYears(1).toString());
        assertThat(signalen(bsn)).doesNotContain("VOORAANKONDIGING_BOETE");

        publiceer(bsn, ContractEvents.aanvraagVerlengingBeoordeeld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOordeel(AanvraagOordeel.AFWIJZING).setDatumAanvraag(vandaag().minusWeeks(3))
                .setDatumBeschikking(vandaag()).setNieuweEinddatumInburgeringstermijn(null).build());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "AFWIJZING".equals(rij(bsn).at("/beoordelingVerlenging/oordeel").asString(null)));

        mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhaving-op-resultaat")
                .header("Authorization", klantmanager(AMSTERDAM))).andExpect(status().isOk())
                .andExpect(jsonPath("$.signaleringen[0].reden").value("VOORAANKONDIGING_BOETE"))
                .andExpect(jsonPath("$.signaleringen[0].uiterlijkeLeverdatum")
                        .value(kalender.plusWerkdagen(vandaag(), 10).toString()))
                .andExpect(jsonPath("$.boetes[0].beschikkingskenmerk").value("DUO-B-" + bsn))
                .andExpect(jsonPath("$.beoordelingenVerlenging[0].oordeel").value("AFWIJZING"));
        mvc.perform(get("/api/v1/inburgeraars/" + id + "/handhaving-op-resultaat")
                .header("Authorization", klantmanager(ROTTERDAM))).andExpect(status().isNotFound());

        verzetKlok(Duration.ofDays(43)); // after the bezwaartermijn of 6 weeks
        assertThat(signalen(bsn)).doesNotContain("BOETE_OPGELEGD");
    }

    @Test
    void de_klantmanager_sorteert_op_de_einddatum_van_de_termijn_en_op_het_oudste_signaal() throws Exception {
        String later = TestBsn.nieuw();
        String laterId = inburgeraar(later);
        termijn(later, vandaag().plusWeeks(3));
        String eerder = TestBsn.nieuw();
        String eerderId = inburgeraar(eerder);
        termijn(eerder, vandaag().plusWeeks(2));

        List<String> opEinddatum = ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN&sorteer=einddatumTermijn");
        assertThat(opEinddatum).containsSubsequence(eerderId, laterId);
        List<String> opOudsteSignaal = ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN&sorteer=oudsteSignaal");
        assertThat(opOudsteSignaal).containsSubsequence(eerderId, laterId);
        List<String> nieuwsteEerst = ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN");
        assertThat(nieuwsteEerst).containsSubsequence(eerderId, laterId); // the plicht of "eerder" came last
        assertThat(lees(werkvoorraad("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN&sorteer=einddatumTermijn&totaal=true"))
                .at("/totaal").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void een_onbekend_signaal_een_onbekende_status_en_sortering_geven_400_met_elk_probleem() throws Exception {
        werkvoorraad("&signaal=TERMIJN_OVERSCHREDEN&signaal=ONZIN&status=weg&sorteer=willekeurig")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams.length()").value(3));
    }

    // ---- the signal index (decision 0046)

    @Test
    void wiens_feiten_net_veranderden_staat_in_het_filter_al_voordat_de_index_hem_heeft_bijgewerkt() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        termijn(bsn, vandaag().plusDays(20));
        assertThat(overschredenVanaf(bsn)).isEqualTo(vandaag().plusDays(21));

        try (AutoCloseable elders = signaalindexElders()) {
            LocalDate verstreken = vandaag().minusDays(3);
            termijnVerstreken(bsn, verstreken);

            assertThat(gemerkt(bsn)).isTrue();
            // the index still says from 21 days on, so it alone would not find him today; the filter does
            assertThat(overschredenVanaf(bsn)).isEqualTo(vandaag().plusDays(21));
            assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).contains(id);
            assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).doesNotContain(id); // and the code decides
        }
        wachtOpDeSignaalindex(bsn);
        assertThat(overschredenVanaf(bsn)).isEqualTo(vandaag().minusDays(2));
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).contains(id);
    }

    @Test
    void wie_opnieuw_gemerkt_is_terwijl_de_index_hem_bijwerkte_blijft_gemerkt_voor_de_volgende_ronde()
            throws Exception {
        String bsn = TestBsn.nieuw();
        try (AutoCloseable elders = signaalindexElders()) {
            register.markeer(List.of(bsn));
            SignaalmomentRegister.Open gelezen = register.open(SignaalmomentRegister.MAXIMUM_POGINGEN * 1000).stream()
                    .filter(o -> o.bsn().equals(bsn)).findFirst().orElseThrow();
            register.markeer(List.of(bsn)); // a fact stored while the worker recomputed him
            register.bijgewerkt(List.of(gelezen));
            assertThat(gemerkt(bsn)).isTrue();
        }
        wachtOpDeSignaalindex(bsn);
    }

    @Test
    void een_signaal_staat_in_het_filter_vanaf_de_dag_dat_het_begint_tot_en_met_de_dag_dat_het_eindigt()
            throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        LocalDate einde = vandaag().plusDays(29);
        termijn(bsn, einde);
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).doesNotContain(id); // begins tomorrow

        verzetKlok(Duration.ofDays(1)); // begins today
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).contains(id);
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN&sorteer=einddatumTermijn")).contains(id);

        verzetKlok(Duration.ofDays(28)); // the last day of the termijn: ends today
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).contains(id);
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).doesNotContain(id);

        verzetKlok(Duration.ofDays(1)); // ended yesterday; the next one began today
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).doesNotContain(id);
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).contains(id);
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN&signaal=TERMIJN_OVERSCHREDEN")).contains(id);

        KLOK.zetTerug(); // and back: the same facts, the clock alone decides
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).doesNotContain(id);
        assertThat(ids("&signaal=TERMIJN_EINDIGT_BINNEN_4_WEKEN")).doesNotContain(id);
    }

    @Test
    void na_het_einde_van_de_plicht_vindt_geen_signaalfilter_hem_meer_ook_niet_over_alle_statussen() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        termijn(bsn, vandaag().minusDays(5));
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).contains(id);

        publiceer(bsn, ContractEvents.inburgeringsplichtBeeindigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setEinddatum(vandaag()).setDatumVaststelling(vandaag())
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR)
                .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> "BEEINDIGD".equals(rij(bsn).at("/statusPlicht").asString()));

        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN")).doesNotContain(id);
        assertThat(ids("&signaal=TERMIJN_OVERSCHREDEN&status=alle")).doesNotContain(id);
        verzetKlok(Duration.ofDays(80)); // nor the leerroute's 10 weeks
        assertThat(ids("&signaal=TIEN_WEKEN_LEERROUTE_VERSTREKEN&status=beeindigd")).doesNotContain(id);
        assertThat(ids("&status=beeindigd&sorteer=einddatumTermijn")).contains(id);
    }

    @Test
    void de_termijn_ordent_de_werkvoorraad_vroegste_einde_eerst_zonder_termijn_achteraan_langs_de_cursor()
            throws Exception {
        String later = TestBsn.nieuw();
        String laterId = inburgeraar(later);
        termijn(later, vandaag().plusYears(2).plusDays(3));
        String eerder = TestBsn.nieuw();
        String eerderId = inburgeraar(eerder);
        termijn(eerder, vandaag().plusYears(2));
        String zonder = TestBsn.nieuw();
        String zonderId = inburgeraar(zonder);

        List<String> gelezen = new ArrayList<>();
        String volgende = "/api/v1/inburgeraars?paginaGrootte=2&sorteer=einddatumTermijn";
        while (volgende != null) {
            JsonNode pagina = lees(mvc.perform(get(volgende).header("Authorization", klantmanager(AMSTERDAM)))
                    .andExpect(status().isOk()));
            pagina.at("/inburgeraars").forEach(i -> gelezen.add(i.at("/id").asString()));
            volgende = pagina.at("/_links/next/href").asString(null);
        }
        assertThat(gelezen).doesNotHaveDuplicates();
        assertThat(gelezen.indexOf(eerderId)).isNotNegative().isLessThan(gelezen.indexOf(laterId));
        assertThat(gelezen.indexOf(laterId)).isLessThan(gelezen.indexOf(zonderId));
        assertThat(gelezen).isEqualTo(Werkvoorraadpaden.inGeheugen(raadplegen, AMSTERDAM,
                Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.EINDDATUM_TERMIJN).stream()
                .map(UUID::toString).toList());
    }

    @Test
    void het_filter_uit_de_index_geeft_dezelfde_rijen_als_de_hele_selectie_in_het_geheugen_bij_elke_stand_van_de_klok()
            throws Exception {
        String termijn = TestBsn.nieuw();
        inburgeraar(termijn);
        termijn(termijn, vandaag().plusDays(20));
        String gesignaleerd = TestBsn.nieuw();
        inburgeraar(gesignaleerd);
        publiceer(gesignaleerd, ContractEvents.inburgeringsplichtigeGesignaleerd().setBsn(gesignaleerd)
                .setGemeentecode(AMSTERDAM).setReden(Signaleringsreden.VOORAANKONDIGING_BOETE)
                .setDatumSignalering(vandaag()).setEinddatumInburgeringstermijn(vandaag().minusDays(1)).build());
        wachtOpSignaal(gesignaleerd, "VOORAANKONDIGING_BOETE");
        String beboet = TestBsn.nieuw();
        inburgeraar(beboet);
        publiceer(beboet, ContractEvents.boeteOpgelegd().setBsn(beboet).setGemeentecode(AMSTERDAM)
                .setBeschikkingskenmerk("DUO-B-" + beboet).setTotaalbedrag(new BigDecimal("340.00"))
                .setDatumBeschikking(vandaag().minusDays(3)).setNieuweEinddatumInburgeringstermijn(null).build());
        wachtOpSignaal(beboet, "BOETE_OPGELEGD");
        String voldaan = TestBsn.nieuw();
        inburgeraar(voldaan);
        publiceer(voldaan, ContractEvents.inburgeringsplichtVoldaan().setBsn(voldaan).setGemeentecode(AMSTERDAM)
                .setDatumBeschikking(vandaag()).setDatumVoldaan(vandaag().minusWeeks(2))
                .setLeerroute(Leerroute.ZELFREDZAAMHEIDSROUTE).setWaardepapier(Waardepapier.INBURGERINGSCERTIFICAAT)
                .build());
        wachtOpSignaal(voldaan, "CERTIFICAAT_UITREIKEN");
        List.of(termijn, gesignaleerd, beboet, voldaan).forEach(this::wachtOpDeSignaalindex); // the index itself

        vergelijkBijElkeStandVanDeKlok();

        // an existing database: the index as V197's backfill writes it from the stored facts (wider windows for some
        // signals) gives the same rows too
        String migratie = Files.readString(
                Path.of("src/main/resources/db/gemeente/V197__werkvoorraad_signaalmomenten.sql"));
        jdbc.update("delete from werkvoorraad_signaalmoment");
        jdbc.update("update inburgeraar set einddatum_termijn = null");
        jdbc.execute(migratie.substring(migratie.indexOf("update inburgeraar i set einddatum_termijn")));
        vensterscontract = false; // V197's windows carry no sinds: their persons are computed on every page
        vergelijkBijElkeStandVanDeKlok();

        // and V200's backfill of the sinds: exact where SQL gives it, the rest marked for the worker (whose round may
        // come during the comparisons: either way the answer is the same)
        String sinds = Files.readString(Path.of("src/main/resources/db/gemeente/V200__werkvoorraad_oudste_signaal.sql"));
        jdbc.execute(sinds.substring(sinds.indexOf("update werkvoorraad_signaalmoment set sinds")));
        vergelijkBijElkeStandVanDeKlok();
        jdbc.queryForList("select bsn from werkvoorraad_signaalindex_open", String.class)
                .forEach(this::wachtOpDeSignaalindex);
        vensterscontract = true;
        vergelijkBijElkeStandVanDeKlok();
    }

    @Test
    void wiens_feiten_net_veranderden_staat_al_op_zijn_plaats_in_de_volgorde_op_het_oudste_signaal() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = inburgeraar(bsn);
        termijn(bsn, vandaag().plusDays(20)); // within 4 weeks: since 8 days ago
        assertThat(oudsteSignaalVan(id)).isEqualTo(vandaag().minusDays(8));

        try (AutoCloseable elders = signaalindexElders()) {
            LocalDate verstreken = vandaag().minusDays(40);
            termijnVerstreken(bsn, verstreken);
            assertThat(gemerkt(bsn)).isTrue();
            // his stored windows still say "within 4 weeks, since 8 days ago"; he is placed by his overschreden termijn
            assertThat(jdbc.queryForList("select sinds from werkvoorraad_signaalmoment where bsn = ?",
                    LocalDate.class, bsn)).contains(vandaag().minusDays(8)).doesNotContain(verstreken.plusDays(1));
            assertThat(oudsteSignaalVan(id)).isEqualTo(verstreken.plusDays(1));
            vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
            vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(Signaalsoort.TERMIJN_OVERSCHREDEN),
                    Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
        }
        wachtOpDeSignaalindex(bsn);
        assertThat(oudsteSignaalVan(id)).isEqualTo(vandaag().minusDays(39));
        vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
    }

    /** Where the order on the oldest signal places him (through the API, page by page): his key, the sinds. */
    private LocalDate oudsteSignaalVan(String id) throws Exception {
        List<String> gelezen = new ArrayList<>();
        String volgende = "/api/v1/inburgeraars?paginaGrootte=3&sorteer=oudsteSignaal";
        LocalDate sinds = null;
        while (volgende != null) {
            JsonNode pagina = lees(mvc.perform(get(volgende).header("Authorization", klantmanager(AMSTERDAM)))
                    .andExpect(status().isOk()));
            for (JsonNode rij : pagina.at("/inburgeraars")) {
                gelezen.add(rij.at("/id").asString());
                if (id.equals(rij.at("/id").asString())) {
                    sinds = LocalDate.parse(rij.at("/signalen/0/sinds").asString());
                }
            }
            volgende = pagina.at("/_links/next/href").asString(null);
        }
        assertThat(gelezen).doesNotHaveDuplicates().contains(id);
        return sinds;
    }

    @Test
    void een_cursor_van_de_volgorde_op_het_oudste_signaal_blijft_geldig_ook_in_de_rijen_zonder_signaal()
            throws Exception {
        String metSignaal = TestBsn.nieuw();
        inburgeraar(metSignaal);
        termijn(metSignaal, vandaag().plusDays(10));
        inburgeraar(TestBsn.nieuw()); // no signal: the tail
        inburgeraar(TestBsn.nieuw());
        inburgeraar(TestBsn.nieuw());

        List<Werkvoorraadcursor> cursors = new ArrayList<>();
        Werkvoorraadcursor na = null;
        do {
            Werkvoorraadpagina pagina = raadplegen.werkvoorraad(AMSTERDAM, new Werkvoorraadvraag(1, 2,
                    Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL, na, false));
            na = pagina.volgende().orElse(null);
            if (na != null) {
                cursors.add(na);
            }
        } while (na != null);
        assertThat(cursors).anyMatch(c -> c.waarde() != null).anyMatch(c -> c.waarde() == null);

        // rows arrive (one with an old signal, one without) and the worker catches up: every cursor handed out
        // continues right after its key, in the signal part and in the tail
        String nieuw = TestBsn.nieuw();
        inburgeraar(nieuw);
        termijn(nieuw, vandaag().minusDays(100));
        inburgeraar(TestBsn.nieuw());
        for (Werkvoorraadcursor cursor : cursors) {
            List<UUID> vervolg = new ArrayList<>();
            Werkvoorraadcursor verder = cursor;
            do {
                Werkvoorraadpagina pagina = raadplegen.werkvoorraad(AMSTERDAM, new Werkvoorraadvraag(1, 2,
                        Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL, verder,
                        false));
                pagina.regels().forEach(r -> vervolg.add(r.inburgeraar().id()));
                verder = pagina.volgende().orElse(null);
            } while (verder != null);
            assertThat(vervolg).as("na %s", cursor).isEqualTo(Werkvoorraadpaden.inGeheugenNa(raadplegen, AMSTERDAM,
                    Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL, cursor));
        }
        // and through the API: a cursor of the tail is one without a sinds
        Werkvoorraadcursor staart = cursors.stream().filter(c -> c.waarde() == null).findFirst().orElseThrow();
        JsonNode pagina = lees(werkvoorraad("&sorteer=oudsteSignaal&cursor=" + staart.tekst())
                .andExpect(status().isOk()));
        pagina.at("/inburgeraars").forEach(rij -> assertThat(rij.at("/signalen").size()).isZero());
    }

    /** DUO delivers a termijn of three years that ended on {@code verstreken}; the row shows it. */
    private void termijnVerstreken(String bsn, LocalDate verstreken) {
        publiceer(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setStartdatum(verstreken.minusYears(3).plusDays(1)).setEinddatum(verstreken)
                .setDagtekeningPip(verstreken.minusYears(3)).setDatumVaststelling(verstreken.minusYears(3))
                .build());
        await().atMost(Duration.ofSeconds(30)).until(
                () -> verstreken.toString().equals(rij(bsn).at("/einddatumInburgeringstermijn").asString(null)));
    }

    /** How many of the comparisons found rows: they must not all be empty. */
    private int nietLeeg;

    private void vergelijkBijElkeStandVanDeKlok() {
        nietLeeg = 0;
        for (int dagen : new int[] { 0, 1, 8, 9, 13, 14, 15, 20, 21, 39, 40, 70, 71, 72, 400 }) {
            KLOK.zetTerug();
            verzetKlok(Duration.ofDays(dagen));
            for (Signaalsoort soort : Signaalsoort.values()) {
                vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(soort), Werkvoorraadvraag.Sortering.NIEUWSTE_EERST);
                vergelijk(Werkvoorraadvraag.Status.ALLE, Set.of(soort), Werkvoorraadvraag.Sortering.NIEUWSTE_EERST);
                vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(soort),
                        Werkvoorraadvraag.Sortering.EINDDATUM_TERMIJN);
            }
            vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(Signaalsoort.TERMIJN_OVERSCHREDEN,
                    Signaalsoort.BOETE_OPGELEGD, Signaalsoort.TIEN_WEKEN_LEERROUTE_VERSTREKEN),
                    Werkvoorraadvraag.Sortering.NIEUWSTE_EERST);
            vergelijk(Werkvoorraadvraag.Status.ALLE, Set.of(), Werkvoorraadvraag.Sortering.EINDDATUM_TERMIJN);
            // the order on the oldest signal (third addendum): the windows by their sinds, then the tail
            vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
            vergelijk(Werkvoorraadvraag.Status.ALLE, Set.of(), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
            for (Signaalsoort soort : Signaalsoort.values()) {
                vergelijk(Werkvoorraadvraag.Status.ACTIEF, Set.of(soort), Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
            }
            vergelijk(Werkvoorraadvraag.Status.ALLE, Set.of(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN,
                    Signaalsoort.CERTIFICAAT_UITREIKEN, Signaalsoort.TIEN_WEKEN_LEERROUTE_VERSTREKEN),
                    Werkvoorraadvraag.Sortering.OUDSTE_SIGNAAL);
            if (vensterscontract) {
                vensterscontract(AMSTERDAM);
            }
        }
        KLOK.zetTerug();
        assertThat(nietLeeg).as("comparisons with rows").isGreaterThan(100);
    }

    /** Whether the windows are the worker's (or V200's exact backfill), so each one with a sinds is exact. */
    private boolean vensterscontract = true;

    /**
     * The windows' contract (decision 0046, third addendum) for every person not marked for the worker: the signals
     * with a sinds a page shows today are exactly the windows with a sinds that cover today, each with that sinds.
     * So the order on the oldest signal finds each row at its key, and a row without such a window has no signal
     * with a sinds (the tail).
     */
    private void vensterscontract(String gemeentecode) {
        LocalDate vandaag = vandaag();
        Map<UUID, Set<String>> uitDeVensters = new java.util.HashMap<>();
        jdbc.query("select i.id, m.signaalsoort, m.sinds from werkvoorraad_signaalmoment m"
                + " join inburgeraar i on i.bsn = m.bsn and i.gemeentecode = m.gemeentecode"
                + " where m.gemeentecode = ? and m.sinds is not null"
                + " and (m.vanaf is null or m.vanaf <= ?) and (m.tot is null or m.tot >= ?)", rs -> {
                    uitDeVensters.computeIfAbsent(rs.getObject(1, UUID.class), x -> new java.util.HashSet<>())
                            .add(rs.getString(2) + "@" + rs.getObject(3, LocalDate.class));
                }, gemeentecode, vandaag, vandaag);
        Set<UUID> gemerkt = Set.copyOf(jdbc.queryForList("select i.id from werkvoorraad_signaalindex_open o"
                + " join inburgeraar i on i.bsn = o.bsn", UUID.class));
        int vergeleken = 0;
        for (Map.Entry<UUID, List<nl.inburgering.gemeente.inburgeraar.api.Signaal>> rij : Werkvoorraadpaden
                .signalen(raadplegen, gemeentecode).entrySet()) {
            if (gemerkt.contains(rij.getKey())) {
                continue;
            }
            Set<String> getoond = new java.util.HashSet<>();
            rij.getValue().stream().filter(sig -> sig.sinds() != null)
                    .forEach(sig -> getoond.add(sig.soort().name() + "@" + sig.sinds()));
            assertThat(uitDeVensters.getOrDefault(rij.getKey(), Set.of())).as("de vensters van %s op %s",
                    rij.getKey(), vandaag).isEqualTo(getoond);
            vergeleken += getoond.isEmpty() ? 0 : 1;
        }
        assertThat(vergeleken).as("rows with signals on %s", vandaag).isPositive();
    }

    /** The index path page by page (pages of 2: many cursors and blocks) against decision 0031's in-memory path. */
    private void vergelijk(Werkvoorraadvraag.Status status, Set<Signaalsoort> signalen,
            Werkvoorraadvraag.Sortering sortering) {
        List<UUID> uitDeIndex = Werkvoorraadpaden.langsDeCursor(raadplegen, AMSTERDAM, status, signalen, sortering, 2);
        List<UUID> inHetGeheugen = Werkvoorraadpaden.inGeheugen(raadplegen, AMSTERDAM, status, signalen, sortering);
        assertThat(uitDeIndex).as("%s %s %s op %s", status, signalen, sortering, vandaag()).isEqualTo(inHetGeheugen);
        nietLeeg += inHetGeheugen.isEmpty() ? 0 : 1;
    }
}
