package nl.inburgering.platform.deadletter;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.kafka.KetenpartnerTopics;
import nl.inburgering.platform.observatie.KetenMetrieken;

/**
 * The operator's dead letters ({@link DeadLetters}): the topics the catalogue gives this partner to read, and any
 * other its listeners read; the endpoint in a web application.
 */
@AutoConfiguration(afterName = { "nl.inburgering.platform.PlatformAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration" })
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetters deadLetters(ConsumerFactory<?, ?> consumerFactory, KafkaTemplate<String, byte[]> kafkaTemplate,
            JdbcClient platformJdbcClient, Clock clock, KetenProperties properties, KetenpartnerTopics topics,
            KetenMetrieken metrieken, @Value("${spring.kafka.consumer.group-id:${keten.service}}") String groep,
            @Value("${keten.dead-letters.maximum-per-partitie:10000}") int maximumPerPartitie) {
        return new DeadLetters(consumerFactory.getConfigurationProperties(), kafkaTemplate, platformJdbcClient, clock,
                groep, () -> {
                    Set<String> gelezen = new TreeSet<>(TopicCatalogue.consumedBy(properties.partner()));
                    gelezen.addAll(topics.gelezen());
                    // a stelseldienst per recipient (decision 0018) is read on this partner's own topics, whose -dlt
                    // hold its dead letters: without them a letter there could be neither listed nor replayed
                    gelezen.addAll(topics.gelezenTopics());
                    return gelezen;
                }, maximumPerPartitie, metrieken);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Endpoint {

        @Bean
        DeadLetterController deadLetterController(DeadLetters deadLetters) {
            return new DeadLetterController(deadLetters);
        }
    }
}
