package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;

/**
 * The chain as the partners run it: every service a JVM of its own ({@code java -jar} of its executable jar,
 * configured through its environment), against one broker, one PostgreSQL with a database per service and the
 * local token issuer. §3.2 and a §4 step go through the five processes, and the clock is moved for all five
 * through their {@code /beheer/klok}, not through a shared static. The exec jars come from the reactor
 * ({@code ./mvnw verify} packages the services before keten-local's tests).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KetenInAparteProcessenE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final AtomicLong V_NUMMERS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final Map<KetenService, Long> PIDS = new EnumMap<>(KetenService.class);

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void startElkeDienstAlsEigenProces() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .separateProcesses(true)
                .processLogDir(Path.of("target", "keten-processen"))
                // this JVM's logging (as the launcher and the benchmark set theirs); a service process keeps its own
                .property("logging.config", "classpath:logback-test.xml")
                // DUO looks every second for plichten whose day has come (default every minute).
                .property(KetenService.DUO, "keten.duo.herbeoordeling-interval", "PT1S"));
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stopDeKeten() {
        if (lokaal == null) {
            return;
        }
        lokaal.close();
        PIDS.forEach((service, pid) -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                .as(service.naam() + " (pid " + pid + ") is gestopt").isEmpty());
    }

    private static String vNummer() {
        return String.valueOf(V_NUMMERS.incrementAndGet());
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NL);
    }

    private static String inburgeraarId(String gemeentecode, String bsn) {
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(gemeentecode, bsn).size() == 1);
        return keten.zoekBijGemeente(gemeentecode, bsn).get(0).get("id").asString();
    }

    @Test
    @Order(1)
    void elke_dienst_draait_in_een_eigen_jvm_zonder_context_in_de_test() {
        long test = ProcessHandle.current().pid();
        for (KetenService service : KetenService.values()) {
            long pid = lokaal.pid(service);
            assertThat(pid).as(service.naam()).isNotEqualTo(test);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as(service.naam()).contains(true);
            PIDS.put(service, pid);
        }
        assertThat(PIDS.values()).doesNotHaveDuplicates().hasSize(5);
        assertThatThrownBy(() -> lokaal.context(KetenService.DUO)).hasMessageContaining("separate process");
        assertThatThrownBy(() -> lokaal.klok()).hasMessageContaining("verzetKlok");
    }

    @Test
    @Order(2)
    void een_gezinsmigrant_van_30_wordt_door_duo_plichtig_verklaard_en_staat_in_de_werkvoorraad_van_zijn_gemeente() {
        String bsn = TestBsn.nieuw();
        String geboren = vandaag().minusYears(30).toString();

        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, vandaag().minusDays(7).toString(), geboren).status())
                .isEqualTo(201);
        assertThat(keten.verblijfsvergunning(vNummer(), bsn, geboren, "MA", "GEZINSHERENIGING",
                vandaag().minusMonths(1).toString()).status()).isEqualTo(201);

        await().atMost(BINNEN).until(() -> keten.werkvoorraad(AMSTERDAM).findValuesAsString("bsn").contains(bsn));
        var plicht = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht");
        assertThat(plicht.status()).isEqualTo(200);
        assertThat(plicht.body().get("indicatorInburgeringsplicht").asBoolean()).isTrue();
        assertThat(keten.zoekBijGemeente(AMSTERDAM, bsn).get(0).get("gedetailleerdeDoelgroep").asString())
                .isEqualTo("GEZINSHERENIGER");
        assertThat(keten.werkvoorraad(ROTTERDAM).findValuesAsString("bsn")).doesNotContain(bsn);
    }

    @Test
    @Order(3)
    void na_de_oproep_voor_de_brede_intake_levert_het_gemeentesysteem_een_pip_en_duo_zet_de_termijn() {
        String bsn = TestBsn.nieuw();
        String geboren = vandaag().minusYears(30).toString();
        keten.brpInschrijving(bsn, AMSTERDAM, vandaag().minusDays(7).toString(), geboren);
        keten.verblijfsvergunning(vNummer(), bsn, geboren, "MA", "GEZINSHERENIGING", vandaag().minusMonths(1).toString());
        String id = inburgeraarId(AMSTERDAM, bsn);

        var oproep = keten.vraag("POST", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + id + "/brede-intake/oproepen", keten.json(Map.of("datum",
                        OffsetDateTime.now(NL).plusDays(2).withNano(0).toString(), "locatie", "Stadsloket Centrum",
                        "onderwerp", "INTAKEGESPREK")));
        assertThat(oproep.status()).as("oproep: %s", oproep.body()).isEqualTo(201);

        String dagtekening = vandaag().toString();
        var geleverd = keten.duoM2mPost(AMSTERDAM, "/personen/" + bsn + "/PIP", keten.json(Map.of(
                "dagtekeningPip", dagtekening, "leerroute", "B", "indicatorMagOpleidingAfmaken", false,
                "indicatorAlfabetiseringsonderwijs", "NVT")));
        assertThat(geleverd.status()).as("M2M PIP: %s", geleverd.body()).isEqualTo(201);

        await().atMost(BINNEN).until(() -> {
            var pip = keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                    "/api/v1/inburgeraars/" + id + "/pip", null).body();
            return "GEREGISTREERD".equals(pip.at("/actueel/status").asString(""))
                    && pip.at("/inburgeringstermijn/startdatum").isString();
        });
        var termijn = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringstermijn");
        assertThat(termijn.status()).isEqualTo(200);
        assertThat(termijn.body().get("startdatum").asString())
                .isEqualTo(LocalDate.parse(dagtekening).plusDays(1).toString());
    }

    @Test
    @Order(4)
    void een_gezinsmigrant_van_17_wordt_op_zijn_achttiende_verjaardag_plichtig_als_de_klok_van_de_hele_keten_verzet() {
        String bsn = TestBsn.nieuw();
        LocalDate achttien = vandaag().plusDays(10);
        String geboren = achttien.minusYears(18).toString();
        keten.brpInschrijving(bsn, ROTTERDAM, vandaag().minusDays(7).toString(), geboren);
        keten.verblijfsvergunning(vNummer(), bsn, geboren, "ER", "GEZINSHERENIGING", vandaag().minusMonths(1).toString());
        await().atMost(BINNEN).until(() -> keten.duoM2m(ROTTERDAM, "/personen/" + bsn + "/inburgeringsplicht")
                .status() == 200);
        assertThat(keten.duoM2m(ROTTERDAM, "/personen/" + bsn + "/inburgeringsplicht").body()
                .get("indicatorInburgeringsplicht").asBoolean()).as("op zijn 17e nog niet").isFalse();
        assertThat(keten.zoekBijGemeente(ROTTERDAM, bsn)).isEmpty();

        lokaal.verzetKlok(Duration.ofDays(11));

        Instant elfDagenVerder = Instant.now().plus(Duration.ofDays(11));
        for (KetenService service : KetenService.values()) {
            assertThat(lokaal.klokVan(service)).as("de klok van " + service.naam())
                    .isBetween(elfDagenVerder.minus(Duration.ofMinutes(5)), elfDagenVerder.plus(Duration.ofMinutes(5)));
        }
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(ROTTERDAM, bsn).size() == 1);
        var plicht = keten.duoM2m(ROTTERDAM, "/personen/" + bsn + "/inburgeringsplicht");
        assertThat(plicht.body().get("indicatorInburgeringsplicht").asBoolean()).isTrue();
        assertThat(plicht.body().get("begindatum").asString()).isEqualTo(achttien.toString());
        assertThat(keten.werkvoorraad(ROTTERDAM).findValuesAsString("bsn")).contains(bsn);
    }
}
