package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.outbox.OutboxRelay;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Nothing lost, nothing doubled when the broker goes away: a fact registered while it is down arrives once after it
 * returns, and a stream of facts during which it stops and starts three times arrives at every partner exactly once,
 * in order per person.
 */
class BrokerStoringE2ETest {

    private static LocalKeten lokaal;
    private static Keten keten;
    private static Ketenbalans balans;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .services(KetenService.IND, KetenService.DUO, KetenService.GEMEENTE)
                // small relay batches: more Kafka transactions in flight when the broker goes
                .property("keten.outbox.batch-grootte", "5"));
        keten = new Keten(lokaal);
        balans = new Ketenbalans(lokaal.bootstrapServers(), lokaal.postgres().jdbcUrl(""));
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    @Test
    void een_inschrijving_tijdens_een_brokerstoring_wordt_na_herstel_precies_een_keer_gepubliceerd() {
        OutboxRelay relay = lokaal.context(KetenService.GEMEENTE).getBean(OutboxRelay.class);
        String bsn = TestBsn.nieuw();
        lokaal.kafka().stop();

        var antwoord = keten.brpInschrijving(bsn, "0363", LocalDate.now().minusDays(2).toString(), "1990-02-03");

        assertThat(antwoord.status()).isEqualTo(201);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> relay.achterstand() == 1);

        lokaal.kafka().start();

        await().atMost(Duration.ofSeconds(60)).until(() -> relay.achterstand() == 0);
        var gepubliceerd = TestPartner.alles(lokaal.bootstrapServers(), TopicCatalogue.BRP_INSCHRIJVINGEN.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(gepubliceerd).hasSize(1);
    }

    @Test
    void een_stroom_feiten_terwijl_de_broker_drie_keer_stopt_en_start_komt_bij_elke_partner_precies_een_keer_en_op_volgorde_aan()
            throws Exception {
        Feitenstroom stroom = new Feitenstroom(() -> keten, 24).stapsgewijs();
        int totaal = stroom.totaal();
        CompletableFuture<Void> loopt = CompletableFuture.runAsync(() -> stroom.voerUit(4));
        int stap = totaal / 8;
        int vrij = 0;
        List<Integer> beantwoordBijStoring = new ArrayList<>();
        for (int storing = 1; storing <= 3; storing++) {
            // the broker stops while facts are being registered and published, and starts while they are too
            vrij += stap;
            stroom.geefVrij(stap);
            wachtOp(stroom, loopt, vrij - stap / 2);
            lokaal.kafka().stop();
            beantwoordBijStoring.add(stroom.beantwoord());
            vrij += stap;
            stroom.geefVrij(stap);
            wachtOp(stroom, loopt, vrij - stap / 2);
            lokaal.kafka().start();
            beantwoordBijStoring.add(stroom.beantwoord());
        }
        stroom.geefAllesVrij();
        loopt.get(5, TimeUnit.MINUTES);
        assertThat(beantwoordBijStoring).as("elke stop en start viel midden in de stroom").allMatch(n -> n < totaal);
        assertThat(stroom.volledig()).as("elk feit kreeg 201: " + stroom.afgebroken()).hasSize(stroom.personen().size());

        stroom.wachtTotVerwerkt(balans, Duration.ofMinutes(3));

        Feitenstroom.meldEnBewijs("broker-bounce", 3, stroom, stroom.controleer(balans),
                "answeredAtStopStart=" + beantwoordBijStoring + "/" + totaal);
    }

    /** Waits until {@code aantal} facts of the stream are done (or the stream failed). */
    private static void wachtOp(Feitenstroom stroom, CompletableFuture<Void> loopt, int aantal) {
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            if (loopt.isCompletedExceptionally()) {
                loopt.join();
            }
            return stroom.beantwoord() >= aantal;
        });
    }
}
