package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;

/**
 * A real PostgreSQL crash ({@code pg_ctl stop -m immediate}: every server process quits at once, no checkpoint,
 * crash recovery at the next start) and restart on the same data and port, once while the services consume and once
 * while the outbox relay publishes. Nothing is dead-lettered, lost or doubled, and a request during the outage waits
 * for a connection (the pool's {@code connection-timeout}, here 3 s) and then answers {@code 503}
 * {@code application/problem+json} with {@code Retry-After}, never a 500.
 */
class DatabaseStoringE2ETest {

    private static LocalKeten lokaal;
    private static Keten keten;
    private static Ketenbalans balans;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .services(KetenService.IND, KetenService.DUO, KetenService.GEMEENTE)
                // small relay batches: the relay is busy with many Kafka transactions when the database goes
                .property("keten.outbox.batch-grootte", "2")
                // a request waits this long for a connection before it is answered 503 (production: longer)
                .property("spring.datasource.hikari.connection-timeout", "3000"));
        keten = new Keten(lokaal);
        balans = new Ketenbalans(lokaal.bootstrapServers(), lokaal.postgres().jdbcUrl(""));
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    @Test
    void een_postgresql_crash_terwijl_de_diensten_consumeren_verliest_en_verdubbelt_niets_en_antwoordt_503()
            throws Exception {
        Feitenstroom stroom = new Feitenstroom(() -> keten, 24).stapsgewijs();
        CompletableFuture<Void> loopt = CompletableFuture.runAsync(() -> stroom.voerUit(4));
        stroom.geefVrij(stroom.totaal() / 2);
        // DUO has begun deciding: the services are consuming the stream when the database goes
        await().atMost(Duration.ofMinutes(2)).until(() -> balans.rijenPerPersoon("duo", "inburgeringsplicht",
                stroom.bsns()).values().stream().filter(n -> n > 0).count() >= 2);
        long besloten = balans.rijenPerPersoon("duo", "inburgeringsplicht", stroom.bsns()).values().stream()
                .filter(n -> n > 0).count();

        storing(stroom);

        stroom.geefAllesVrij();
        loopt.get(5, TimeUnit.MINUTES);
        bewijs("postgres-crash-consuming", stroom, "decidedAtCrash=" + besloten + "/" + stroom.personen().size());
    }

    @Test
    void een_postgresql_crash_terwijl_de_relay_publiceert_verliest_en_verdubbelt_niets() throws Exception {
        Feitenstroom stroom = new Feitenstroom(() -> keten, 24).stapsgewijs();
        CompletableFuture<Void> loopt = CompletableFuture.runAsync(() -> stroom.voerUit(4));
        // a backlog in the gemeente's outbox: facts registered while the broker is away
        lokaal.kafka().stop();
        stroom.geefVrij(stroom.totaal() / 2);
        await().atMost(Duration.ofMinutes(2)).until(() -> stroom.beantwoord() >= stroom.totaal() / 2);
        long achterstand = balans.achterstand("gemeente");
        lokaal.kafka().start();
        // the relay has published part of it and is publishing the rest in batches of 2 when the database goes
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> balans.achterstand("gemeente") < achterstand);
        long bijCrash = balans.achterstand("gemeente");

        storing(stroom);

        stroom.geefAllesVrij();
        loopt.get(5, TimeUnit.MINUTES);
        bewijs("postgres-crash-relay", stroom, "outboxBacklog=" + achterstand + " unpublishedAtCrash=" + bijCrash);
    }

    /**
     * PostgreSQL crashes; requests are sent during the outage, and it starts again once one of them has been
     * answered (after the pool's connection timeout): a 503, or the 500 this test exists to forbid.
     */
    private static void storing(Feitenstroom stroom) {
        lokaal.postgres().stopImmediately();
        try {
            stroom.geefVrij(stroom.totaal() / 4);
            await().atMost(Duration.ofMinutes(2)).until(() -> stroom.statussen().containsKey(503)
                    || stroom.statussen().containsKey(500));
        } finally {
            lokaal.postgres().startAgain();
        }
    }

    private static void bewijs(String storing, Feitenstroom stroom, String extra) {
        assertThat(stroom.statussen()).as("geen 500: een verzoek tijdens de storing wacht of krijgt 503")
                .doesNotContainKey(500);
        assertThat(stroom.eerste503()).as("503 als problem+json met Retry-After").isNotNull();
        assertThat(stroom.eerste503().body().get("status").asInt()).isEqualTo(503);
        assertThat(stroom.eerste503().contentType()).startsWith("application/problem+json");
        assertThat(stroom.eerste503().retryAfter()).isNotBlank();
        assertThat(stroom.volledig()).as("elk feit kreeg 201, na 503 opnieuw gestuurd: " + stroom.afgebroken())
                .hasSize(stroom.personen().size());
        stroom.wachtTotVerwerkt(balans, Duration.ofMinutes(3));
        Feitenstroom.meldEnBewijs(storing, 1, stroom, stroom.controleer(balans), extra);
    }
}
