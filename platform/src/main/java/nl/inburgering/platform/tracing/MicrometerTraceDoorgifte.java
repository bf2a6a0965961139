package nl.inburgering.platform.tracing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * {@link TraceDoorgifte} on Micrometer Tracing. The propagator is the one Spring Boot configures
 * ({@code management.tracing.propagation.type}, W3C in the platform defaults), so what is stored and
 * sent is exactly what Spring MVC and Spring Kafka read.
 */
public class MicrometerTraceDoorgifte implements TraceDoorgifte {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public MicrometerTraceDoorgifte(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public String huidigeTraceparent() {
        Span span = tracer.currentSpan();
        if (span == null || leeg(span.context())) {
            return null;
        }
        return headers(span.context()).get(TRACEPARENT);
    }

    @Override
    public Producentspan producent(String traceparent, String topic) {
        return new MicrometerSpan(start(traceparent, "publiceer " + topic, Span.Kind.PRODUCER, topic));
    }

    @Override
    public Verwerkingsspan consument(String traceparent, String topic) {
        return new MicrometerSpan(start(traceparent, "verwerk " + topic, Span.Kind.CONSUMER, topic));
    }

    /** A started span of either kind; a consumer's headers are simply not asked for. */
    private final class MicrometerSpan implements Producentspan {

        private final Span span;

        private MicrometerSpan(Span span) {
            this.span = span;
        }

        @Override
        public Map<String, String> headers() {
            return leeg(span.context()) ? Map.of() : MicrometerTraceDoorgifte.this.headers(span.context());
        }

        @Override
        public Scope inScope() {
            Tracer.SpanInScope scope = tracer.withSpan(span);
            return scope::close;
        }

        @Override
        public void einde(Throwable fout) {
            if (fout != null) {
                span.error(fout);
            }
            span.end();
        }
    }

    private Span start(String traceparent, String naam, Span.Kind soort, String topic) {
        Span.Builder bouwer = traceparent == null
                ? tracer.spanBuilder().setNoParent()
                : propagator.extract(Map.of(TRACEPARENT, traceparent), (drager, sleutel) -> drager.get(sleutel));
        // The topic is the only attribute: never anything from the payload or the key.
        return bouwer.name(naam).kind(soort).tag("messaging.system", "kafka")
                .tag("messaging.destination.name", topic).start();
    }

    private Map<String, String> headers(TraceContext context) {
        Map<String, String> headers = new LinkedHashMap<>();
        propagator.inject(context, headers, (drager, sleutel, waarde) -> drager.put(sleutel, waarde));
        return headers;
    }

    private static boolean leeg(TraceContext context) {
        return context == null || context.traceId() == null || context.traceId().isEmpty();
    }
}
