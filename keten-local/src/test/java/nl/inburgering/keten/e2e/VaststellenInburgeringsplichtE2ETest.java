package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Seed §3.2 through IND, DUO and the gemeente, on a real Kafka broker and a real PostgreSQL: what each
 * partner ends up knowing.
 */
class VaststellenInburgeringsplichtE2ETest {

    private static final AtomicLong V_NUMMERS = new AtomicLong(3_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final Duration BINNEN_SECONDEN = Duration.ofSeconds(30);

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void startDeKeten() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .services(KetenService.IND, KetenService.DUO, KetenService.GEMEENTE));
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stopDeKeten() {
        lokaal.close();
    }

    private static String vNummer() {
        return String.valueOf(V_NUMMERS.incrementAndGet());
    }

    private static String jarenGeleden(int jaren) {
        return LocalDate.now().minusYears(jaren).minusDays(3).toString();
    }

    private static final String VORIGE_WEEK = LocalDate.now().minusDays(7).toString();
    private static final String VORIGE_MAAND = LocalDate.now().minusMonths(1).toString();

    private static void wachtTotDuoBesloten(String gemeentecode, String bsn) {
        await().atMost(BINNEN_SECONDEN).until(() -> keten.duoM2m(gemeentecode, "/personen/" + bsn
                + "/inburgeringsplicht").status() == 200);
    }

    @Test
    void een_gezinsmigrant_van_30_is_inburgeringsplichtig_en_staat_bij_zijn_gemeente_en_in_de_duo_m2m_api() {
        String bsn = TestBsn.nieuw();

        assertThat(keten.brpInschrijving(bsn, "0363", VORIGE_WEEK, jarenGeleden(30)).status()).isEqualTo(201);
        assertThat(keten.verblijfsvergunning(vNummer(), bsn, jarenGeleden(30), "MA", "GEZINSHERENIGING",
                VORIGE_MAAND).status()).isEqualTo(201);

        await().atMost(BINNEN_SECONDEN).until(() -> keten.zoekBijGemeente("0363", bsn).size() == 1);
        var inburgeraar = keten.zoekBijGemeente("0363", bsn).get(0);
        assertThat(inburgeraar.get("gemeentecode").asString()).isEqualTo("0363");
        assertThat(inburgeraar.get("doelgroep").asString()).isEqualTo("GEZINSMIGRANT_EN_OVERIGE_MIGRANT");
        assertThat(inburgeraar.get("gedetailleerdeDoelgroep").asString()).isEqualTo("GEZINSHERENIGER");
        assertThat(inburgeraar.get("begindatumInburgeringsplicht").asString()).isEqualTo(VORIGE_WEEK);
        assertThat(inburgeraar.get("leerbaarheidstoetsKlaargezet").asBoolean()).isTrue();

        var plicht = keten.duoM2m("0363", "/personen/" + bsn + "/inburgeringsplicht");
        assertThat(plicht.status()).isEqualTo(200);
        assertThat(plicht.body().get("indicatorInburgeringsplicht").asBoolean()).isTrue();
        assertThat(plicht.body().get("begindatum").asString()).isEqualTo(VORIGE_WEEK);
        var doelgroep = keten.duoM2m("0363", "/personen/" + bsn + "/doelgroep");
        assertThat(doelgroep.body().get("indeling").asString()).isEqualTo("Gezinsmigrant en overige migrant");
        assertThat(doelgroep.body().get("gedetailleerdeDoelgroep").asString()).isEqualTo("Gezinshereniger");
        assertThat(keten.duoM2m("0599", "/personen/" + bsn + "/inburgeringsplicht").status())
                .as("Rotterdam mag een ingezetene van Amsterdam niet raadplegen; het antwoord is dat voor een onbekende")
                .isEqualTo(404);
        assertThat(keten.zoekBijGemeente("0599", bsn)).as("Rotterdam vindt hem niet").isEmpty();
    }

