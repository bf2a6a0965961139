package nl.inburgering.platform.logboek;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.tracing.Tracer;
import nl.inburgering.platform.PlatformAutoConfiguration;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.events.Pseudoniem;

/** The Logboek dataverwerkingen of every service: {@link Logboek} to write, {@link Logboekinzage} to read. */
@AutoConfiguration(after = PlatformAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" })
public class LogboekAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Logboek logboek(DataSource dataSource, PlatformTransactionManager transactionManager, Pseudoniem pseudoniem,
            ObjectProvider<Tracer> tracer, Clock clock, KetenProperties properties) {
        TransactionTemplate eigenTransactie = new TransactionTemplate(transactionManager);
        eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new PostgresLogboek(new JdbcTemplate(dataSource), eigenTransactie, pseudoniem,
                tracer.getIfAvailable(() -> Tracer.NOOP), clock, properties.oin(), properties.service());
    }

    @Bean
    @ConditionalOnMissingBean
    Logboekinzage logboekinzage(DataSource dataSource, Pseudoniem pseudoniem) {
        return new Logboekinzage(JdbcClient.create(dataSource), pseudoniem);
    }
}
