package nl.inburgering.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KafkaClientmetriekenTest {

    private final ApplicationContextRunner dienst = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaMetricsAutoConfiguration.class,
                    KafkaClientmetriekenAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withPropertyValues("spring.kafka.bootstrap-servers=localhost:1");

    @Test
    void een_dienst_registreert_de_eigen_meters_van_zijn_kafka_clients_niet() {
        dienst.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(kafkaMetersNaEenConsumentEnEenProducent(context)).isZero();
        });
    }

    @Test
    void wie_de_meters_van_de_kafka_clients_vraagt_krijgt_ze() {
        dienst.withPropertyValues("keten.kafka.clientmetrieken=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(kafkaMetersNaEenConsumentEnEenProducent(context)).isPositive();
        });
    }

    /** Micrometer's binder registers a client's meters when the client is created, before it connects. */
    private static long kafkaMetersNaEenConsumentEnEenProducent(AssertableApplicationContext context) {
        ConsumerFactory<?, ?> consumenten = context.getBean(ConsumerFactory.class);
        ProducerFactory<?, ?> producenten = context.getBean(ProducerFactory.class);
        try (Consumer<?, ?> consument = consumenten.createConsumer("groep", "client");
                Producer<?, ?> producent = producenten.createProducer()) {
            return context.getBean(MeterRegistry.class).getMeters().stream()
                    .filter(meter -> meter.getId().getName().startsWith("kafka.")).count();
        }
    }
}
