package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.transactie.Transactiesjablonen;
import nl.inburgering.platform.transactie.Transactietelling;
import nl.inburgering.platform.transactie.Transactietelling.Uitkomst;

/**
 * Decision 0052: every transaction the service ends is counted once under its source (its name), so the benchmark
 * can say where the chain's commits come from; a method that joins its caller's transaction is not counted again.
 */
@PlatformIntegratieTest
class TransactietellingTest {

    private static final String VERHOOG_TWEEMAAL = Transactiegebruik.class.getName() + ".verhoogTweemaal";
    private static final String DEELNEMER_VERHOOG = Transactiegebruik.Deelnemer.class.getName() + ".verhoog";
    private static final String VERHOOG_EN_FAAL = Transactiegebruik.class.getName() + ".verhoogEnFaal";
    private static final String MET_EIGEN = Transactiegebruik.class.getName() + ".verhoogMetEigenTransactie";
    private static final String APART = Transactiegebruik.Deelnemer.class.getName() + ".verhoogApart";

    @Autowired
    Transactietelling telling;
    @Autowired
    Transactiegebruik gebruik;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    JdbcClient platformJdbcClient;
    @Autowired
    MeterRegistry registry;
    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;

    @Test
    void een_transactie_van_een_sjabloon_met_een_naam_telt_eenmaal_onder_die_naam() {
        String naam = "test.sjabloon." + UUID.randomUUID();
        TransactionTemplate genaamd = Transactiesjablonen.genaamd(transactie, naam);
        String teller = UUID.randomUUID().toString();

        genaamd.executeWithoutResult(s -> Transactiegebruik.verhoog(platformJdbcClient, teller));

        assertThat(telling.aantal(naam, Uitkomst.COMMIT)).isEqualTo(1);
        assertThat(telling.aantal(naam, Uitkomst.ROLLBACK)).isZero();
        assertThat(registry.get(Transactietelling.METER).tag("bron", naam).tag("alleenLezen", "false")
                .tag("uitkomst", "commit").functionCounter().count()).isEqualTo(1.0);
    }

    @Test
    void een_geinjecteerd_sjabloon_heet_naar_de_klasse_waarin_het_is_geinjecteerd() {
        String bron = TransactietellingTest.class.getName();
        long voor = telling.aantal(bron, Uitkomst.COMMIT);

        transactie.executeWithoutResult(s -> Transactiegebruik.verhoog(platformJdbcClient, UUID.randomUUID().toString()));

        assertThat(telling.aantal(bron, Uitkomst.COMMIT)).isEqualTo(voor + 1);
    }

    @Test
    void een_transactionele_methode_telt_eenmaal_en_wat_aan_haar_transactie_deelneemt_niet() {
        long voor = telling.aantal(VERHOOG_TWEEMAAL, Uitkomst.COMMIT);
        long deelnemerVoor = telling.aantal(DEELNEMER_VERHOOG, Uitkomst.COMMIT);
        String naam = "test.binnen." + UUID.randomUUID();
        String teller = UUID.randomUUID().toString();

        gebruik.verhoogTweemaal(teller);
        // a named template that joins the caller's transaction counts nothing either
        transactie.executeWithoutResult(s -> Transactiesjablonen.genaamd(transactie, naam)
                .executeWithoutResult(t -> Transactiegebruik.verhoog(platformJdbcClient, teller)));

        assertThat(Transactiegebruik.stand(platformJdbcClient, teller)).isEqualTo(3);
        assertThat(telling.aantal(VERHOOG_TWEEMAAL, Uitkomst.COMMIT)).isEqualTo(voor + 1);
        assertThat(telling.aantal(DEELNEMER_VERHOOG, Uitkomst.COMMIT)).isEqualTo(deelnemerVoor);
        assertThat(telling.aantal(naam, Uitkomst.COMMIT)).isZero();
    }

    @Test
    void een_eigen_transactie_binnen_een_andere_telt_onder_haar_eigen_naam() {
        long voor = telling.aantal(MET_EIGEN, Uitkomst.COMMIT);
        long apartVoor = telling.aantal(APART, Uitkomst.COMMIT);

        gebruik.verhoogMetEigenTransactie(UUID.randomUUID().toString());

        assertThat(telling.aantal(MET_EIGEN, Uitkomst.COMMIT)).isEqualTo(voor + 1);
        assertThat(telling.aantal(APART, Uitkomst.COMMIT)).isEqualTo(apartVoor + 1);
    }

    @Test
    void een_teruggedraaide_transactie_telt_als_teruggedraaid_en_niet_als_commit() {
        long commitsVoor = telling.aantal(VERHOOG_EN_FAAL, Uitkomst.COMMIT);
        long voor = telling.aantal(VERHOOG_EN_FAAL, Uitkomst.ROLLBACK);
        String teller = UUID.randomUUID().toString();

        assertThatThrownBy(() -> gebruik.verhoogEnFaal(teller)).isInstanceOf(IllegalStateException.class);

        assertThat(Transactiegebruik.stand(platformJdbcClient, teller)).isZero();
        assertThat(telling.aantal(VERHOOG_EN_FAAL, Uitkomst.ROLLBACK)).isEqualTo(voor + 1);
        assertThat(telling.aantal(VERHOOG_EN_FAAL, Uitkomst.COMMIT)).isEqualTo(commitsVoor);
    }

    @Test
    void een_poll_van_de_inbox_telt_onder_de_stelseldienst_van_zijn_topic() {
        String poll = Transactiesjablonen.INBOX_POLL + "brp.inschrijvingen.v1";
        long voor = telling.aantal(poll, Uitkomst.COMMIT);

        inschrijver.schrijfIn(TestBsn.nieuw(), "0363");

        await().atMost(Duration.ofSeconds(30)).until(() -> telling.aantal(poll, Uitkomst.COMMIT) > voor);
        assertThat(telling.aantal(Transactiesjablonen.INBOX_BERICHT + "brp.inschrijvingen.v1", Uitkomst.COMMIT))
                .as("no poll failed, so no record was applied alone").isZero();
    }

    @Test
    void de_outbox_relay_telt_onder_zijn_eigen_naam() {
        // the relay polls on its own: its rounds are counted under the platform's name, not as a nameless template
        await().atMost(Duration.ofSeconds(30))
                .until(() -> telling.aantal(Transactiesjablonen.OUTBOX_RELAY, Uitkomst.COMMIT) > 0);
        assertThat(telling.stand()).noneMatch(s -> s.bron().equals(Transactietelling.NAAMLOOS));
    }
}
