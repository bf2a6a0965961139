package nl.inburgering.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real infrastructure for integration tests: one in-process KRaft Kafka broker and one embedded
 * PostgreSQL per test JVM, shared by every Spring context. Each service gets its own database, as in
 * production. Use it as {@code @ContextConfiguration(initializers = KetenTestInfrastructuur.class)}.
 */
public class KetenTestInfrastructuur implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedKafkaKraftBroker broker;
    private static EmbeddedPostgres postgres;

    public static synchronized String kafkaBootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            // One broker: the transaction log (the outbox relay's Kafka transactions) must fit on it.
            broker.brokerProperties(java.util.Map.of("transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1", "transaction.state.log.num.partitions", "3"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
        }
        return broker.getBrokersAsString();
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting; nothing left to clean up
                }
            }, "test-postgres-stop"));
        }
        return postgres;
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public static synchronized String database(String naam) {
        EmbeddedPostgres pg = postgres();
        try (Connection connection = pg.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var bestaat = statement.executeQuery("select 1 from pg_database where datname = '" + naam + "'");
            if (!bestaat.next()) {
                statement.execute("create database " + naam);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("kon testdatabase " + naam + " niet maken", e);
        }
        return pg.getJdbcUrl("postgres", naam);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String service = context.getEnvironment().getRequiredProperty("keten.service");
        String database = "test_" + service.replace("-service", "").replace('-', '_');
        TestPropertyValues.of(
                "spring.datasource.url=" + database(database),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres",
                "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                // A member of an earlier test context that vanished without leaving frees its partitions sooner.
                "spring.kafka.consumer.properties.session.timeout.ms=10000",
                "spring.kafka.consumer.properties.heartbeat.interval.ms=1000",
                // Each test context rebalances its groups; a consumer given a partition waits for its open empty fetch
                // (decision 0053), so the tests keep Kafka's own 500 ms.
                "keten.kafka.lege-fetch-wachttijd=500ms",
                "keten.security.vertrouwde-uitgevers[0].issuer=" + TestTokens.UITGEVER,
                "keten.security.vertrouwde-uitgevers[0].public-key=" + TestTokens.publicKeyPem(),
                "keten.security.vertrouwde-uitgevers[0].rollen=" + String.join(",",
                        java.util.Arrays.stream(nl.inburgering.platform.security.Rol.values()).map(Enum::name)
                                .toList()),
                "keten.security.vertrouwde-uitgevers[0].organisaties=*",
                // A second issuer, trusted only for DUO's own systems: to test that an issuer asserts no more.
                "keten.security.vertrouwde-uitgevers[1].issuer=" + TestTokens.GEBONDEN_UITGEVER,
                "keten.security.vertrouwde-uitgevers[1].public-key=" + TestTokens.publicKeyPem(),
                "keten.security.vertrouwde-uitgevers[1].rollen=PARTNERSYSTEEM",
                "keten.security.vertrouwde-uitgevers[1].organisaties=" + TestTokens.OIN_GEBONDEN_UITGEVER)
                .applyTo(context);
        context.addApplicationListener(new ListenersToegewezen());
    }
}
