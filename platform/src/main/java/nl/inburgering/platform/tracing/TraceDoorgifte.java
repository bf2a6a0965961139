package nl.inburgering.platform.tracing;

import java.util.Map;

/**
 * How the outbox carries the W3C Trace Context from the work that stored an event to the Kafka record
 * the relay publishes (architecture §9). The outbox stores {@link #huidigeTraceparent()} with each row;
 * the relay publishes the row inside a {@link #producent producer span} that continues that trace.
 * Trace ids and span ids are random numbers, never personal data; nothing else is propagated.
 */
public interface TraceDoorgifte {

    /** No tracing: nothing is stored, and records are published without trace headers. */
    TraceDoorgifte GEEN = new TraceDoorgifte() {

        @Override
        public String huidigeTraceparent() {
            return null;
        }

        @Override
        public Producentspan producent(String traceparent, String topic) {
            return Producentspan.GEEN;
        }

        @Override
        public Verwerkingsspan consument(String traceparent, String topic) {
            return Producentspan.GEEN;
        }
    };

    /** The W3C {@code traceparent} of the current span, or {@code null} when there is none. */
    String huidigeTraceparent();

    /**
     * Starts a producer span for publishing to {@code topic}, as a child of {@code traceparent}, or as the
     * root of a new trace when that is {@code null} or unreadable. The caller must {@link Producentspan#einde
     * end} it.
     */
    Producentspan producent(String traceparent, String topic);

    /**
     * Starts a consumer span for applying one record of {@code topic}, as a child of the record's {@code traceparent}
     * header (the relay's producer span), or as the root of a new trace when it has none. A batch listener applies
     * many records in one transaction, so Spring Kafka's per-record listener observation cannot continue each
     * record's trace: the inbox does it with this span (decision 0043). The caller must end it.
     */
    Verwerkingsspan consument(String traceparent, String topic);

    /** A started span: made current while its work runs, then ended. */
    interface Verwerkingsspan {

        /** Makes this span current until closed, so instrumentation inside it continues this trace. */
        Scope inScope();

        /** Ends the span; {@code fout} is the reason it failed, or {@code null}. */
        void einde(Throwable fout);
    }

    /** A started producer span. */
    interface Producentspan extends Verwerkingsspan {

        Producentspan GEEN = new Producentspan() {

            @Override
            public Map<String, String> headers() {
                return Map.of();
            }

            @Override
            public Scope inScope() {
                return () -> { };
            }

            @Override
            public void einde(Throwable fout) {
            }
        };

        /** The W3C propagation headers of this span ({@code traceparent}, and {@code tracestate} if any). */
        Map<String, String> headers();

    }

    /** A scope that closes without a checked exception. */
    interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
