package nl.inburgering.platform.tracing;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import nl.inburgering.platform.PlatformAutoConfiguration;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.outbox.OutboxRelay;

/**
 * Trace propagation through the outbox (architecture §9). Incoming HTTP requests continue their
 * {@code traceparent} through Spring MVC's observation, and Kafka listeners through Spring Kafka's
 * ({@code spring.kafka.listener.observation-enabled} in the platform defaults); this configuration
 * covers the hop in between: the {@link Outbox} stores the current trace with each row and the
 * {@link OutboxRelay} publishes the row in a producer span of that trace.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration" },
        after = PlatformAutoConfiguration.class)
public class PlatformTracingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TraceDoorgifte traceDoorgifte(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null ? TraceDoorgifte.GEEN : new MicrometerTraceDoorgifte(t, p);
    }

    /** Hands the trace propagation to the outbox and its relay, which the platform creates without it. */
    @Bean
    static BeanPostProcessor outboxTraceDoorgifte(ObjectProvider<TraceDoorgifte> doorgifte) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) throws BeansException {
                if (bean instanceof Outbox) {
                    ((Outbox) bean).gebruik(doorgifte.getObject());
                } else if (bean instanceof OutboxRelay) {
                    ((OutboxRelay) bean).gebruik(doorgifte.getObject());
                }
                return bean;
            }
        };
    }
}
