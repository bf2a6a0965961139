package nl.inburgering.duo.m2m;

import static nl.inburgering.duo.m2m.M2mSpec.BASISPAD;
import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.PlichthistorieEntity;
import nl.inburgering.duo.dossier.persistence.PlichthistorieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestTokens;

/**
 * DUO's M2M Inburgeringsplicht API against a real PostgreSQL. Every exchange is checked against DUO's
 * published spec ({@link M2mSpec#INBURGERINGSPLICHT}): the response always, the request too when it is meant to
 * be valid.
 *
 * <p>{@code @DirtiesContext}: this context (its key differs from the other DUO tests' by the MockMvc
 * auto-configuration) runs Kafka listeners in consumer group duo-service. Closed after this class, it
 * neither competes for partitions with a later test's context nor races the shared broker's shutdown hook
 * at JVM exit.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class InburgeringsplichtM2mApiTest {

    @Autowired
    private Testopbouw opbouw;

    private static final String GEMEENTE_OIN = "00000001002220647000";
    private static final String API_VERSIE = "1.2.2";
    private static final Set<String> UITGEGEVEN = ConcurrentHashMap.newKeySet();

    private static final LocalDate VASTGESTELD = LocalDate.of(2025, 3, 3);
    private static final LocalDate BEGIN_PLICHT = LocalDate.of(2025, 3, 1);

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private InburgeringsplichtRepository plichten;
    @Autowired
    private PlichthistorieRepository historie;
    @Autowired
    private Plichtbeeindiging plichtbeeindiging;
    @Autowired
    private TransactionTemplate transactie;
    @Autowired
    private Clock klok;
    @Value("${keten.oin}")
    private String duoOin;

    @Test
    void een_plichtige_gezinsmigrant_is_inburgeringsplichtig_vanaf_de_begindatum() {
        String bsn = plichtigeGezinsmigrant();

        assertThat(geldig(bsn, "/inburgeringsplicht")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"indicatorInburgeringsplicht": true, "begindatum": "2025-03-01", "wijzigingsdatum": "2025-03-03"}
                """);
    }

    @Test
    void een_plichtige_gezinsmigrant_valt_in_de_doelgroep_gezinsmigrant_en_overige_migrant() {
        String bsn = plichtigeGezinsmigrant();

        assertThat(geldig(bsn, "/doelgroep")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"indeling": "Gezinsmigrant en overige migrant", "begindatum": "2025-03-01",
                 "gedetailleerdeDoelgroep": "Gezinshereniger"}
                """);
    }

    @Test
    void de_historie_van_een_plichtige_gezinsmigrant_toont_het_besluit_en_de_doelgroep() {
        String bsn = plichtigeGezinsmigrant();

        assertThat(geldig(bsn, "/inburgeringsplicht/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"indicatorInburgeringsplicht": true, "begindatum": "2025-03-01", "wijzigingsdatum": "2025-03-03"}]
                """);
        assertThat(geldig(bsn, "/doelgroep/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"indeling": "Gezinsmigrant en overige migrant", "begindatum": "2025-03-01"}]
                """);
    }

    @Test
    void een_plicht_die_eindigt_omdat_hij_is_voldaan_toont_de_periode_en_de_reden_inburgeringsplicht_voldaan() {
        String bsn = plichtigeGezinsmigrant();
        LocalDate einde = LocalDate.of(2027, 2, 14);
        transactie.executeWithoutResult(status -> assertThat(
                plichtbeeindiging.beeindig(Bsn.of(bsn), PlichtBeeindigd.Reden.VOLDAAN, einde)).isTrue());
        String vandaag = LocalDate.now(klok).toString();

        assertThat(geldig(bsn, "/inburgeringsplicht")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"indicatorInburgeringsplicht": false, "begindatum": "2025-03-01", "einddatum": "2027-02-14",
                 "wijzigingsdatum": "%s", "redenGeenInburgeringsplicht": "Inburgeringsplicht voldaan"}
                """.formatted(vandaag));
        assertThat(geldig(bsn, "/inburgeringsplicht/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"indicatorInburgeringsplicht": true, "begindatum": "2025-03-01", "wijzigingsdatum": "2025-03-03"},
                 {"indicatorInburgeringsplicht": false, "begindatum": "2025-03-01", "einddatum": "2027-02-14",
                  "wijzigingsdatum": "%s"}]
                """.formatted(vandaag));
        assertThat(geldig(bsn, "/doelgroep")).as("geen plicht, dus geen doelgroep nu").hasStatus(HttpStatus.NOT_FOUND);
        transactie.executeWithoutResult(status -> assertThat(
                plichtbeeindiging.beeindig(Bsn.of(bsn), PlichtBeeindigd.Reden.VOLDAAN, einde))
                .as("een plicht eindigt eenmaal").isFalse());
    }

    @ParameterizedTest
    @CsvSource({
            "VOLDAAN, Inburgeringsplicht voldaan",
            "VOLLEDIGE_VRIJSTELLING, Volledige vrijstelling",
            "TIJDELIJKE_VRIJSTELLING, Tijdelijke vrijstelling",
            "VOLLEDIGE_ONTHEFFING, Volledige ontheffing",
            "VERBLIJFSDOEL_GEWIJZIGD, Verblijfsdoel gewijzigd",
            "VERTREK_UIT_NEDERLAND, Vertrek uit Nederland langer dan een jaar",
            "OVERLIJDEN, Overlijden",
            "AOW_LEEFTIJD_BEREIKT, Overig",
            "OVERIG, Overig" })
    void elk_einde_van_de_plicht_staat_met_de_reden_van_duos_spec_in_de_api_en_sluit_de_periode_in_de_historie(
            PlichtBeeindigd.Reden reden, String redenInDeApi) {
        String bsn = plichtigeGezinsmigrant();
        LocalDate einde = LocalDate.of(2027, 2, 14);
        transactie.executeWithoutResult(status -> plichtbeeindiging.beeindig(Bsn.of(bsn), reden, einde));

        assertThat(geldig(bsn, "/inburgeringsplicht")).hasStatusOk().bodyJson()
                .extractingPath("$.redenGeenInburgeringsplicht").isEqualTo(redenInDeApi);
        assertThat(geldig(bsn, "/inburgeringsplicht/historie")).hasStatusOk().bodyJson()
                .extractingPath("$[1].einddatum").isEqualTo("2027-02-14");
    }

    @Test
    void een_persoon_met_een_tijdelijk_verblijfsdoel_is_niet_plichtig_met_reden_overig_en_heeft_geen_doelgroep() {
        String bsn = nieuwBsn();
        InburgeringsplichtEntity plicht = persoon(bsn, Verblijfsdoel.STUDIE);
        plicht.nietPlichtig(RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL, VASTGESTELD);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        opbouw.leg(bsn, () -> historie.save(new PlichthistorieEntity(bsn, false, null, null, VASTGESTELD, null)));

        assertThat(geldig(bsn, "/inburgeringsplicht")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"indicatorInburgeringsplicht": false, "wijzigingsdatum": "2025-03-03",
                 "redenGeenInburgeringsplicht": "Overig"}
                """);
        assertThat(geldig(bsn, "/doelgroep")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(geldig(bsn, "/inburgeringsplicht/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"indicatorInburgeringsplicht": false, "wijzigingsdatum": "2025-03-03"}]
                """);
        assertThat(geldig(bsn, "/doelgroep/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("[]");
    }

    @Test
    void een_zeventienjarige_die_op_zijn_achttiende_plichtig_wordt_is_nu_niet_plichtig_zonder_begindatum_en_doelgroep() {
        String bsn = nieuwBsn();
        InburgeringsplichtEntity plicht = persoon(bsn, Verblijfsdoel.GEZINSVORMING);
        plicht.nogNietPlichtig(LocalDate.now().plusMonths(5), GedetailleerdeDoelgroep.GEZINSVORMER, VASTGESTELD);
        opbouw.leg(bsn, () -> plichten.save(plicht));

        assertThat(geldig(bsn, "/inburgeringsplicht")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"indicatorInburgeringsplicht": false, "wijzigingsdatum": "2025-03-03",
                 "redenGeenInburgeringsplicht": "Overig"}
                """);
        assertThat(geldig(bsn, "/doelgroep")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(bsn, "/inburgeringsplicht/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("[]");
        assertThat(geldig(bsn, "/doelgroep/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("[]");
    }

    @Test
    void de_doelgroephistorie_volgt_de_plichtige_besluiten_en_laat_herhalingen_weg() {
        String bsn = nieuwBsn();
        LocalDate eerderBegin = LocalDate.of(2024, 9, 1);
        InburgeringsplichtEntity plicht = persoon(bsn, Verblijfsdoel.GEZINSVORMING);
        plicht.plichtig(BEGIN_PLICHT, GedetailleerdeDoelgroep.GEZINSVORMER, VASTGESTELD);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        opbouw.leg(bsn, () -> historie.save(new PlichthistorieEntity(bsn, false, null, null, LocalDate.of(2024, 8, 1), null)));
        opbouw.leg(bsn, () -> historie.save(new PlichthistorieEntity(bsn, true, eerderBegin, LocalDate.of(2024, 12, 31),
                LocalDate.of(2024, 9, 2), GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)));
        opbouw.leg(bsn, () -> historie.save(new PlichthistorieEntity(bsn, true, BEGIN_PLICHT, null, LocalDate.of(2025, 3, 2),
                GedetailleerdeDoelgroep.GEZINSVORMER)));
        opbouw.leg(bsn, () -> historie.save(new PlichthistorieEntity(bsn, true, BEGIN_PLICHT, null, VASTGESTELD,
                GedetailleerdeDoelgroep.GEZINSVORMER)));

        assertThat(geldig(bsn, "/inburgeringsplicht/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"indicatorInburgeringsplicht": false, "wijzigingsdatum": "2024-08-01"},
                 {"indicatorInburgeringsplicht": true, "begindatum": "2024-09-01", "einddatum": "2024-12-31",
                  "wijzigingsdatum": "2024-09-02"},
                 {"indicatorInburgeringsplicht": true, "begindatum": "2025-03-01", "wijzigingsdatum": "2025-03-02"},
                 {"indicatorInburgeringsplicht": true, "begindatum": "2025-03-01", "wijzigingsdatum": "2025-03-03"}]
                """);
        assertThat(geldig(bsn, "/doelgroep/historie")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                [{"indeling": "Asielstatushouder", "begindatum": "2024-09-01", "einddatum": "2024-12-31"},
                 {"indeling": "Gezinsmigrant en overige migrant", "begindatum": "2025-03-01"}]
                """);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/inburgeringsplicht", "/inburgeringsplicht/historie", "/doelgroep",
            "/doelgroep/historie" })
    void een_persoon_die_duo_niet_kent_is_niet_gevonden(String resource) {
        assertThat(geldig(nieuwBsn(), resource)).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void een_verzoek_zonder_bron_is_een_fout_verzoek() {
        HttpHeaders headers = geldigeHeaders();
        headers.remove("bron");

        MvcTestResult antwoord = vraag(plichtigeGezinsmigrant(), "/inburgeringsplicht", headers);

        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerVerzoek(antwoord.getMvcResult())))
                .anySatisfy(fout -> assertThat(fout).startsWith("validation.request.parameter.header.missing"));
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.invalidParams[*].name").asArray().containsExactly("bron");
        assertThat(antwoord).bodyJson().extractingPath("$.invalidParams[0].code").isEqualTo("required");
    }

    @Test
    void een_berichtId_dat_geen_uuid_is_is_een_fout_verzoek_en_komt_niet_terug() {
        HttpHeaders headers = geldigeHeaders();
        headers.set("berichtId", "bericht-1");

        MvcTestResult antwoord = vraag(plichtigeGezinsmigrant(), "/inburgeringsplicht", headers);

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).doesNotContainHeader("berichtId")
                .bodyJson().extractingPath("$.invalidParams[*]").asArray().singleElement()
                .hasFieldOrPropertyWithValue("name", "berichtId").hasFieldOrPropertyWithValue("code", "format");
    }

    @Test
    void een_bsn_dat_niet_aan_de_elfproef_voldoet_is_een_fout_verzoek() {
        String geenBsn = "123456780";
        assertThat(Bsn.isValid(geenBsn)).isFalse();

        MvcTestResult antwoord = vraag(geenBsn, "/doelgroep", geldigeHeaders());

        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerVerzoek(antwoord.getMvcResult()))).isEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*]")
                .asArray().singleElement().hasFieldOrPropertyWithValue("name", "bsn")
                .hasFieldOrPropertyWithValue("code", "elfproef");
    }

    @Test
    void een_bsn_van_geen_negen_cijfers_is_een_fout_verzoek() {
        MvcTestResult antwoord = vraag("12345678", "/inburgeringsplicht/historie", geldigeHeaders());

        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerVerzoek(antwoord.getMvcResult()))).isNotEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*]")
                .asArray().singleElement().hasFieldOrPropertyWithValue("name", "bsn")
                .hasFieldOrPropertyWithValue("code", "pattern");
    }

    @Test
    void een_bericht_met_een_ander_doel_dan_duo_is_een_fout_verzoek() {
        HttpHeaders headers = geldigeHeaders();
        headers.set("doel", GEMEENTE_OIN);

        MvcTestResult antwoord = vraag(plichtigeGezinsmigrant(), "/inburgeringsplicht", headers);

        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerVerzoek(antwoord.getMvcResult()))).isEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*]")
                .asArray().singleElement().hasFieldOrPropertyWithValue("name", "doel")
                .hasFieldOrPropertyWithValue("code", "wrongRecipient");
    }

    @Test
    void alle_problemen_van_een_verzoek_worden_tegelijk_gemeld() {
        HttpHeaders headers = geldigeHeaders();
        headers.remove("bron");
        headers.set("doel", "0000000100");
        headers.set("berichtId", "geen-uuid");

        MvcTestResult antwoord = vraag("123456780", "/doelgroep/historie", headers);

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray()
                .containsExactly("berichtId", "bron", "bsn", "doel");
    }

    @Test
    void het_berichtId_van_het_verzoek_komt_terug_in_het_antwoord_ook_bij_een_fout() {
        HttpHeaders headers = geldigeHeaders();
        String berichtId = UUID.randomUUID().toString();
        headers.set("berichtId", berichtId);

        assertThat(vraag(plichtigeGezinsmigrant(), "/doelgroep", headers)).hasStatusOk()
                .hasHeader("berichtId", berichtId).hasHeader("API-Version", API_VERSIE);
        assertThat(vraag(nieuwBsn(), "/doelgroep", headers)).hasStatus(HttpStatus.NOT_FOUND)
                .hasHeader("berichtId", berichtId).hasHeader("API-Version", API_VERSIE);
    }

    @Test
    void zonder_token_krijgt_een_gemeentesysteem_401() {
        HttpHeaders headers = geldigeHeaders();
        headers.remove(HttpHeaders.AUTHORIZATION);

        assertThat(mvc.get().uri(BASISPAD + "/personen/" + plichtigeGezinsmigrant() + "/inburgeringsplicht")
                .headers(headers).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void een_bron_die_niet_de_organisatie_van_het_token_is_krijgt_403() {
        HttpHeaders headers = geldigeHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, tokenVan("0363", "00000001009999999000"));

        assertThat(vraag(plichtigeGezinsmigrant(), "/inburgeringsplicht", headers)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void een_gemeente_waar_de_persoon_niet_ingezetene_is_krijgt_niet_gevonden_zoals_bij_een_onbekende_en_geen_gegevens() {
        String bsn = plichtigeGezinsmigrant();
        HttpHeaders headers = geldigeHeaders();
        headers.set("bron", "00000001002220647000");
        headers.set(HttpHeaders.AUTHORIZATION, tokenVan("0599", "00000001002220647000"));

        MvcTestResult antwoord = vraag(bsn, "/inburgeringsplicht", headers);

        assertThat(antwoord).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(antwoord).bodyText().doesNotContain("begindatum");
    }

    @Test
    void een_klantmanager_gebruikt_de_m2m_api_niet_maar_het_gemeentesysteem() {
        HttpHeaders headers = geldigeHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestTokens.voor("duo-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente("0363", GEMEENTE_OIN).bearer());

        assertThat(vraag(plichtigeGezinsmigrant(), "/inburgeringsplicht", headers)).hasStatus(HttpStatus.FORBIDDEN);
    }

    // --- arrange ---

    private String plichtigeGezinsmigrant() {
        String bsn = nieuwBsn();
        InburgeringsplichtEntity plicht = persoon(bsn, Verblijfsdoel.GEZINSHERENIGING);
        plicht.plichtig(BEGIN_PLICHT, GedetailleerdeDoelgroep.GEZINSHERENIGER, VASTGESTELD);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        opbouw.leg(bsn, () -> historie.save(new PlichthistorieEntity(bsn, true, BEGIN_PLICHT, null, VASTGESTELD,
                GedetailleerdeDoelgroep.GEZINSHERENIGER)));
        return bsn;
    }

    private static InburgeringsplichtEntity persoon(String bsn, Verblijfsdoel verblijfsdoel) {
        Verblijfsgegevens gegevens = new Verblijfsgegevens(verblijfsdoel, false, "MA", LocalDate.of(1990, 6, 15),
                BEGIN_PLICHT, BEGIN_PLICHT);
        return new InburgeringsplichtEntity(bsn, "3" + bsn, "0363", gegevens, VASTGESTELD);
    }

    /** A valid BSN no other test of this JVM was given; random, so runs against the same database do not meet. */
    private static String nieuwBsn() {
        while (true) {
            String kandidaat = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
            if (Bsn.isValid(kandidaat) && UITGEGEVEN.add(kandidaat)) {
                return kandidaat;
            }
        }
    }

    // --- act, with the spec checks every exchange must pass ---

    private static String tokenVan(String gemeentecode, String oin) {
        return TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, oin).bearer();
    }

    private HttpHeaders geldigeHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, tokenVan("0363", GEMEENTE_OIN));
        headers.set("bron", GEMEENTE_OIN);
        headers.set("doel", duoOin);
        headers.set("berichtId", UUID.randomUUID().toString());
        return headers;
    }

    /** A request that follows the spec: checked as such, and its berichtId must come back. */
    private MvcTestResult geldig(String bsn, String resource) {
        HttpHeaders headers = geldigeHeaders();
        MvcTestResult antwoord = vraag(bsn, resource, headers);
        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerVerzoek(antwoord.getMvcResult())))
                .as("verzoek volgens de spec").isEmpty();
        assertThat(antwoord).hasHeader("berichtId", headers.getFirst("berichtId"));
        return antwoord;
    }

    /** Any request: the response must follow the spec and carry the API's version. */
    private MvcTestResult vraag(String bsn, String resource, HttpHeaders headers) {
        MvcTestResult antwoord = mvc.get().uri(BASISPAD + "/personen/" + bsn + resource).headers(headers)
                .exchange();
        MvcResult uitwisseling = antwoord.getMvcResult();
        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerAntwoord(uitwisseling))).as("antwoord volgens de spec")
                .isEmpty();
        assertThat(uitwisseling.getResponse().getHeader("API-Version")).isEqualTo(API_VERSIE);
        return antwoord;
    }
}