    @Test
    void na_een_verhuizing_van_amsterdam_naar_rotterdam_zijn_duo_en_rotterdam_het_eens_over_zijn_gemeente() {
        String bsn = TestBsn.nieuw();
        assertThat(keten.brpInschrijving(bsn, "0363", VORIGE_MAAND, jarenGeleden(30)).status()).isEqualTo(201);
        assertThat(keten.verblijfsvergunning(vNummer(), bsn, jarenGeleden(30), "MA", "GEZINSHERENIGING",
                VORIGE_MAAND).status()).isEqualTo(201);
        await().atMost(BINNEN_SECONDEN).until(() -> keten.zoekBijGemeente("0363", bsn).size() == 1);

        var verhuizing = keten.vraag("POST", KetenService.GEMEENTE, "gemeentesysteem-rotterdam",
                "/api/v1/brp/verhuizingen", keten.json(java.util.Map.of("bsn", bsn, "datumVerhuizing",
                        LocalDate.now().minusDays(1).toString())));
        assertThat(verhuizing.status()).isEqualTo(201);

        wachtTotDuoBesloten("0599", bsn);
        await().atMost(BINNEN_SECONDEN).until(() -> keten.zoekBijGemeente("0599", bsn).size() == 1);
        assertThat(keten.zoekBijGemeente("0599", bsn).get(0).get("gemeentecode").asString()).isEqualTo("0599");
        assertThat(keten.werkvoorraad("0599").findValuesAsString("bsn")).contains(bsn);
    }

    @Test
    void eerst_de_verblijfsvergunning_en_dan_de_brp_inschrijving_geeft_hetzelfde_resultaat() {
        String bsn = TestBsn.nieuw();

        assertThat(keten.verblijfsvergunning(vNummer(), bsn, jarenGeleden(41), "IN", "GEZINSVORMING",
                VORIGE_MAAND).status()).isEqualTo(201);
        assertThat(keten.brpInschrijving(bsn, "0599", VORIGE_WEEK, jarenGeleden(41)).status()).isEqualTo(201);

        await().atMost(BINNEN_SECONDEN).until(() -> keten.zoekBijGemeente("0599", bsn).size() == 1);
        assertThat(keten.zoekBijGemeente("0599", bsn).get(0).get("gedetailleerdeDoelgroep").asString())
                .isEqualTo("GEZINSVORMER");
        assertThat(keten.werkvoorraad("0599").findValuesAsString("bsn")).contains(bsn);
        assertThat(keten.werkvoorraad("0363").findValuesAsString("bsn")).doesNotContain(bsn);
    }

