package nl.inburgering.duo.m2m;

import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;

/**
 * DUO's M2M Leerbaarheidstoets 1.2.0, GevolgdeUren 1.0.0 and Contactpersoon 1.0.0 APIs against a real PostgreSQL,
 * one context for the three. Every response is checked against DUO's published spec; every request meant to be
 * valid too.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class LeerbaarheidstoetsUrenContactpersoonM2mApiTest {

    @Autowired
    private Testopbouw opbouw;

    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final LocalDate VASTGESTELD = LocalDate.of(2025, 3, 3);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    JdbcClient jdbc;
    @Value("${keten.oin}")
    String duoOin;

    // ===== Leerbaarheidstoets API 1.2.0 =====

    @Test
    void de_gemeente_vraagt_het_examennummer_van_de_klaargezette_toets_op() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        String examennummer = toetsKlaargezet(bsn);

        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + bsn + "/lbt/examennummer", null))
                .hasStatusOk().hasHeader("API-Version", "1.2.0").bodyJson()
                .isStrictlyEqualTo("{\"examennummer\": \"" + examennummer + "\"}");
    }

    @Test
    void een_overgeslagen_toets_heeft_geen_examennummer_meer() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        String examennummer = toetsKlaargezet(bsn);

        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.DELETE, "/personen/" + bsn + "/lbt/examennummer",
                null)).hasStatusOk();

        assertThat(jdbc.sql("select status from leerbaarheidstoets where examennummer = ?").param(examennummer)
                .query(String.class).single()).isEqualTo("OVERGESLAGEN");
        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + bsn + "/lbt/examennummer", null))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.DELETE, "/personen/" + bsn + "/lbt/examennummer",
                null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void de_resultaten_tonen_elke_geleverde_uitkomst_en_een_toets_zonder_score_met_nul_punten() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        toetsAfgerond(bsn, "ONBEKEND", null, LocalDate.of(2025, 10, 1));
        toetsAfgerond(bsn, "B1_ROUTE_HAALBAAR", "61,50", LocalDate.of(2025, 11, 19));
        toetsKlaargezet(bsn);

        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + bsn + "/lbt/resultaten", null))
                .hasStatusOk().bodyJson().isStrictlyEqualTo("""
                        [{"resultaat": "Onbekend", "behaaldeScore": "0,00", "benodigdeScore": "55,00",
                          "datumAfname": "2025-10-01"},
                         {"resultaat": "B1-route haalbaar", "behaaldeScore": "61,50", "benodigdeScore": "55,00",
                          "datumAfname": "2025-11-19"}]
                        """);
    }

    @Test
    void zonder_klaargezette_toets_of_van_een_onbekende_persoon_is_er_niets_gevonden() {
        String zonderToets = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + zonderToets + "/lbt/examennummer",
                null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + TestBsn.nieuw() + "/lbt/resultaten",
                null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_leerbaarheidstoetsverzoek_zonder_bron_en_met_een_fout_bsn_is_een_fout_verzoek() {
        HttpHeaders headers = headers(AMSTERDAM_OIN, "0363");
        headers.remove("bron");

        MvcTestResult antwoord = vraag(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/123456780/lbt/examennummer",
                headers, null);

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).hasHeader("API-Version", "1.2.0").bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray().containsExactlyInAnyOrder("bron", "bsn");
    }

    @Test
    void een_gemeente_waarvoor_de_persoon_niet_relevant_is_krijgt_geen_examennummer_maar_niet_gevonden() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        String examennummer = toetsKlaargezet(bsn);

        MvcTestResult antwoord = vraag(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + bsn + "/lbt/examennummer",
                headers(ROTTERDAM_OIN, "0599"), null);

        assertThat(antwoord).as("zoals een onbekende persoon").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(antwoord).bodyText().doesNotContain(examennummer);
        assertThat(fouten(M2mSpec.LEERBAARHEIDSTOETS.valideerVerzoek(antwoord.getMvcResult()))).isEmpty();
    }

    // ===== GevolgdeUren API 1.0.0 =====

    @Test
    void de_gemeente_geeft_de_uren_per_soort_door_en_ziet_ze_terug_bekend_tot_na_vandaag() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        String pad = "/personen/" + bsn + "/uren";

        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, pad + "/bredeintake/taallesknm", "{\"uren\": 120}"))
                .hasStatusOk().hasHeader("API-Version", "1.0.0");
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, pad + "/participatieactiviteiten", "{\"uren\": 30}"))
                .hasStatusOk();
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, pad + "/participatietaalles", "{\"uren\": 0}"))
                .hasStatusOk();
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, pad + "/bredeintake/taallesknm", "{\"uren\": 140}"))
                .hasStatusOk();

        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.GET, pad, null)).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("[{\"gemeentecode\": \"0363\", \"bekendTot\": \"" + LocalDate.now(NL).plusDays(1)
                        + "\", \"ParticipatieAlsTaalles\": {\"uren\": 0},"
                        + " \"ParticipatieactiviteitenBredeIntake\": {\"uren\": 30},"
                        + " \"TaallesEnKnmBredeIntake\": {\"uren\": 140}}]");
    }

    @Test
    void een_persoon_zonder_uren_heeft_een_lege_lijst_en_een_onbekende_persoon_is_niet_gevonden() {
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.GET,
                "/personen/" + plichtige(GedetailleerdeDoelgroep.GEZINSVORMER) + "/uren", null)).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("[]");
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.GET, "/personen/" + TestBsn.nieuw() + "/uren", null))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT,
                "/personen/" + TestBsn.nieuw() + "/uren/participatietaalles", "{\"uren\": 5}"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void participatieactiviteiten_van_een_gezinsmigrant_zijn_een_fout_verzoek() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/participatieactiviteiten",
                "{\"uren\": 30}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.invalidParams[0].code").isEqualTo("doelgroep");
    }

    @Test
    void een_urenverzoek_met_te_veel_uren_en_zonder_berichtId_meldt_beide_problemen() {
        HttpHeaders headers = headers(AMSTERDAM_OIN, "0363");
        headers.remove("berichtId");

        MvcTestResult antwoord = vraag(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT,
                "/personen/" + plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER) + "/uren/bredeintake/taallesknm",
                headers, "{\"uren\": 10000}");

        assertThat(fouten(M2mSpec.GEVOLGDE_UREN.valideerVerzoek(antwoord.getMvcResult()))).isNotEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name")
                .asArray().containsExactlyInAnyOrder("berichtId", "uren");
    }

    @Test
    void een_gemeente_waarvoor_de_persoon_niet_relevant_is_ziet_en_wijzigt_geen_uren() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(vraag(M2mSpec.GEVOLGDE_UREN, HttpMethod.GET, "/personen/" + bsn + "/uren",
                headers(ROTTERDAM_OIN, "0599"), null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(vraag(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/participatietaalles",
                headers(ROTTERDAM_OIN, "0599"), "{\"uren\": 5}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from gevolgde_uren where bsn = ?").param(bsn).query(Long.class).single())
                .isZero();
    }

    // ===== Contactpersoon API 1.0.0 =====

    private static final String GEGEVENS = """
            {"naam": "Anna de Vries-Öztürk", "email": "a.devries@amsterdam.nl", "telefoonnummer": "020-5551234"}""";

    @Test
    void een_gemeente_registreert_wijzigt_en_verwijdert_haar_contactpersoon() {
        MvcTestResult aangemaakt = geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", GEGEVENS);
        assertThat(aangemaakt).hasStatus(HttpStatus.CREATED).hasHeader("API-Version", "1.0.0").bodyJson()
                .extractingPath("$.contactpersoongegevens.naam").isEqualTo("Anna de Vries-Öztürk");
        int id = id(aangemaakt);

        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.PUT, "/contactpersonen/" + id, """
                {"naam": "Anna de Vries", "email": "anna@amsterdam.nl", "telefoonnummer": "+31 20 5551234"}"""))
                .hasStatusOk();
        assertThat(jdbc.sql("select naam from contactpersoon where id = ? and gemeentecode = '0363'").param(id).query(String.class).single())
                .isEqualTo("Anna de Vries");

        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + id, null)).hasStatusOk();
        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + id, null))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void koppelen_overschrijft_de_contactpersoon_van_de_persoon_en_verwijderen_neemt_de_koppelingen_mee() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        int eerste = id(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", GEGEVENS));
        int tweede = id(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", GEGEVENS));

        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen/" + eerste + "/personen/" + bsn,
                null)).hasStatus(HttpStatus.CREATED);
        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen/" + tweede + "/personen/" + bsn,
                null)).hasStatus(HttpStatus.CREATED);
        assertThat(gekoppeld(bsn)).isEqualTo(tweede);

        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + eerste + "/personen/" + bsn,
                null)).as("niet meer aan de eerste gekoppeld").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + tweede, null)).hasStatusOk();
        assertThat(gekoppeld(bsn)).isNull();
    }

    @Test
    void een_koppeling_kan_weer_worden_verwijderd() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        int id = id(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", GEGEVENS));
        geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen/" + id + "/personen/" + bsn, null);

        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + id + "/personen/" + bsn,
                null)).hasStatusOk();
        assertThat(gekoppeld(bsn)).isNull();
    }

    @Test
    void de_contactpersoon_van_een_andere_gemeente_en_een_onbekende_persoon_zijn_niet_gevonden() {
        int id = id(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", GEGEVENS));

        assertThat(vraag(M2mSpec.CONTACTPERSOON, HttpMethod.PUT, "/contactpersonen/" + id,
                headers(ROTTERDAM_OIN, "0599"), GEGEVENS)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(vraag(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + id,
                headers(ROTTERDAM_OIN, "0599"), null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST,
                "/contactpersonen/" + id + "/personen/" + TestBsn.nieuw(), null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from contactpersoon where id = ? and gemeentecode = '0363'").param(id).query(Long.class).single())
                .isOne();
    }

    @Test
    void ongeldige_contactgegevens_en_een_id_dat_geen_getal_is_worden_allemaal_gemeld() {
        MvcTestResult antwoord = vraag(M2mSpec.CONTACTPERSOON, HttpMethod.PUT, "/contactpersonen/abc",
                headers(AMSTERDAM_OIN, "0363"), """
                        {"naam": "R2-D2", "email": "x", "telefoonnummer": "bel me"}""");

        assertThat(fouten(M2mSpec.CONTACTPERSOON.valideerVerzoek(antwoord.getMvcResult()))).isNotEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name")
                .asArray().containsExactlyInAnyOrder("id", "naam", "email", "telefoonnummer");
    }

    @Test
    void een_bron_die_niet_de_organisatie_van_het_token_is_krijgt_403_met_een_foutmelding() {
        HttpHeaders headers = headers(AMSTERDAM_OIN, "0363");
        headers.set("bron", ROTTERDAM_OIN);

        MvcTestResult antwoord = vraag(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", headers, GEGEVENS);

        assertThat(fouten(M2mSpec.CONTACTPERSOON.valideerVerzoek(antwoord.getMvcResult()))).isEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson().extractingPath("$[0].fouttekst").asString().startsWith("Niet geautoriseerd");
    }

    @Test
    void een_gemeente_koppelt_geen_contactpersoon_aan_een_persoon_die_niet_relevant_voor_haar_is() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        HttpHeaders rotterdam = headers(ROTTERDAM_OIN, "0599");
        MvcTestResult aangemaakt = vraag(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", rotterdam, GEGEVENS);
        assertThat(aangemaakt).hasStatus(HttpStatus.CREATED);

        assertThat(vraag(M2mSpec.CONTACTPERSOON, HttpMethod.POST,
                "/contactpersonen/" + id(aangemaakt) + "/personen/" + bsn, headers(ROTTERDAM_OIN, "0599"), null))
                .as("zoals een onbekende persoon").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(gekoppeld(bsn)).isNull();
    }

    @Test
    void elke_gemeente_nummert_haar_contactpersonen_zelf_en_niet_opeenvolgend() {
        int[] ids = new int[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", GEGEVENS));
        }
        for (int id : ids) {
            assertThat(id).isBetween(1, 99_999);
        }
        boolean opeenvolgend = true;
        for (int i = 1; i < ids.length; i++) {
            opeenvolgend &= ids[i] == ids[i - 1] + 1;
        }
        assertThat(opeenvolgend).as("ids verraden niet hoeveel contactpersonen er zijn").isFalse();

        // Rotterdam may use the same id for a contactpersoon of its own; Amsterdam's delete takes only its own.
        jdbc.sql("insert into contactpersoon (id, gemeentecode, naam, email, telefoonnummer, gewijzigd_op)"
                + " values (?, '0599', 'Piet Rotterdam', 'piet@rotterdam.nl', '0104890000', now())").param(ids[0])
                .update();
        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.DELETE, "/contactpersonen/" + ids[0], null)).hasStatusOk();
        assertThat(jdbc.sql("select naam from contactpersoon where id = ? and gemeentecode = '0599'").param(ids[0])
                .query(String.class).single()).isEqualTo("Piet Rotterdam");
    }

    @Test
    void een_gemeente_met_het_maximum_aan_contactpersonen_registreert_er_geen_meer_bij() {
        String groningenOin = "00000001001589623000";
        jdbc.sql("""
                insert into contactpersoon (id, gemeentecode, naam, email, telefoonnummer, gewijzigd_op)
                select n, '0014', 'Medewerker ' || n, 'm' || n || '@groningen.nl', '0503678000', now()
                  from generate_series(1, 5000) n
                """).update();

        MvcTestResult antwoord = vraag(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen",
                headers(groningenOin, "0014"), GEGEVENS);

        assertThat(antwoord).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$[0].fouttekst").asString()
                .contains("maximum");
        assertThat(jdbc.sql("select count(*) from contactpersoon where gemeentecode = '0014'").query(Long.class)
                .single()).isEqualTo(5000);
    }

    // --- arrange ---

    /** A plichtige ingeschreven in Amsterdam (0363), so relevant for Amsterdam and not for Rotterdam. */
    private String plichtige(GedetailleerdeDoelgroep doelgroep) {
        String bsn = TestBsn.nieuw();
        Verblijfsdoel doel = doelgroep == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER ? Verblijfsdoel.ASIEL
                : Verblijfsdoel.GEZINSHERENIGING;
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "3" + bsn, "0363",
                new Verblijfsgegevens(doel, false, "MA", LocalDate.of(1990, 6, 15), VASTGESTELD, VASTGESTELD),
                VASTGESTELD);
        plicht.plichtig(VASTGESTELD, doelgroep, VASTGESTELD);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }

    /** A klaargezette toets as a row, with an examennummer of its own (DUO draws them at random). */
    private String toetsKlaargezet(String bsn) {
        String examennummer = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        jdbc.sql("insert into leerbaarheidstoets (id, bsn, status, klaargezet_op, examennummer)"
                + " values (?, ?, 'KLAARGEZET', ?, ?)")
                .params(UUID.randomUUID(), bsn, Timestamp.from(Instant.now()), examennummer).update();
        return examennummer;
    }

    private void toetsAfgerond(String bsn, String resultaat, String score, LocalDate afname) {
        jdbc.sql("""
                insert into leerbaarheidstoets (id, bsn, status, klaargezet_op, datum_afname, behaalde_score,
                    resultaat, benodigde_score, uitkomst_geleverd_op, ordentelijk_verloop, verklaard_door, examennummer)
                values (?, ?, 'AFGEROND', ?, ?, ?, ?, '55,00', ?, true, '0363', ?)
                """).params(UUID.randomUUID(), bsn, Timestamp.from(Instant.now()), afname, score, resultaat,
                Timestamp.from(Instant.now()), UUID.randomUUID().toString().substring(0, 12).toUpperCase()).update();
    }

    private Integer gekoppeld(String bsn) {
        return jdbc.sql("select contactpersoon_id from contactpersoon_koppeling where bsn = ?").param(bsn)
                .query(Integer.class).optional().orElse(null);
    }

    private static int id(MvcTestResult aangemaakt) {
        String body = new String(aangemaakt.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return Integer.parseInt(body.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    // --- act, with the spec checks ---

    private HttpHeaders headers(String oin, String gemeentecode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION,
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, oin).bearer());
        headers.set("bron", oin);
        headers.set("doel", duoOin);
        headers.set("berichtId", UUID.randomUUID().toString());
        return headers;
    }

    /** A request of Amsterdam that follows the spec: checked as such; its berichtId comes back. */
    private MvcTestResult geldig(M2mSpec spec, HttpMethod methode, String pad, String body) {
        HttpHeaders headers = headers(AMSTERDAM_OIN, "0363");
        MvcTestResult antwoord = vraag(spec, methode, pad, headers, body);
        assertThat(fouten(spec.valideerVerzoek(antwoord.getMvcResult()))).as("verzoek volgens de spec").isEmpty();
        assertThat(antwoord).hasHeader("berichtId", headers.getFirst("berichtId"));
        return antwoord;
    }

    /** Any request: the response must follow the spec. */
    private MvcTestResult vraag(M2mSpec spec, HttpMethod methode, String pad, HttpHeaders headers, String body) {
        return spec.vraag(mvc, methode, pad, headers, body);
    }
}
