package nl.inburgering.platform.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * #22 to CBS in a service that has a {@link Monitoringbron} and CBS's public key
 * ({@code keten.monitoring.cbs-publieke-sleutel}, PEM): the delivery, the operator's endpoint and the schedule
 * ({@code keten.monitoring.cron}, default 03:00 on the first of every month, peildatum the first of the month;
 * {@code -} switches the schedule off). Decision 0041.
 */
@AutoConfiguration(afterName = { "nl.inburgering.platform.PlatformAutoConfiguration",
        "nl.inburgering.platform.verwerking.VerwerkingAutoConfiguration" })
@ConditionalOnBean(Monitoringbron.class)
@ConditionalOnProperty(name = "keten.monitoring.cbs-publieke-sleutel")
public class MonitoringAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringAutoConfiguration.class);

    @Bean
    Monitoringlevering monitoringlevering(Monitoringbron bron,
            @Value("${keten.monitoring.cbs-publieke-sleutel}") String publiekeSleutel, Outbox outbox,
            Persoonsverwerking verwerking, JdbcClient platformJdbcClient, TransactionTemplate platformTransactionTemplate,
            Clock clock, @Value("${keten.monitoring.batchgrootte:200}") int batchgrootte) {
        return new Monitoringlevering(bron, CbsVersleuteling.metPubliekeSleutel(publiekeSleutel), outbox, verwerking,
                platformJdbcClient, platformTransactionTemplate, clock, batchgrootte);
    }

    @Bean
    MonitoringController monitoringController(Monitoringlevering levering, Clock clock) {
        return new MonitoringController(levering, clock);
    }

    @Bean
    SmartLifecycle monitoringschema(Monitoringlevering levering, Clock clock,
            @Value("${keten.monitoring.cron:0 0 3 1 * *}") String cron) {
        return new SmartLifecycle() {
            private ConcurrentTaskScheduler planner;

            @Override
            public void start() {
                if (Scheduled.CRON_DISABLED.equals(cron)) {
                    return;
                }
                planner = new ConcurrentTaskScheduler(Executors.newSingleThreadScheduledExecutor(
                        r -> new Thread(r, "monitoring-levering")));
                planner.setClock(clock);
                planner.schedule(() -> {
                    try {
                        levering.lever(Monitoringlevering.peildatumVan(LocalDate.now(clock)));
                    } catch (RuntimeException e) {
                        LOG.error("#22: de geplande levering aan CBS is mislukt; de volgende keer gaat hij verder", e);
                    }
                }, new CronTrigger(cron, clock.getZone()));
            }

            @Override
            public void stop() {
                if (planner != null) {
                    ((java.util.concurrent.ExecutorService) planner.getConcurrentExecutor()).shutdownNow();
                    planner = null;
                }
            }

            @Override
            public boolean isRunning() {
                return planner != null;
            }
        };
    }
}
