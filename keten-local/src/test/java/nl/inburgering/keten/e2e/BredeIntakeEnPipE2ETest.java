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
 * Seed §4 through IND, DUO, COA and the gemeente, on a real broker and real databases: from the plicht through
 * the brede intake and the leerbaarheidstoets to a PIP that DUO registers, and the inburgeringstermijn that DUO
 * then sets and the gemeente sees. Every step is taken as the user takes it: the klantmanager and the
 * toetsbegeleider at the gemeente, DUO's toetsafname-systeem, and the gemeente's own system on DUO's M2M API.
 */
class BredeIntakeEnPipE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String UTRECHT = "0344";
    private static final Duration BINNEN = Duration.ofSeconds(30);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final AtomicLong V_NUMMERS = new AtomicLong(5_000_000_000L + System.nanoTime() % 1_000_000_000L);

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

    private static final String VANDAAG = LocalDate.now(NL).toString();

    private static String vNummer() {
        return String.valueOf(V_NUMMERS.incrementAndGet());
    }

    /** An inburgeraar as DUO knows him (bsn) and as the gemeente's URLs know him (id). */
    private record Inburgeraar(String bsn, String id) {
    }

    /** A gezinsmigrant of 30, ingeschreven in Amsterdam: plichtig, and in Amsterdam's werkvoorraad. */
    private static Inburgeraar gezinsmigrant() {
        String bsn = TestBsn.nieuw();
        String geboren = LocalDate.now(NL).minusYears(30).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, LocalDate.now(NL).minusDays(7).toString(), geboren).status())
                .isEqualTo(201);
        assertThat(keten.verblijfsvergunning(vNummer(), bsn, geboren, "MA", "GEZINSHERENIGING",
                LocalDate.now(NL).minusMonths(1).toString()).status()).isEqualTo(201);
        return new Inburgeraar(bsn, inburgeraarId(AMSTERDAM, bsn));
    }

    private static String inburgeraarId(String gemeentecode, String bsn) {
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(gemeentecode, bsn).size() == 1);
        return keten.zoekBijGemeente(gemeentecode, bsn).get(0).get("id").asString();
    }

    private static Keten.Antwoord alsKlantmanager(String methode, String pad, Map<String, ?> body) {
        return keten.vraag(methode, KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM), pad,
                body == null ? null : keten.json(body));
    }

    private static JsonNode bredeIntake(String id) {
        return alsKlantmanager("GET", "/api/v1/inburgeraars/" + id + "/brede-intake", null).body();
    }

    private static JsonNode wachtOpBredeIntake(String id, Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(bredeIntake(id)));
        return bredeIntake(id);
    }

    private static JsonNode pip(String id) {
        return alsKlantmanager("GET", "/api/v1/inburgeraars/" + id + "/pip", null).body();
    }

    private static JsonNode wachtOpPip(String id, Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(pip(id)));
        return pip(id);
    }

    private static String oproep(String id) {
        var oproep = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen",
                Map.of("datum", OffsetDateTime.now(NL).plusDays(2).withNano(0).toString(), "locatie",
                        "Stadsloket Centrum", "onderwerp", "INTAKEGESPREK"));
        assertThat(oproep.status()).as("oproep: %s", oproep.body()).isEqualTo(201);
        return oproep.body().get("id").asString();
    }

    private static void opkomst(String id, String oproepId, boolean verschenen) {
        var opkomst = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen/" + oproepId
                + "/opkomst", Map.of("verschenen", verschenen));
        assertThat(opkomst.status()).as("opkomst: %s", opkomst.body()).isEqualTo(200);
    }

    /** Waits for the toets DUO has set ready, plans it, and returns the afspraak's id. */
    private static String planToets(String id, String examennummer) {
        wachtOpBredeIntake(id, b -> examennummer.equals(b.at("/leerbaarheidstoets/klaargezet/examennummer")
                .asString("")));
        var afspraak = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets/afspraken",
                Map.of("datum", OffsetDateTime.now(NL).withNano(0).toString(), "locatie", "Toetslocatie Noord",
                        "toetsbegeleider", "J. de Vries"));
        assertThat(afspraak.status()).as("afspraak: %s", afspraak.body()).isEqualTo(201);
        return afspraak.body().get("id").asString();
    }

    private static String klaargezetExamennummer(String id) {
        return wachtOpBredeIntake(id, b -> !b.at("/leerbaarheidstoets/klaargezet/examennummer").asString("")
                .isEmpty()).at("/leerbaarheidstoets/klaargezet/examennummer").asString();
    }

    private static void verloop(String id, String afspraakId, Map<String, ?> verklaring) {
        var verloop = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/leerbaarheidstoets/afspraken/"
                + afspraakId + "/verloop", verklaring);
        assertThat(verloop.status()).as("verloop: %s", verloop.body()).isEqualTo(200);
    }

    private static Keten.Antwoord pipVaststellen(String id, Map<String, ?> pip) {
        Map<String, Object> body = new HashMap<>(Map.of("dagtekening", VANDAAG, "indicatorMagOpleidingAfmaken",
                false, "alfabetiseringsonderwijs", "NVT", "eenzijdigVastgesteld", false));
        body.putAll(pip);
        return alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/pip", body);
    }

    @Test
    void een_gezinsmigrant_doorloopt_de_brede_intake_en_de_leerbaarheidstoets_en_krijgt_een_pip_in_de_b1_route_en_zijn_termijn() {
        Inburgeraar inburgeraar = gezinsmigrant();
        String id = inburgeraar.id();
        opkomst(id, oproep(id), true);

        String examennummer = klaargezetExamennummer(id);
        String afspraak = planToets(id, examennummer);
        verloop(id, afspraak, Map.of("verschenen", true, "ordentelijkVerloop", true));
        var uitslag = keten.vraag("POST", KetenService.DUO, "duo-backoffice", "/api/v1/leerbaarheidstoetsen/_uitslag",
                keten.json(Map.of("examennummer", examennummer, "datumAfname", VANDAAG, "behaaldeScore", "61,50")));
        assertThat(uitslag.status()).as("uitslag: %s", uitslag.body()).isIn(200, 201);

        JsonNode uitkomst = wachtOpBredeIntake(id, b -> b.at("/leerbaarheidstoets/uitkomst").isObject())
                .at("/leerbaarheidstoets/uitkomst");
        assertThat(uitkomst.get("resultaat").asString()).isEqualTo("B1_ROUTE_HAALBAAR");
        assertThat(uitkomst.get("behaaldeScore").asString()).isEqualTo("61,50");
        assertThat(uitkomst.get("datumAfname").asString()).isEqualTo(VANDAAG);

        assertThat(pipVaststellen(id, Map.of("leerroute", "B1_ROUTE")).status()).isEqualTo(201);

        JsonNode geregistreerd = wachtOpPip(id, p -> p.at("/inburgeringstermijn/startdatum").isString()
                && "GEREGISTREERD".equals(p.at("/actueel/status").asString("")));
        assertThat(geregistreerd.at("/actueel/niveau").asString()).as("DUO neemt B1 aan").isEqualTo("B1");
        LocalDate dagtekening = LocalDate.parse(VANDAAG);
        assertThat(geregistreerd.at("/inburgeringstermijn/startdatum").asString())
                .isEqualTo(dagtekening.plusDays(1).toString());
        assertThat(geregistreerd.at("/inburgeringstermijn/einddatum").asString())
                .isEqualTo(dagtekening.plusYears(3).toString());

        assertThat(alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen", Map.of("datum",
                OffsetDateTime.now(NL).plusDays(2).withNano(0).toString(), "locatie", "Stadsloket Centrum",
                "onderwerp", "INTAKEGESPREK")).status()).as("na het PIP is de brede intake voorbij").isEqualTo(409);

        String bsn = inburgeraar.bsn();
        var duoPip = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/PIP");
        assertThat(duoPip.status()).isEqualTo(200);
        assertThat(duoPip.body().toString()).contains(VANDAAG);
        var duoTermijn = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringstermijn");
        assertThat(duoTermijn.status()).isEqualTo(200);
        assertThat(duoTermijn.body().get("startdatum").asString()).isEqualTo(dagtekening.plusDays(1).toString());
        assertThat(duoTermijn.body().get("einddatum").asString()).as("DUO's API geeft de einddatum exclusief")
                .isEqualTo(dagtekening.plusYears(3).plusDays(1).toString());
    }

    @Test
    void een_pip_dat_het_gemeentesysteem_rechtstreeks_bij_duo_aanlevert_ziet_de_klantmanager_ook_met_de_termijn() {
        Inburgeraar inburgeraar = gezinsmigrant();

        var geleverd = keten.duoM2mPost(AMSTERDAM, "/personen/" + inburgeraar.bsn() + "/PIP", keten.json(Map.of(
                "dagtekeningPip", VANDAAG, "leerroute", "B", "indicatorMagOpleidingAfmaken", false,
                "indicatorAlfabetiseringsonderwijs", "NVT")));
        assertThat(geleverd.status()).as("M2M PIP: %s", geleverd.body()).isEqualTo(201);

        JsonNode pip = wachtOpPip(inburgeraar.id(), p -> "GEREGISTREERD".equals(p.at("/actueel/status").asString(""))
                && p.at("/inburgeringstermijn/startdatum").isString());
        assertThat(pip.at("/actueel/herkomst").asString()).isEqualTo("RECHTSTREEKS_BIJ_DUO");
        assertThat(pip.at("/actueel/leerroute").asString()).isEqualTo("B1_ROUTE");
        assertThat(pip.at("/inburgeringstermijn/startdatum").asString())
                .isEqualTo(LocalDate.parse(VANDAAG).plusDays(1).toString());
    }

    @Test
    void een_pip_dat_duo_afwijst_komt_met_alle_redenen_terug_bij_de_klantmanager() {
        String id = gezinsmigrant().id();

        assertThat(pipVaststellen(id, Map.of("leerroute", "ONDERWIJSROUTE", "niveau", "A2",
                "geschatteIntensiteitB1Route", 10)).status()).isEqualTo(201);

        JsonNode afgewezen = wachtOpPip(id, p -> "AFGEWEZEN".equals(p.at("/actueel/status").asString("")));
        assertThat(afgewezen.at("/actueel/afwijzingsredenen").findValuesAsString("code"))
                .contains("A2_MET_ONDERWIJSROUTE", "INTENSITEIT_NIET_BIJ_B1_ROUTE");
        assertThat(afgewezen.path("inburgeringstermijn").isObject()).as("geen termijn zonder geregistreerd PIP")
                .isFalse();
    }

    @Test
    void wie_niet_verschijnt_wordt_gewaarschuwd_en_na_drie_keer_legt_de_gemeente_een_boete_op_en_stelt_het_pip_eenzijdig_vast() {
        String id = gezinsmigrant().id();
        assertThat(pipVaststellen(id, Map.of("leerroute", "B1_ROUTE", "eenzijdigVastgesteld", true)).status())
                .as("nog niet: hij werkte nog niet mee en kreeg geen kans").isEqualTo(409);

        opkomst(id, oproep(id), false);
        opkomst(id, oproep(id), false);
        String afspraak = planToets(id, klaargezetExamennummer(id));
        verloop(id, afspraak, Map.of("verschenen", false));

        JsonNode intake = bredeIntake(id);
        assertThat(intake.get("aantalKeerNietVerschenen").asInt()).isEqualTo(3);
        assertThat(intake.get("handhaving").findValuesAsString("maatregel"))
                .containsExactly("WAARSCHUWING", "WAARSCHUWING");
        assertThat(intake.get("boeteToegestaan").asBoolean()).isTrue();
        assertThat(intake.get("pipEenzijdigToegestaan").asBoolean()).isTrue();
        var boete = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/brede-intake/boetes", Map.of());
        assertThat(boete.status()).as("boete: %s", boete.body()).isEqualTo(201);
        assertThat(boete.body().get("handhaving").findValuesAsString("maatregel")).endsWith("BOETE");

        assertThat(pipVaststellen(id, Map.of("leerroute", "B1_ROUTE", "eenzijdigVastgesteld", true)).status())
                .isEqualTo(201);
        wachtOpPip(id, p -> "GEREGISTREERD".equals(p.at("/actueel/status").asString("")));
    }

    @Test
    void na_een_negatieve_verklaring_ordentelijk_verloop_zet_duo_een_nieuwe_toets_klaar() {
        String id = gezinsmigrant().id();
        String eerste = klaargezetExamennummer(id);
        String afspraak = planToets(id, eerste);

        verloop(id, afspraak, Map.of("verschenen", true, "ordentelijkVerloop", false, "toelichting",
                "Stroomstoring tijdens de afname"));

        JsonNode intake = wachtOpBredeIntake(id, b -> b.at("/leerbaarheidstoets/klaargezet/herkansing").asBoolean());
        String tweede = intake.at("/leerbaarheidstoets/klaargezet/examennummer").asString();
        assertThat(tweede).isNotEqualTo(eerste);
        assertThat(intake.at("/leerbaarheidstoets/uitkomst").isObject()).isFalse();
        planToets(id, tweede);
    }

    @Test
    void een_asielstatushouder_krijgt_een_pip_in_de_z_route_met_een_inburgeringsaanbod_en_zijn_termijn() {
        String bsn = TestBsn.nieuw();
        String vNummer = vNummer();
        String geboren = LocalDate.now(NL).minusYears(27).toString();
        assertThat(keten.brpInschrijving(bsn, UTRECHT, LocalDate.now(NL).minusDays(20).toString(), geboren).status())
                .isEqualTo(201);
        var bewoner = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners",
                keten.json(Map.of("bsn", bsn, "vNummer", vNummer, "azcLocatie", "AZC Utrecht")));
        assertThat(bewoner.status()).isEqualTo(201);
        String bewonerId = bewoner.body().get("id").asString();
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "SY", "ASIEL",
                LocalDate.now(NL).minusMonths(1).toString()).status()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId, null).body().path("inburgeringsplicht").isObject());
        assertThat(keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + bewonerId
                + "/koppeling", keten.json(Map.of("gemeentecode", AMSTERDAM))).status()).isEqualTo(201);
        String id = inburgeraarId(AMSTERDAM, bsn);
        assertThat(keten.vraag("POST", KetenService.GEMEENTE, "gemeentesysteem-amsterdam", "/api/v1/brp/verhuizingen",
                keten.json(Map.of("bsn", bsn, "datumVerhuizing", VANDAAG))).status()).isEqualTo(201);
        opkomst(id, oproep(id), true);

        assertThat(pipVaststellen(id, Map.of("leerroute", "ZELFREDZAAMHEIDSROUTE")).status()).isEqualTo(201);
        // DUO's registration (#16's answer) and the termijn (#5) are two stelseldiensten, two listeners: either may be
        // applied first, so wait for both (as the gezinsmigrant's test above does)
        JsonNode metTermijn = wachtOpPip(id, p -> p.at("/inburgeringstermijn/einddatum").isString()
                && "GEREGISTREERD".equals(p.at("/actueel/status").asString("")));
        assertThat(metTermijn.at("/actueel/status").asString()).isEqualTo("GEREGISTREERD");

        var aanbod = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/inburgeringsaanbod", Map.of(
                "datumInburgeringsaanbod", VANDAAG, "verwachteStartdatumOpleiding",
                LocalDate.now(NL).plusMonths(1).toString(), "verwachteEinddatumOpleiding",
                LocalDate.now(NL).plusYears(2).toString(), "alfabetiseringsonderwijs", "NVT",
                "instellingsnummers", List.of("12345")));
        assertThat(aanbod.status()).as("aanbod: %s", aanbod.body()).isEqualTo(201);
        wachtOpPip(id, p -> "GEREGISTREERD".equals(p.at("/inburgeringsaanbod/status").asString("")));

        var uren = alsKlantmanager("PUT", "/api/v1/inburgeraars/" + id + "/uren", Map.of("peildatum", VANDAAG,
                "urenTaallesEnKnmBredeIntake", 40, "urenParticipatieactiviteitenBredeIntake", 16,
                "urenParticipatieAlsTaalles", 0, "urenParticipatieZroute", 0, "actualisatiemoment", "TUSSENTIJDS"));
        assertThat(uren.status()).as("uren: %s", uren.body()).isEqualTo(200);
        await().atMost(BINNEN).untilAsserted(() -> assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/uren")
                .body().toString()).as("DUO kent de uren van de brede intake").contains("40").contains("16"));
    }
}
