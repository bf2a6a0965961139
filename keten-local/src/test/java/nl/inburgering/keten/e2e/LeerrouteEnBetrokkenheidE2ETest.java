package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, items 4 and 8, through IND, DUO, COA and the gemeente on a real broker and real databases: an
 * afschaling to A2 that DUO registers as a changed PIP; a nareiziger, and an asielstatushouder of whom IND says he
 * never lived in a COA location, who are in their gemeente's werkvoorraad from the start; and the §3.3 variant that keeps the brede intake until the vestiging.
 */
class LeerrouteEnBetrokkenheidE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String UTRECHT = "0344";
    private static final Duration BINNEN = Duration.ofSeconds(30);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final AtomicLong V_NUMMERS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String VANDAAG = LocalDate.now(NL).toString();

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests());
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    private static String vNummer() {
        return String.valueOf(V_NUMMERS.incrementAndGet());
    }

    private static String inburgeraarId(String gemeentecode, String bsn) {
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(gemeentecode, bsn).size() == 1);
        return keten.zoekBijGemeente(gemeentecode, bsn).get(0).get("id").asString();
    }

    private static Keten.Antwoord alsKlantmanager(String methode, String pad, Map<String, ?> body) {
        return keten.vraag(methode, KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM), pad,
                body == null ? null : keten.json(body));
    }

    private static JsonNode pip(String id) {
        return alsKlantmanager("GET", "/api/v1/inburgeraars/" + id + "/pip", null).body();
    }

    private static JsonNode wachtOpPip(String id, Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(pip(id)));
        return pip(id);
    }

    private static Keten.Antwoord pipVaststellen(String id, Map<String, ?> velden) {
        Map<String, Object> body = new HashMap<>(Map.of("dagtekening", VANDAAG, "indicatorMagOpleidingAfmaken",
                false, "alfabetiseringsonderwijs", "NVT", "eenzijdigVastgesteld", false));
        body.putAll(velden);
        return alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/pip", body);
    }

    private static Keten.Antwoord oproep(String id) {
        return alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen", Map.of("datum",
                OffsetDateTime.now(NL).plusDays(2).withNano(0).toString(), "locatie", "Stadsloket Centrum",
                "onderwerp", "INTAKEGESPREK"));
    }

    // ---- item 4: afschalen (§5.3)

    @Test
    void een_gezinsmigrant_wordt_in_de_b1_route_afgeschaald_naar_a2_en_duo_registreert_het_gewijzigde_pip() {
        String bsn = TestBsn.nieuw();
        String geboren = LocalDate.now(NL).minusYears(30).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, LocalDate.now(NL).minusDays(7).toString(), geboren).status())
                .isEqualTo(201);
        assertThat(keten.verblijfsvergunning(vNummer(), bsn, geboren, "MA", "GEZINSHERENIGING",
                LocalDate.now(NL).minusMonths(1).toString()).status()).isEqualTo(201);
        String id = inburgeraarId(AMSTERDAM, bsn);
        assertThat(pipVaststellen(id, Map.of("leerroute", "B1_ROUTE")).status()).isEqualTo(201);
        JsonNode eerste = wachtOpPip(id, p -> "GEREGISTREERD".equals(p.at("/actueel/status").asString(""))
                && p.at("/inburgeringstermijn/einddatum").isString());
        String einddatum = eerste.at("/inburgeringstermijn/einddatum").asString();

        var teVroeg = pipVaststellen(id, Map.of("leerroute", "B1_ROUTE", "niveau", "A2", "redenWijziging",
                "AFSCHALEN", "urenOnderwijsKeurmerkinstelling", 350));
        assertThat(teVroeg.status()).as("afschalen voor 600 uur: %s", teVroeg.body()).isEqualTo(409);
        assertThat(teVroeg.contentType()).startsWith("application/problem+json");
        assertThat(teVroeg.body().get("detail").asString()).contains("600 uur");

        var afschaling = pipVaststellen(id, Map.of("leerroute", "B1_ROUTE", "niveau", "A2", "redenWijziging",
                "AFSCHALEN", "urenOnderwijsKeurmerkinstelling", 640));
        assertThat(afschaling.status()).as("afschaling: %s", afschaling.body()).isEqualTo(201);

        JsonNode afgeschaald = wachtOpPip(id, p -> "WIJZIGING".equals(p.at("/actueel/soort").asString(""))
                && "GEREGISTREERD".equals(p.at("/actueel/status").asString("")));
        assertThat(afgeschaald.at("/actueel/niveau").asString()).isEqualTo("A2");
        assertThat(afgeschaald.at("/actueel/redenWijziging").asString()).isEqualTo("AFSCHALEN");
        assertThat(afgeschaald.at("/aantalPips").asInt()).isEqualTo(2);
        assertThat(afgeschaald.at("/inburgeringstermijn/einddatum").asString())
                .as("een gewijzigd PIP verschuift de termijn niet").isEqualTo(einddatum);
        var bijDuo = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/PIP");
        assertThat(bijDuo.status()).isEqualTo(200);
        assertThat(bijDuo.body().toString()).contains("A2");
    }

    // ---- item 8: an asielstatushouder outside an AZC

    @Test
    void een_nareiziger_die_bij_zijn_gezin_komt_staat_meteen_in_de_werkvoorraad_van_zijn_gemeente() {
        String bsn = TestBsn.nieuw();
        String geboren = LocalDate.now(NL).minusYears(24).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, LocalDate.now(NL).minusDays(5).toString(), geboren).status())
                .isEqualTo(201);
        var asiel = keten.vraag("POST", KetenService.IND, "ind-medewerker", "/api/v1/verblijfsvergunningen",
                keten.json(Map.of("vNummer", vNummer(), "bsn", bsn, "geboortedatum", geboren, "nationaliteit", "ER",
                        "verblijfsdoel", "ASIEL", "referentIsAsielstatushouder", true, "ingangsdatum",
                        LocalDate.now(NL).minusDays(20).toString())));
        assertThat(asiel.status()).as("IND: %s", asiel.body()).isEqualTo(201);

        await().atMost(BINNEN).untilAsserted(() -> assertThat(keten.werkvoorraad(AMSTERDAM).findValuesAsString("bsn"))
                .as("Amsterdam's werkvoorraad").contains(bsn));
        String id = inburgeraarId(AMSTERDAM, bsn);
        JsonNode inburgeraar = alsKlantmanager("GET", "/api/v1/inburgeraars/" + id, null).body();
        assertThat(inburgeraar.toString()).contains("ASIELSTATUSHOUDER");
        await().atMost(BINNEN).untilAsserted(() -> assertThat(alsKlantmanager("GET", "/api/v1/inburgeraars/" + id
                + "/asielstatushouder", null).body().path("rechtOpMaatschappelijkeBegeleiding").isObject())
                .as("DUO's #4 kwam bij Amsterdam").isTrue());
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht").status()).isEqualTo(200);
        assertThat(oproep(id).status()).as("geen AZC, geen variant: de brede intake kan beginnen").isEqualTo(201);
    }

    @Test
    void een_asielstatushouder_die_nooit_in_een_coa_locatie_woonde_staat_meteen_in_de_werkvoorraad_van_zijn_gemeente() {
        String bsn = TestBsn.nieuw();
        String geboren = LocalDate.now(NL).minusYears(29).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, LocalDate.now(NL).minusDays(5).toString(), geboren).status())
                .isEqualTo(201);
        // no nareis: IND knows from the vreemdelingenketen that he never lived in a COA location (#1 v2)
        var asiel = keten.vraag("POST", KetenService.IND, "ind-medewerker", "/api/v1/verblijfsvergunningen",
                keten.json(Map.of("vNummer", vNummer(), "bsn", bsn, "geboortedatum", geboren, "nationaliteit", "SY",
                        "verblijfsdoel", "ASIEL", "opvangInCoaLocatie", false, "ingangsdatum",
                        LocalDate.now(NL).minusDays(20).toString())));
        assertThat(asiel.status()).as("IND: %s", asiel.body()).isEqualTo(201);

        await().atMost(BINNEN).untilAsserted(() -> assertThat(keten.werkvoorraad(AMSTERDAM).findValuesAsString("bsn"))
                .as("Amsterdam's werkvoorraad").contains(bsn));
        String id = inburgeraarId(AMSTERDAM, bsn);
        assertThat(alsKlantmanager("GET", "/api/v1/inburgeraars/" + id, null).body().toString())
                .contains("ASIELSTATUSHOUDER");
        await().atMost(BINNEN).untilAsserted(() -> assertThat(alsKlantmanager("GET", "/api/v1/inburgeraars/" + id
                + "/asielstatushouder", null).body().path("rechtOpMaatschappelijkeBegeleiding").isObject())
                .as("DUO's #4 kwam bij Amsterdam").isTrue());
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht").status()).isEqualTo(200);
    }

    // ---- item 8: the variant binds the gemeente's process

    @Test
    void met_variant_3_begint_de_brede_intake_van_de_klantmanager_pas_na_de_vestiging_in_amsterdam() {
        String bsn = TestBsn.nieuw();
        String vNummer = vNummer();
        String geboren = LocalDate.now(NL).minusYears(31).toString();
        assertThat(keten.brpInschrijving(bsn, UTRECHT, LocalDate.now(NL).minusDays(10).toString(), geboren).status())
                .isEqualTo(201);
        var bewoner = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners",
                keten.json(Map.of("bsn", bsn, "vNummer", vNummer, "azcLocatie", "AZC Utrecht")));
        assertThat(bewoner.status()).isEqualTo(201);
        String bewonerId = bewoner.body().get("id").asString();
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "SY", "ASIEL",
                LocalDate.now(NL).minusMonths(1).toString()).status()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId, null).body().path("inburgeringsplicht").isObject());
        var koppeling = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + bewonerId
                + "/koppeling", keten.json(Map.of("gemeentecode", AMSTERDAM)));
        assertThat(koppeling.status()).isEqualTo(201);
        assertThat(keten.vraag("PUT", KetenService.COA, Keten.klantmanager(AMSTERDAM), "/api/v1/koppelingen/"
                + koppeling.body().get("id").asString() + "/afspraak",
                keten.json(Map.of("variant", "BREDE_INTAKE_NA_VESTIGING"))).status()).isEqualTo(200);
        assertThat(keten.vraag("PUT", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + bewonerId
                + "/klantprofiel", keten.json(Map.of("geboorteland", "SY", "talen", List.of("ar"),
                        "hoogstGenotenOpleiding", "HAVO-niveau", "alfabetiseringsbehoefte", "NVT",
                        "voorinburgeringGevolgd", true, "urenVoorinburgering", 40))).status()).isEqualTo(200);
        String id = inburgeraarId(AMSTERDAM, bsn);
        await().atMost(BINNEN).until(() -> "BREDE_INTAKE_NA_VESTIGING".equals(alsKlantmanager("GET",
                "/api/v1/inburgeraars/" + id + "/asielstatushouder", null).body().at("/betrokkenheid/variant")
                .asString("")));

        var teVroeg = oproep(id);
        assertThat(teVroeg.status()).as("oproep in het AZC: %s", teVroeg.body()).isEqualTo(409);
        assertThat(teVroeg.contentType()).startsWith("application/problem+json");
        assertThat(teVroeg.body().get("detail").asString()).contains("variant 3").contains("na vestiging");

        assertThat(keten.brpVerhuizing(bsn, AMSTERDAM, VANDAAG).status()).isEqualTo(201);
        assertThat(oproep(id).status()).as("na de vestiging").isEqualTo(201);
    }
}
