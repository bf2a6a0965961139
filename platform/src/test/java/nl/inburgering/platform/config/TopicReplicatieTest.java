package nl.inburgering.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.platform.PlatformAutoConfiguration;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TopicReplicatieTest {

    private final ApplicationContextRunner dienst = new ApplicationContextRunner()
            .withUserConfiguration(Instellingen.class)
            .withPropertyValues("keten.service=test-dienst", "keten.partner=DUO", "keten.oin=00000001003214345000",
                    "keten.kafka.partities=3");

    @Test
    void op_een_cluster_krijgt_elk_topic_de_replicatie_en_min_insync_replicas_uit_de_configuratie() {
        dienst.withPropertyValues("keten.kafka.replicatie=3", "keten.kafka.min-insync-replicas=2").run(context -> {
            NewTopic topic = PlatformAutoConfiguration.nieuwTopic("duo.inburgeringsplicht.v1", context.getBean(KetenProperties.class).kafka());
            assertThat(topic.numPartitions()).isEqualTo(3);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
            assertThat(topic.configs()).containsEntry("min.insync.replicas", "2");
        });
    }

    @Test
    void een_dead_letter_topic_bewaart_zijn_berichten_standaard_een_jaar_en_een_gewoon_topic_niet_anders_dan_de_broker() {
        dienst.withPropertyValues("keten.kafka.replicatie=3", "keten.kafka.min-insync-replicas=2").run(context -> {
            KetenProperties.Kafka kafka = context.getBean(KetenProperties.class).kafka();
            NewTopic dlt = PlatformAutoConfiguration.nieuwDltTopic("duo.inburgeringsplicht.v1-dlt", kafka,
                    Duration.ofDays(400));
            assertThat(dlt.configs()).containsEntry("retention.ms", String.valueOf(Duration.ofDays(365).toMillis()))
                    .containsEntry("min.insync.replicas", "2");
            assertThat(dlt.replicationFactor()).isEqualTo((short) 3);
            assertThat(PlatformAutoConfiguration.nieuwTopic("duo.inburgeringsplicht.v1", kafka).configs())
                    .doesNotContainKey("retention.ms");
        });
    }

    @Test
    void de_bewaartermijn_van_de_dead_letter_topics_komt_uit_keten_kafka_dlt_retentie() {
        dienst.withPropertyValues("keten.kafka.replicatie=1", "keten.kafka.min-insync-replicas=1",
                "keten.kafka.dlt-retentie=P90D").run(context -> assertThat(PlatformAutoConfiguration
                        .nieuwDltTopic("duo.inburgeringsplicht.v1-dlt", context.getBean(KetenProperties.class).kafka(),
                                Duration.ofDays(400))
                        .configs()).containsEntry("retention.ms", String.valueOf(Duration.ofDays(90).toMillis())));
    }

    @Test
    void een_dead_letter_topic_dat_langer_bewaart_dan_de_inbox_start_niet_en_noemt_beide_instellingen() {
        KetenProperties.Kafka kafka = new KetenProperties.Kafka(3, 1, 1, Duration.ofDays(500));
        assertThatThrownBy(() -> PlatformAutoConfiguration.nieuwDltTopic("duo.inburgeringsplicht.v1-dlt", kafka,
                Duration.ofDays(400))).hasMessageContaining("keten.kafka.dlt-retentie")
                .hasMessageContaining("keten.inbox.bewaartermijn");
        assertThatThrownBy(() -> new KetenProperties.Kafka(3, 1, 1, Duration.ZERO))
                .hasMessageContaining("keten.kafka.dlt-retentie");
    }

    @Test
    void min_insync_replicas_boven_de_replicatie_start_niet_en_noemt_de_instelling() {
        dienst.withPropertyValues("keten.kafka.replicatie=1", "keten.kafka.min-insync-replicas=2")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("keten.kafka.min-insync-replicas"));
    }

    @Test
    void zonder_replicatie_start_een_dienst_niet() {
        assertThatThrownBy(() -> new KetenProperties.Kafka(3, 0, 1)).hasMessageContaining("keten.kafka.replicatie ontbreekt");
    }

    @Configuration
    @EnableConfigurationProperties(KetenProperties.class)
    static class Instellingen {
    }
}
