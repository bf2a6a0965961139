package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.keten.local.tokens.DemoClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, §12 end to end through the public REST APIs, on a real broker and real databases: a gezinsmigrant borrows
 * from DUO for his course; the instelling sends its invoice to DUO (FactuurIngediend), the inburgeraar approves it with
 * his own DigiD token, DUO checks it against the lening and the PIP and pays it, and the instelling sees the outcome
 * (FactuurBeoordeeld). An invoice before the PIP, or for a course not conform the PIP, is refused with its reasons.
 */
class LeningE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String INSTELLING = "12345";
    private static final String MEDEWERKER = "instelling-medewerker";
    private static final String BACKOFFICE = "duo-backoffice";
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

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

    @Test
    void een_gezinsmigrant_leent_voor_zijn_cursus_keurt_de_factuur_zelf_goed_en_duo_betaalt_de_instelling() {
        // the demo inburgeraar: the chain issues a DigiD token with his BSN
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40, DemoClient.BSN_DEMO_INBURGERAAR);
        pip(plichtige);
        cursist(plichtige.bsn());
        String lening = toegekendeLening(plichtige.bsn(), "5000.00");

        String factuur = factuur(plichtige.bsn(), "F-LENING-1", "B1_ROUTE", "B1", "1250.00");
        String factuurBijDuo = wachtOpFactuurBijDuo(lening, "F-LENING-1");
        Keten.Antwoord goedkeuring = keten.vraag("POST", KetenService.DUO, "inburgeraar",
                "/api/v1/mijn-lening/facturen/" + factuurBijDuo + "/goedkeuring", null);
        assertThat(goedkeuring.status()).as("goedkeuring: %s", goedkeuring.body()).isBetween(200, 201);

        JsonNode bijInstelling = await().atMost(BINNEN).until(() -> bijInstelling(factuur),
                f -> "BETAALBAAR_GESTELD".equals(f.path("status").asString("")));
        assertThat(bijInstelling.get("bedragBetaalbaar").decimalValue()).isEqualByComparingTo("1250.00");
        JsonNode bijDuo = backoffice("GET", "/api/v1/leningen/" + lening, null).body();
        assertThat(bijDuo.get("besteedBedrag").decimalValue()).isEqualByComparingTo("1250.00");
        assertThat(bijDuo.get("restant").decimalValue()).isEqualByComparingTo(new BigDecimal("3750.00"));
        assertThat(bijDuo.at("/facturen/0/betaaldOp").asString("")).isNotEmpty();
        // every step of the lening is in its history: who, when, why
        assertThat(bijDuo.get("historie").findValuesAsString("door")).contains("inburgeraar (DigiD)");
    }

    @Test
    void een_factuur_voor_het_pip_en_een_cursus_die_niet_het_pip_volgt_worden_afgewezen_en_de_instelling_hoort_waarom() {
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        cursist(plichtige.bsn());
        String lening = toegekendeLening(plichtige.bsn(), "4000.00");

        // before the PIP is vastgesteld
        String teVroeg = factuur(plichtige.bsn(), "F-VOOR-PIP", "B1_ROUTE", "B1", "800.00");
        keurGoed(lening, wachtOpFactuurBijDuo(lening, "F-VOOR-PIP"));
        JsonNode afgewezen = await().atMost(BINNEN).until(() -> bijInstelling(teVroeg),
                f -> "AFGEWEZEN".equals(f.path("status").asString("")));
        assertThat(afgewezen.get("redenenAfwijzing").toString()).containsIgnoringCase("PIP");

        // after a PIP in the B1-route, a course of the onderwijsroute is not conform the PIP
        pip(plichtige);
        String nietConform = factuur(plichtige.bsn(), "F-ANDERE-ROUTE", "ONDERWIJSROUTE", null, "900.00");
        keurGoed(lening, wachtOpFactuurBijDuo(lening, "F-ANDERE-ROUTE"));
        JsonNode anders = await().atMost(BINNEN).until(() -> bijInstelling(nietConform),
                f -> "AFGEWEZEN".equals(f.path("status").asString("")));
        assertThat(anders.get("redenenAfwijzing").toString()).containsIgnoringCase("leerroute");
        // nothing was paid from the lening
        JsonNode bijDuo = backoffice("GET", "/api/v1/leningen/" + lening, null).body();
        assertThat(bijDuo.get("besteedBedrag").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static String toegekendeLening(String bsn, String bedrag) {
        Keten.Antwoord aanvraag = backoffice("POST", "/api/v1/leningen", "{\"bsn\":\"" + bsn + "\",\"gevraagdBedrag\":"
                + bedrag + ",\"datumAanvraag\":\"" + vandaag() + "\",\"toelichting\":\"Aanvraag via Mijn DUO\"}");
        assertThat(aanvraag.status()).as("aanvraag: %s", aanvraag.body()).isEqualTo(201);
        String id = aanvraag.body().get("id").asString();
        Keten.Antwoord beslissing = backoffice("POST", "/api/v1/leningen/" + id + "/beslissing",
                "{\"oordeel\":\"TOEKENNING\",\"bedrag\":" + bedrag + ",\"toelichting\":\"voldoet aan de voorwaarden\"}");
        assertThat(beslissing.status()).as("beslissing: %s", beslissing.body()).isBetween(200, 201);
        assertThat(beslissing.body().get("status").asString()).isEqualTo("TOEGEKEND");
        return id;
    }

    /** The instelling sends its invoice to DUO; returns the instelling's id of it. */
    private static String factuur(String bsn, String nummer, String leerroute, String niveau, String bedrag) {
        String niveauVeld = niveau == null ? "" : ",\"niveau\":\"" + niveau + "\"";
        Keten.Antwoord factuur = keten.vraag("POST", KetenService.INSTELLING, MEDEWERKER, "/api/v1/facturen",
                "{\"factuurnummer\":\"" + nummer + "-" + bsn + "\",\"bsn\":\"" + bsn + "\",\"leerroute\":\""
                        + leerroute + "\"" + niveauVeld + ",\"omschrijving\":\"Taalcursus, eerste periode\","
                        + "\"bedrag\":" + bedrag + ",\"factuurdatum\":\"" + vandaag().minusDays(1) + "\"}");
        assertThat(factuur.status()).as("factuur: %s", factuur.body()).isEqualTo(201);
        return factuur.body().get("id").asString();
    }

    private static String wachtOpFactuurBijDuo(String lening, String nummer) {
        JsonNode gevonden = await().atMost(BINNEN).until(() -> factuurBijDuo(lening, nummer), f -> f != null);
        assertThat(gevonden.get("status").asString()).isEqualTo("WACHT_OP_GOEDKEURING");
        return gevonden.get("id").asString();
    }

    private static JsonNode factuurBijDuo(String lening, String nummer) {
        for (JsonNode f : backoffice("GET", "/api/v1/leningen/" + lening, null).body().path("facturen")) {
            if (f.path("factuurnummer").asString("").startsWith(nummer + "-")) {
                return f;
            }
        }
        return null;
    }

    /** A paper invoice approval the inburgeraar sent, recorded by the backoffice. */
    private static void keurGoed(String lening, String factuur) {
        Keten.Antwoord goedkeuring = backoffice("POST", "/api/v1/leningen/" + lening + "/facturen/" + factuur
                + "/goedkeuring", "{\"wijze\":\"PAPIER\",\"toelichting\":\"goedkeuring per post ontvangen\"}");
        assertThat(goedkeuring.status()).as("goedkeuring: %s", goedkeuring.body()).isBetween(200, 201);
    }

    private static JsonNode bijInstelling(String factuur) {
        return keten.vraag("GET", KetenService.INSTELLING, MEDEWERKER, "/api/v1/facturen/" + factuur, null).body();
    }

    private static void cursist(String bsn) {
        var cursist = keten.vraag("POST", KetenService.INSTELLING, MEDEWERKER, "/api/v1/cursisten",
                keten.json(Map.of("bsn", bsn, "leerroute", "B1_ROUTE", "taalniveau", "B1", "taalschakeltraject", false,
                        "contractpartij", "INBURGERAAR", "datumInschrijving", vandaag().minusDays(25).toString(),
                        "startdatum", vandaag().minusDays(24).toString(), "verwachteEinddatum",
                        vandaag().plusYears(1).toString())));
        assertThat(cursist.status()).as("inschrijving bij %s: %s", INSTELLING, cursist.body()).isEqualTo(201);
    }

    /** The klantmanager sets a PIP in the B1-route and waits until DUO registered it. */
    private static void pip(Keten.Inburgeraar inburgeraar) {
        Keten.Antwoord pip = keten.vraag("POST", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip", "{\"dagtekening\":\"" + vandaag().minusDays(3)
                        + "\",\"leerroute\":\"B1_ROUTE\",\"indicatorMagOpleidingAfmaken\":false,"
                        + "\"alfabetiseringsonderwijs\":\"NVT\",\"eenzijdigVastgesteld\":false}");
        assertThat(pip.status()).as("PIP: %s", pip.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> "GEREGISTREERD".equals(keten.vraag("GET", KetenService.GEMEENTE,
                Keten.klantmanager(AMSTERDAM), "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip", null).body()
                .at("/actueel/status").asString("")));
    }

    private static Keten.Antwoord backoffice(String methode, String pad, String body) {
        return keten.vraag(methode, KetenService.DUO, BACKOFFICE, pad, body);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NL);
    }
}
