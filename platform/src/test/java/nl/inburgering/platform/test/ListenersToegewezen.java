package nl.inburgering.platform.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Holds a test context back until every Kafka listener of the service owns its partitions. Test classes share one
 * broker and one consumer group per service; a context of an earlier class that did not leave the group cleanly
 * keeps partitions until the session times out, and an event published in that window waits unseen. Waiting here
 * keeps that start-up wait out of the domain assertions' timeouts.
 */
final class ListenersToegewezen implements ApplicationListener<ApplicationReadyEvent> {

    private static final Duration MAXIMAAL = Duration.ofMinutes(3);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        event.getApplicationContext().getBeanProvider(KafkaListenerEndpointRegistry.class).ifAvailable(registry ->
                registry.getListenerContainers().stream()
                        .filter(MessageListenerContainer::isAutoStartup)
                        .forEach(ListenersToegewezen::wachtOpToewijzing));
    }

    private static void wachtOpToewijzing(MessageListenerContainer container) {
        await("partities voor listener " + container.getListenerId()).atMost(MAXIMAAL)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> elkeConsumerHeeftPartities(container.getAssignmentsByClientId()));
    }

    private static boolean elkeConsumerHeeftPartities(Map<String, Collection<TopicPartition>> perConsumer) {
        return perConsumer != null && !perConsumer.isEmpty()
                && perConsumer.values().stream().allMatch(partities -> partities != null && !partities.isEmpty());
    }
}
