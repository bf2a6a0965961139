package nl.inburgering.platform.inbox;

import java.net.URI;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * Which systems may be the CloudEvents {@code source} of a topic: the systems of the partner the catalogue names its
 * producer (issue 11, item 23; decision 0011). A source is {@code urn:nld:oin:<OIN>:systeem:<service>} (the
 * {@code Outbox} writes it from {@code keten.oin} and {@code keten.service}); the producer is recognised by the
 * service name, {@code <partner>-service} in lower case (the chain's naming), plus any systems configured for it in
 * {@code keten.inbox.bronnen.<PARTNER>}. An event from another system is not the topic's: it is refused as invalid and
 * dead-lettered. Topics outside the catalogue are not checked (the service's catalogue check refuses those at start-up).
 */
public final class Bronnen {

    private static final Pattern SOURCE = Pattern.compile("urn:nld:oin:(\\d{20}):systeem:([a-z0-9][a-z0-9-]*)");

    private final Map<Ketenpartner, Set<String>> systemen = new EnumMap<>(Ketenpartner.class);

    /** Only the chain's own naming: each producer's {@code <partner>-service}. */
    public static Bronnen standaard() {
        return new Bronnen(Map.of());
    }

    /** @param extra further systems per partner, next to its {@code <partner>-service} */
    public Bronnen(Map<Ketenpartner, ? extends Collection<String>> extra) {
        for (Ketenpartner partner : Ketenpartner.values()) {
            Set<String> namen = new HashSet<>();
            namen.add(partner.name().toLowerCase(Locale.ROOT) + "-service");
            if (extra.containsKey(partner)) {
                namen.addAll(extra.get(partner));
            }
            systemen.put(partner, Set.copyOf(namen));
        }
    }

    /** @throws InvalidEventException when {@code source} is not a system of the producer of {@code topic} */
    public void controleer(String topic, URI source) {
        Topic catalogus;
        try {
            catalogus = TopicCatalogue.byName(topic);
        } catch (IllegalArgumentException onbekend) {
            return;
        }
        Matcher bron = SOURCE.matcher(source == null ? "" : source.toString());
        if (!bron.matches()) {
            throw new InvalidEventException(InvalidEventException.Soort.ONBEKENDE_BRON, "source " + source + " op "
                    + topic + " is geen urn:nld:oin:<OIN>:systeem:<dienst>", null);
        }
        if (!systemen.get(catalogus.producer()).contains(bron.group(2))) {
            throw new InvalidEventException(InvalidEventException.Soort.ONBEKENDE_BRON, "source " + source + " op "
                    + topic + " is geen systeem van " + catalogus.producer() + ", de producent van dit topic", null);
        }
    }
}
