package nl.inburgering.contracts;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * One kind of fact on a topic: its CloudEvents {@code type} (reverse-DNS, named after the domain,
 * stable across Java refactorings) and the generated Avro class of its payload.
 */
public record EventType(String type, Class<? extends SpecificRecord> schema) {

    public EventType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(schema, "schema");
    }

    /** Convenience for the common case {@code nl.inburgering.<suffix>}. */
    public static EventType of(String suffix, Class<? extends SpecificRecord> schema) {
        return new EventType("nl.inburgering." + suffix, schema);
    }
}