    @Test
    void ind_levert_de_verblijfsdoelen_een_keer_ook_als_de_vergunning_nogmaals_wordt_aangeboden() {
        String bsn = TestBsn.nieuw();
        String vNummer = vNummer();
        keten.brpInschrijving(bsn, "0363", VORIGE_WEEK, jarenGeleden(35));
        keten.verblijfsvergunning(vNummer, bsn, jarenGeleden(35), "SY", "GEESTELIJK_BEDIENAAR", VORIGE_MAAND);

        // the same registration again changes nothing (200; a registration with another doel is a change, issue 15)
        assertThat(keten.verblijfsvergunning(vNummer, bsn, jarenGeleden(35), "SY", "GEESTELIJK_BEDIENAAR",
                VORIGE_MAAND).status()).isEqualTo(200);

        await().atMost(BINNEN_SECONDEN).until(() -> keten.zoekBijGemeente("0363", bsn).size() == 1);
        var geleverd = TestPartner.alles(lokaal.bootstrapServers(), TopicCatalogue.VERBLIJFSDOELEN.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(geleverd).hasSize(1);
    }

    @Test
    void elke_producent_tekent_zijn_events_met_zijn_eigen_oin_en_systeem_als_cloudevents_source() {
        String bsn = TestBsn.nieuw();

        keten.brpInschrijving(bsn, "0363", VORIGE_WEEK, jarenGeleden(30));
        keten.verblijfsvergunning(vNummer(), bsn, jarenGeleden(30), "MA", "GEZINSHERENIGING", VORIGE_MAAND);

        await().atMost(BINNEN_SECONDEN).until(() -> keten.zoekBijGemeente("0363", bsn).size() == 1);
        String brp = source(TestPartner.wachtOp(lokaal.bootstrapServers(), TopicCatalogue.BRP_INSCHRIJVINGEN,
                r -> TestPartner.bevat(r, bsn)));
        String ind = source(TestPartner.wachtOp(lokaal.bootstrapServers(), TopicCatalogue.VERBLIJFSDOELEN,
                r -> TestPartner.bevat(r, bsn)));
        String duo = source(TestPartner.wachtOp(lokaal.bootstrapServers(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, bsn)));
        assertThat(brp).isEqualTo("urn:nld:oin:" + oin(KetenService.GEMEENTE) + ":systeem:gemeente-service");
        assertThat(ind).isEqualTo("urn:nld:oin:" + oin(KetenService.IND) + ":systeem:ind-service");
        assertThat(duo).isEqualTo("urn:nld:oin:" + oin(KetenService.DUO) + ":systeem:duo-service");
        assertThat(java.util.Set.of(oin(KetenService.GEMEENTE), oin(KetenService.IND), oin(KetenService.DUO)))
                .as("drie producenten, drie OIN's").hasSize(3);
    }

    private static String source(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_source").value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String oin(KetenService service) {
        return lokaal.context(service).getEnvironment().getRequiredProperty("keten.oin");
    }

    @Test
    void een_student_is_niet_inburgeringsplichtig_en_de_gemeente_hoort_nooit_van_haar() {
        String bsn = TestBsn.nieuw();

        keten.brpInschrijving(bsn, "0363", VORIGE_WEEK, jarenGeleden(21));
        keten.verblijfsvergunning(vNummer(), bsn, jarenGeleden(21), "CN", "STUDIE", VORIGE_MAAND);

        wachtTotDuoBesloten("0363", bsn);
        var plicht = keten.duoM2m("0363", "/personen/" + bsn + "/inburgeringsplicht");
        assertThat(plicht.body().get("indicatorInburgeringsplicht").asBoolean()).isFalse();
        assertThat(plicht.body().get("redenGeenInburgeringsplicht").asString()).isEqualTo("Overig");
        assertThat(keten.duoM2m("0363", "/personen/" + bsn + "/doelgroep").status()).isEqualTo(404);
        // DUO decided in one transaction without an event, so nothing can still be on its way.
        assertThat(keten.zoekBijGemeente("0363", bsn)).isEmpty();
        assertThat(keten.werkvoorraad("0363").findValuesAsString("bsn")).doesNotContain(bsn);
    }

    @Test
    void een_gezinsmigrant_van_17_is_nog_niet_inburgeringsplichtig() {
        String bsn = TestBsn.nieuw();
        String geboortedatum = LocalDate.now().minusYears(17).toString();

        keten.brpInschrijving(bsn, "0599", VORIGE_WEEK, geboortedatum);
        keten.verblijfsvergunning(vNummer(), bsn, geboortedatum, "ER", "GEZINSHERENIGING", VORIGE_MAAND);

        wachtTotDuoBesloten("0599", bsn);
        assertThat(keten.duoM2m("0599", "/personen/" + bsn + "/inburgeringsplicht").body()
                .get("indicatorInburgeringsplicht").asBoolean()).isFalse();
        assertThat(keten.zoekBijGemeente("0599", bsn)).isEmpty();
    }

    @Test
    void een_eu_burger_met_een_gezinsdoel_is_niet_inburgeringsplichtig() {
        String bsn = TestBsn.nieuw();

        keten.brpInschrijving(bsn, "0363", VORIGE_WEEK, jarenGeleden(28));
        keten.verblijfsvergunning(vNummer(), bsn, jarenGeleden(28), "DE", "GEZINSVORMING", VORIGE_MAAND);

        wachtTotDuoBesloten("0363", bsn);
        assertThat(keten.duoM2m("0363", "/personen/" + bsn + "/inburgeringsplicht").body()
                .get("indicatorInburgeringsplicht").asBoolean()).isFalse();
        assertThat(keten.zoekBijGemeente("0363", bsn)).isEmpty();
    }
}
