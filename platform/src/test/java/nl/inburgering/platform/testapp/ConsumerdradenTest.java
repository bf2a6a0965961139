package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import nl.inburgering.platform.PlatformAutoConfiguration;

/**
 * A listener's consumer threads carry the name of the service and the listener: Spring Kafka's generated listener ids
 * are the same in every service, and keten-local and the benchmark run five services in one JVM.
 */
@PlatformIntegratieTest
class ConsumerdradenTest {

    @Autowired
    KafkaListenerEndpointRegistry listeners;
    @Value("${keten.service}")
    String service;

    @Test
    void elke_listener_heeft_consumerdraden_met_de_naam_van_de_service_en_de_listener() {
        assertThat(service).isNotBlank();
        assertThat(listeners.getListenerContainers()).isNotEmpty();
        for (var container : listeners.getListenerContainers()) {
            String prefix = PlatformAutoConfiguration.consumerThreadPrefix(service, container.getListenerId());
            assertThat(prefix).startsWith(service + "/");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(draden())
                    .as(container.getListenerId()).anyMatch(naam -> naam.matches(
                            java.util.regex.Pattern.quote(prefix) + "\\d+")));
        }
    }

    private static List<String> draden() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).toList();
    }
}
