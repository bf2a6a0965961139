package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 end to end through the public REST APIs, on a real broker and real databases: the plicht changes or ends
 * because the verblijfsrecht changes (IND's #2, §13.4, §13.5) or the BRP records a vertrek or an overlijden (§13.3),
 * and the gemeente's werkvoorraad follows DUO's #3.
 */
class WijzigingenVanDePlichtE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static final AtomicLong V_NUMMERS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);

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
    void een_student_die_gezinsvormer_wordt_wordt_plichtig_bij_zijn_gemeente() {
        String bsn = TestBsn.nieuw();
        String vNummer = vNummer();
        LocalDate vandaag = LocalDate.now(NL);
        String geboren = vandaag.minusYears(25).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, vandaag.minusDays(60).toString(), geboren).status())
                .isEqualTo(201);
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "IN", "STUDIE", vandaag.minusDays(60).toString())
                .status()).isEqualTo(201);
        // IND delivered #1 and DUO found him not plichtig: a student has a tijdelijk verblijfsdoel
        TestPartner.wachtOp(lokaal.bootstrapServers(), TopicCatalogue.VERBLIJFSDOELEN.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(keten.zoekBijGemeente(AMSTERDAM, bsn)).isEmpty();

        // §13.5: he marries here; IND registers the new verblijfsdoel and delivers #2
        Keten.Antwoord wijziging = wijzig(vNummer, "{\"soortWijziging\":\"VERBLIJFSDOEL_GEWIJZIGD\","
                + "\"nieuwVerblijfsdoel\":\"GEZINSVORMING\",\"ingangsdatum\":\"" + vandaag.minusDays(1) + "\"}");
        assertThat(wijziging.status()).as("wijziging: %s", wijziging.body()).isEqualTo(201);

        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).size() == 1);
        JsonNode plicht = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht").body();
        assertThat(plicht.get("indicatorInburgeringsplicht").asBoolean()).isTrue();
        assertThat(plicht.get("begindatum").asString()).isEqualTo(vandaag.minusDays(1).toString());
    }

    @Test
    void een_asielstatushouder_van_wie_het_verblijfsrecht_wordt_ingetrokken_verlaat_de_werkvoorraad_met_die_reden() {
        String bsn = TestBsn.nieuw();
        String vNummer = vNummer();
        LocalDate vandaag = LocalDate.now(NL);
        String geboren = vandaag.minusYears(35).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, vandaag.minusDays(40).toString(), geboren).status())
                .isEqualTo(201);
        // an asielstatushouder who never lived in a COA location belongs to the gemeente of inschrijving (decision 0025)
        Keten.Antwoord vergunning = keten.vraag("POST", KetenService.IND, "ind-medewerker",
                "/api/v1/verblijfsvergunningen", "{\"vNummer\":\"" + vNummer + "\",\"bsn\":\"" + bsn
                        + "\",\"geboortedatum\":\"" + geboren + "\",\"nationaliteit\":\"SY\","
                        + "\"verblijfsdoel\":\"ASIEL\",\"ingangsdatum\":\"" + vandaag.minusMonths(3)
                        + "\",\"opvangInCoaLocatie\":false}");
        assertThat(vergunning.status()).as("vergunning: %s", vergunning.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).size() == 1);
        Keten.Inburgeraar asielstatushouder = new Keten.Inburgeraar(bsn,
                keten.zoekBijGemeente(AMSTERDAM, bsn).get(0).get("id").asString());

        Keten.Antwoord intrekking = wijzig(vNummer, "{\"soortWijziging\":\"VERBLIJFSRECHT_BEEINDIGD\","
                + "\"ingangsdatum\":\"" + vandaag + "\"}");
        assertThat(intrekking.status()).as("intrekking: %s", intrekking.body()).isEqualTo(201);

        await().atMost(BINNEN).until(() -> "BEEINDIGD".equals(dossier(AMSTERDAM, asielstatushouder)
                .get("statusPlicht").asString("")));
        assertThat(dossier(AMSTERDAM, asielstatushouder).get("redenEindePlicht").asString())
                .isEqualTo("VERBLIJFSDOEL_GEWIJZIGD");
        assertThat(keten.werkvoorraad(AMSTERDAM)).noneMatch(r -> bsn.equals(r.get("bsn").asString("")));
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht").body()
                .get("redenGeenInburgeringsplicht").asString()).isEqualTo("Verblijfsdoel gewijzigd");
    }

    @Test
    void wie_overlijdt_verdwijnt_met_die_reden_uit_de_werkvoorraad_van_zijn_gemeente() {
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        String gisteren = LocalDate.now(NL).minusDays(1).toString();

        Keten.Antwoord overlijden = keten.vraag("POST", KetenService.GEMEENTE, "gemeentesysteem-amsterdam",
                "/api/v1/brp/overlijdens", "{\"bsn\":\"" + plichtige.bsn() + "\",\"datumOverlijden\":\"" + gisteren
                        + "\"}");
        assertThat(overlijden.status()).as("overlijden: %s", overlijden.body()).isEqualTo(201);

        await().atMost(BINNEN).until(() -> "BEEINDIGD".equals(dossier(AMSTERDAM, plichtige).get("statusPlicht")
                .asString("")));
        assertThat(dossier(AMSTERDAM, plichtige).get("redenEindePlicht").asString()).isEqualTo("OVERLIJDEN");
        assertThat(keten.werkvoorraad(AMSTERDAM)).noneMatch(r -> plichtige.bsn().equals(r.get("bsn").asString("")));
        JsonNode plicht = keten.duoM2m(AMSTERDAM, "/personen/" + plichtige.bsn() + "/inburgeringsplicht").body();
        assertThat(plicht.get("redenGeenInburgeringsplicht").asString()).isEqualTo("Overlijden");
    }

    @Test
    void wie_binnen_het_jaar_terugkeert_uit_het_buitenland_blijft_plichtig_en_woont_in_zijn_nieuwe_gemeente() {
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        LocalDate vandaag = LocalDate.now(NL);

        Keten.Antwoord vertrek = keten.vraag("POST", KetenService.GEMEENTE, "gemeentesysteem-amsterdam",
                "/api/v1/brp/vertrekken", "{\"bsn\":\"" + plichtige.bsn() + "\",\"datumVertrek\":\""
                        + vandaag.minusDays(20) + "\",\"landVanVertrek\":\"DE\"}");
        assertThat(vertrek.status()).as("vertrek: %s", vertrek.body()).isEqualTo(201);
        Keten.Antwoord terug = keten.brpInschrijving(plichtige.bsn(), ROTTERDAM, vandaag.minusDays(2).toString(),
                vandaag.minusYears(30).toString());
        assertThat(terug.status()).as("inschrijving na terugkeer: %s", terug.body()).isBetween(200, 201);

        // DUO keeps the plicht and hands it to Rotterdam, the gemeente he settled in
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(ROTTERDAM, plichtige.bsn()).size() == 1);
        JsonNode plicht = keten.duoM2m(ROTTERDAM, "/personen/" + plichtige.bsn() + "/inburgeringsplicht").body();
        assertThat(plicht.get("indicatorInburgeringsplicht").asBoolean()).isTrue();
    }

    private static Keten.Antwoord wijzig(String vNummer, String body) {
        return keten.vraag("POST", KetenService.IND, "ind-medewerker",
                "/api/v1/verblijfsvergunningen/" + vNummer + "/wijzigingen", body);
    }

    private static String vNummer() {
        return String.valueOf(V_NUMMERS.incrementAndGet());
    }

    private static JsonNode dossier(String gemeentecode, Keten.Inburgeraar inburgeraar) {
        return keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(gemeentecode),
                "/api/v1/inburgeraars/" + inburgeraar.id(), null).body();
    }
}
