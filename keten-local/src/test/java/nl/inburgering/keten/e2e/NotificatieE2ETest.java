package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;

/**
 * Issue 14 item 5 end to end (decision 0030): gemeente Utrecht reads no Kafka (its gemeente-service serves only
 * Amsterdam's and Rotterdam's topics) and is registered at DUO for notifications. It follows a gezinsmigrant from the
 * plicht to the termijn through DUO's notifications alone: DUO POSTs SS101 to its Notificatie API, the gemeente fetches
 * the plicht from DUO's M2M API and he enters its werkvoorraad; its system delivers the PIP to DUO's M2M PIP API, DUO
 * sets the termijn and notifies SS102, the gemeente fetches the termijn.
 */
class NotificatieE2ETest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final String UTRECHT = "0344";

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        // Utrecht registered at DUO for notifications; the gemeente-service reads no Kafka for Utrecht and asks
        // DUO's M2M APIs as Utrecht's own system (LocalKeten.Options.notificatiesVoor, as --notificaties=0344)
        lokaal = LocalKeten.start(LocalKeten.Options.forTests().notificatiesVoor(UTRECHT));
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        if (lokaal != null) {
            lokaal.close();
        }
    }

    @Test
    void een_gemeente_zonder_kafka_volgt_een_gezinsmigrant_tot_zijn_termijn_door_notificaties_alleen() {
        String bsn = TestBsn.nieuw();
        String geboren = vandaag().minusYears(30).toString();
        assertThat(keten.brpInschrijving(bsn, UTRECHT, vandaag().minusDays(7).toString(), geboren).status())
                .isEqualTo(201);
        assertThat(keten.verblijfsvergunning("3234567890", bsn, geboren, "MA", "GEZINSHERENIGING",
                vandaag().minusMonths(1).toString()).status()).isEqualTo(201);

        // SS101 (and SS137, the toets klaargezet): he is in Utrecht's werkvoorraad without any Kafka delivery
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(UTRECHT, bsn).size() == 1);
        String id = keten.zoekBijGemeente(UTRECHT, bsn).get(0).get("id").asString();
        assertThat(keten.zoekBijGemeente(UTRECHT, bsn).get(0).get("gedetailleerdeDoelgroep").asString())
                .isEqualTo("GEZINSHERENIGER");

        // Utrecht's system delivers the PIP at DUO (melding); DUO sets the termijn and notifies SS102
        String dagtekening = vandaag().toString();
        var geleverd = keten.duoM2mPost(UTRECHT, "/personen/" + bsn + "/PIP", keten.json(Map.of(
                "dagtekeningPip", dagtekening, "leerroute", "B", "indicatorMagOpleidingAfmaken", false,
                "indicatorAlfabetiseringsonderwijs", "NVT")));
        assertThat(geleverd.status()).as("M2M PIP: %s", geleverd.body()).isEqualTo(201);

        String start = LocalDate.parse(dagtekening).plusDays(1).toString();
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(UTRECHT),
                "/api/v1/inburgeraars/" + id + "/inburgeringstermijn", null).body().toString().contains(start));

        var notificaties = keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(UTRECHT),
                "/api/v1/inburgeraars/" + id + "/notificaties", null);
        assertThat(notificaties.body().findValuesAsString("gebeurtenisId")).contains("SS101", "SS137", "SS102");
        assertThat(notificaties.body().toString()).contains("inburgeringsplicht opgenomen")
                .contains("inburgeringstermijn opgenomen");
        // DUO's record of what it delivered to Utrecht
        var bezorging = keten.vraag("GET", KetenService.DUO, "beheerder", "/beheer/notificaties", null);
        assertThat(bezorging.status()).isEqualTo(200);
        assertThat(bezorging.body().toString()).contains("\"gemeentecode\":\"0344\"");
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NL);
    }
}
