package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** The flame summary the benchmark prints for a JFR recording of its measured run. */
class JfrProfielTest {

    @Test
    void de_cpu_monsters_van_een_opname_worden_verdeeld_over_bibliotheken_en_soorten_draden(@TempDir Path map)
            throws Exception {
        Path opname = map.resolve("run.jfr");
        try (Recording jfr = new Recording(Configuration.getConfiguration("profile"))) {
            jfr.start();
            long tot = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            double som = 0;
            while (System.nanoTime() < tot) { // CPU work on this thread for the sampler to see
                som += Math.sqrt(ThreadLocalRandom.current().nextDouble());
            }
            assertThat(som).isPositive();
            jfr.stop();
            jfr.dump(opname);
        }
        assertThat(Files.size(opname)).isPositive();

        JfrProfiel profiel = JfrProfiel.lees(opname);

        assertThat(profiel.monsters()).isPositive();
        assertThat(profiel.perOnderdeelProcent().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(100.0, within(0.01));
        assertThat(profiel.perDraadProcent()).containsKey("other");
    }

    @Test
    void een_draad_wordt_naar_zijn_naam_ingedeeld() {
        assertThat(JfrProfiel.soortDraad("http-nio-127.0.0.1-8081-exec-3")).isEqualTo("HTTP (Tomcat workers)");
        assertThat(JfrProfiel.soortDraad("org.springframework.kafka.KafkaListenerEndpointContainer#4-0-C-1"))
                .isEqualTo("Kafka listeners");
        assertThat(JfrProfiel.soortDraad("duo-service/org.springframework.kafka.KafkaListenerEndpointContainer#4-C-1"))
                .as("as the platform names them").isEqualTo("Kafka listeners");
        assertThat(JfrProfiel.soortDraad("data-plane-kafka-request-handler-1")).isEqualTo("Kafka broker");
        assertThat(JfrProfiel.soortDraad("kafka-admin-client-thread | keten-benchmark-meter")).isEqualTo("benchmark");
        assertThat(JfrProfiel.soortDraad("benchmark-http-2")).isEqualTo("benchmark");
        assertThat(JfrProfiel.soortDraad("main")).isEqualTo("other");
    }
}
