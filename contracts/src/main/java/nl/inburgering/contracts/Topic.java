package nl.inburgering.contracts;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Kafka topic: one per stelseldienst (architecture §3), so that Kafka ACLs can grant a partner
 * exactly the stelseldiensten it may read (doelbinding).
 *
 * @param name          {@code <producer>.<stelseldienst-in-kebab>.v<major>}
 * @param stelseldienst number in the table of seed §17.2 / §14.3, or {@code null} for BRP-bijhouding
 * @param titel         the stelseldienst's Dutch title
 */
public record Topic(
        String name,
        Integer stelseldienst,
        String titel,
        Ketenpartner producer,
        Set<Ketenpartner> consumers,
        List<EventType> eventTypes,
        Leveringsafspraak leveringsafspraak) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(leveringsafspraak, "leveringsafspraak");
        consumers = Set.copyOf(consumers);
        eventTypes = List.copyOf(eventTypes);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("topic " + name + " carries no event type");
        }
    }

    /** Where consumers park poison and schema-incompatible messages (architecture §3). */
    public String deadLetterTopic() {
        return name + "-dlt";
    }

    /** The event type for a payload class on this topic. */
    public EventType eventType(Class<?> schema) {
        return eventTypes.stream()
                .filter(e -> e.schema().equals(schema))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        schema.getName() + " is not carried on topic " + name));
    }

    public boolean carries(Class<?> schema) {
        return eventTypes.stream().anyMatch(e -> e.schema().equals(schema));
    }
}
