package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.outbox.OutboxRelay;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/** Nothing lost, nothing doubled: a fact registered while the broker is down arrives once after it returns. */
class BrokerStoringE2ETest {

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests().services(KetenService.GEMEENTE));
        keten = new Keten(lokaal);
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
}
