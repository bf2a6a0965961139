package nl.inburgering.contracts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;

/**
 * A stelseldienst on Kafka (architecture §3): one topic, so that Kafka ACLs can grant a partner exactly the
 * stelseldiensten it may read (doelbinding); or, when its records are meant for different recipients (a gemeente, an
 * instelling, COA), a topic per recipient, {@code <name>.<afnemer>}, so that an ACL per recipient enforces that
 * gemeente A never reads gemeente B's records (decision 0018). Which recipient a record is for is declared by the
 * {@link Adressering} of each consumer.
 *
 * @param name          {@code <producer>.<stelseldienst-in-kebab>.v<major>}; the stelseldienst's name, also of its
 *                      topics per recipient
 * @param stelseldienst number in the table of seed §17.2 / §14.3, or {@code null} for BRP-bijhouding
 * @param titel         the stelseldienst's Dutch title
 * @param adressering   empty: one topic that every consumer reads entirely; otherwise one per consumer, and a topic
 *                      per recipient
 */
public record Topic(
        String name,
        Integer stelseldienst,
        String titel,
        Ketenpartner producer,
        Set<Ketenpartner> consumers,
        List<EventType> eventTypes,
        Leveringsafspraak leveringsafspraak,
        List<Adressering> adressering) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(leveringsafspraak, "leveringsafspraak");
        consumers = Set.copyOf(consumers);
        eventTypes = List.copyOf(eventTypes);
        adressering = List.copyOf(adressering);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("topic " + name + " carries no event type");
        }
        if (!adressering.isEmpty()) {
            Set<Ketenpartner> geadresseerd = adressering.stream().map(Adressering::partner).collect(Collectors.toSet());
            if (!geadresseerd.equals(consumers) || geadresseerd.size() != adressering.size()) {
                throw new IllegalArgumentException("topic " + name + " adresseert " + geadresseerd
                        + ", één adressering per afnemer van " + consumers + " nodig");
            }
        }
    }

    /** One topic that every consumer reads entirely. */
    public Topic(String name, Integer stelseldienst, String titel, Ketenpartner producer, Set<Ketenpartner> consumers,
            List<EventType> eventTypes, Leveringsafspraak leveringsafspraak) {
        this(name, stelseldienst, titel, producer, consumers, eventTypes, leveringsafspraak, List.of());
    }

    /** This stelseldienst with a topic per recipient, found in each record as declared per consumer. */
    public Topic perAfnemer(Adressering... perConsument) {
        return new Topic(name, stelseldienst, titel, producer, consumers, eventTypes, leveringsafspraak,
                List.of(perConsument));
    }

    /** Whether this stelseldienst has a topic per recipient rather than one topic. */
    public boolean perAfnemer() {
        return !adressering.isEmpty();
    }

    /** Where consumers park poison and schema-incompatible messages (architecture §3). */
    public String deadLetterTopic() {
        return name + "-dlt";
    }

    /** The topic of one recipient: {@code <name>.<afnemer>}, or {@link #name()} when there is one topic. */
    public String topicVoor(Afnemer afnemer) {
        if (!consumers.contains(afnemer.partner())) {
            throw new IllegalArgumentException(afnemer + " is geen afnemer van " + name);
        }
        return perAfnemer() ? name + "." + afnemer.achtervoegsel() : name;
    }

    /**
     * The topics that {@code partner} reads, as the recipients {@code codes} (its gemeentecodes or
     * instellingsnummers; ignored for a partner that is one organisation).
     */
    public Set<String> topicsVoor(Ketenpartner partner, Collection<String> codes) {
        if (!consumers.contains(partner)) {
            return Set.of();
        }
        if (!perAfnemer()) {
            return Set.of(name);
        }
        if (!partner.veelvoudig()) {
            return Set.of(topicVoor(Afnemer.van(partner)));
        }
        return codes.stream().map(code -> topicVoor(new Afnemer(partner, code)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The recipients {@code event} is meant for; empty when there is one topic for all consumers. */
    public Set<Afnemer> afnemers(SpecificRecord event) {
        eventType(event.getClass());
        Set<Afnemer> afnemers = new LinkedHashSet<>();
        adressering.forEach(a -> afnemers.addAll(a.afnemers(event)));
        return afnemers;
    }

    /**
     * The topics {@code event} is published on: {@link #name()}, or the topic of each recipient it is meant for.
     *
     * @throws IllegalArgumentException when a stelseldienst per recipient finds no recipient in the event
     */
    public Set<String> topicsVoor(SpecificRecord event) {
        if (!perAfnemer()) {
            eventType(event.getClass());
            return Set.of(name);
        }
        Set<String> topics = afnemers(event).stream().map(this::topicVoor)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (topics.isEmpty()) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " op " + name
                    + " is voor niemand: de adressering vindt geen afnemer in het event");
        }
        return topics;
    }

    /**
     * Whether {@code topic} is this stelseldienst's: its name, or (per recipient) {@code <name>.<afnemer>}; the
     * recipient, if any.
     */
    public Optional<Afnemer> afnemerVan(String topic) {
        if (!perAfnemer() || !topic.startsWith(name + ".")) {
            return Optional.empty();
        }
        String rest = topic.substring(name.length() + 1);
        for (Ketenpartner partner : consumers) {
            String naam = partner.name().toLowerCase(java.util.Locale.ROOT);
            if (!partner.veelvoudig() && rest.equals(naam)) {
                return Optional.of(Afnemer.van(partner));
            }
            if (partner.veelvoudig() && rest.startsWith(naam + ".") && rest.length() > naam.length() + 1) {
                try {
                    return Optional.of(new Afnemer(partner, rest.substring(naam.length() + 1)));
                } catch (IllegalArgumentException geenCode) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
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
