package nl.inburgering.platform.kafka;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.outbox.Uitgaand;

/**
 * Holds a service to the topic catalogue: at start-up every topic its listeners read must name this partner as
 * consumer, and every topic it can publish must name it as producer; otherwise the service refuses to start. What it
 * reads and writes is also exposed, so the local chain's test can compare all five services with the catalogue.
 */
public class KetenpartnerTopics implements ApplicationListener<ContextRefreshedEvent> {

    private final Ketenpartner partner;
    private final KafkaListenerEndpointRegistry listeners;
    private final Uitgaand uitgaand;
    private final boolean controle;
    private final Set<Ketenpartner> gehost;

    public KetenpartnerTopics(Ketenpartner partner, KafkaListenerEndpointRegistry listeners, Uitgaand uitgaand,
            boolean controle) {
        this(partner, listeners, uitgaand, controle, Set.of());
    }

    /**
     * @param gehost the partners without a service of their own this service publishes for
     *               ({@code keten.gehoste-partners})
     */
    public KetenpartnerTopics(Ketenpartner partner, KafkaListenerEndpointRegistry listeners, Uitgaand uitgaand,
            boolean controle, Set<Ketenpartner> gehost) {
        this.partner = partner;
        this.listeners = listeners;
        this.uitgaand = uitgaand;
        this.controle = controle;
        this.gehost = Set.copyOf(gehost);
    }

    /** The partners this service hosts: it writes their topics as theirs ({@code keten.gehoste-partners}). */
    public Set<Ketenpartner> gehost() {
        return gehost;
    }

    public Ketenpartner partner() {
        return partner;
    }

    /**
     * The stelseldiensten this service's listeners read, by the catalogue's name (dead-letter topics excluded): of a
     * stelseldienst per recipient its name, whichever recipients' topics are read ({@link #gelezenTopics()}).
     */
    public Set<String> gelezen() {
        return gelezenTopics().stream().map(KetenpartnerTopics::stelseldienst)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The topics this service's listeners read, as subscribed: {@code duo.inburgeringsplicht.v1.gemeente.0363}. */
    public Set<String> gelezenTopics() {
        return listeners.getListenerContainers().stream()
                .map(MessageListenerContainer::getContainerProperties)
                .filter(p -> p.getTopics() != null)
                .flatMap(p -> Arrays.stream(p.getTopics()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String stelseldienst(String topic) {
        try {
            return TopicCatalogue.byName(topic).name();
        } catch (IllegalArgumentException onbekend) {
            return topic;
        }
    }

    /** The topics this service's outbound translations write. */
    public Set<String> geschreven() {
        return new TreeSet<>(uitgaand.topics());
    }

    /** After refresh, when every {@code @KafkaListener} container is registered; a failure stops the start. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!controle) {
            return;
        }
        Set<String> teVeel = new TreeSet<>(gelezen());
        teVeel.removeAll(TopicCatalogue.consumedBy(partner));
        if (!teVeel.isEmpty()) {
            throw new IllegalStateException(partner + " leest " + teVeel
                    + ", maar de topiccatalogus noemt " + partner + " daar geen afnemer van");
        }
        Set<String> vanAnderen = gelezenTopics().stream()
                .filter(topic -> TopicCatalogue.afnemerVan(topic).filter(a -> a.partner() != partner).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!vanAnderen.isEmpty()) {
            throw new IllegalStateException(partner + " leest " + vanAnderen
                    + ", maar die topics zijn voor een andere afnemer dan " + partner);
        }
        Set<String> nietEigen = new TreeSet<>(geschreven());
        nietEigen.removeAll(TopicCatalogue.producedBy(partner));
        gehost.forEach(gehostePartner -> nietEigen.removeAll(TopicCatalogue.producedBy(gehostePartner)));
        if (!nietEigen.isEmpty()) {
            throw new IllegalStateException(partner + " schrijft " + nietEigen
                    + ", maar de topiccatalogus noemt " + partner + " daar geen producent van");
        }
    }
}
