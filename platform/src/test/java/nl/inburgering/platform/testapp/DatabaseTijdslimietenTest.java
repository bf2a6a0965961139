package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.test.TestBsn;

/** Issue 11 item 20: a stuck person lock gives up after lock_timeout instead of hanging its caller. */
@PlatformIntegratieTest
@DirtiesContext
@TestPropertySource(properties = "keten.database.lock-timeout=1s")
class DatabaseTijdslimietenTest {

    @Autowired
    Persoonsvergrendeling vergrendeling;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void wie_op_een_vastzittend_persoonsslot_wacht_geeft_het_op_na_de_lock_timeout() throws Exception {
        String bsn = TestBsn.nieuw();
        CountDownLatch vast = new CountDownLatch(1);
        CountDownLatch loslaten = new CountDownLatch(1);
        CompletableFuture<Void> houder = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> {
            vergrendeling.vergrendel(bsn);
            vast.countDown();
            try {
                loslaten.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        vast.await();
        try {
            CompletableFuture<Void> wachter = CompletableFuture.runAsync(
                    () -> transaction.executeWithoutResult(s -> vergrendeling.vergrendel(bsn)));

            await().atMost(Duration.ofSeconds(30)).until(wachter::isDone);
            assertThat(wachter).isCompletedExceptionally();
            try {
                wachter.get();
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DataAccessException.class)
                        .hasMessageContaining("lock timeout");
            }
            assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("2min");
            assertThat(jdbc.sql("show idle_in_transaction_session_timeout").query(String.class).single())
                    .isEqualTo("5min");
        } finally {
            loslaten.countDown();
            houder.join();
        }
    }
}
