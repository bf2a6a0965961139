package nl.inburgering.platform.kafka;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;

/**
 * The Kafka clients' own Micrometer meters only on request ({@code keten.kafka.clientmetrieken=true}); decision 0053.
 *
 * <p>Spring Boot binds every consumer and producer to the registry, and Micrometer's binder then compares each
 * client's metrics with every meter of the registry once a minute. A service has a consumer per partition of every
 * listener (63 at the gemeente), so that comparison grows with the square of the clients: in the idle local chain it
 * had two thirds of the JVM's CPU samples. The chain's own meters (the outbox, the inbox, dead letters, the delivery
 * agreements) stay; consumer lag is the broker's to report (its consumer groups), per group and partition.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.metrics.KafkaMetricsAutoConfiguration")
@ConditionalOnProperty(name = "keten.kafka.clientmetrieken", havingValue = "false", matchIfMissing = true)
public class KafkaClientmetriekenAutoConfiguration {

    @Bean
    static BeanPostProcessor zonderKafkaClientmetrieken() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DefaultKafkaConsumerFactory<?, ?> consumenten) {
                    zonderMicrometer(consumenten);
                } else if (bean instanceof DefaultKafkaProducerFactory<?, ?> producenten) {
                    zonderMicrometer(producenten);
                }
                return bean;
            }
        };
    }

    private static <K, V> void zonderMicrometer(DefaultKafkaConsumerFactory<K, V> factory) {
        factory.getListeners().stream().filter(MicrometerConsumerListener.class::isInstance).toList()
                .forEach(factory::removeListener);
    }

    private static <K, V> void zonderMicrometer(DefaultKafkaProducerFactory<K, V> factory) {
        factory.getListeners().stream().filter(MicrometerProducerListener.class::isInstance).toList()
                .forEach(factory::removeListener);
    }
}
