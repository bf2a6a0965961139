package nl.inburgering.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.specific.SpecificRecord;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;

/**
 * The outbound side of a service's stelseldiensten: its {@link UitgaandeVertaling}s by domain event, checked at
 * start-up against the catalogue, so a service can only publish on topics the catalogue names it producer of.
 */
public class Uitgaand {

    private final Map<Class<?>, UitgaandeVertaling<?, ?>> vertalingen = new HashMap<>();
    private final Ketenpartner partner;
    private final boolean controle;
    private final Set<Ketenpartner> gehost;

    /**
     * @param controle false only for the platform's own test application, which plays several partners
     */
    public Uitgaand(Ketenpartner partner, List<UitgaandeVertaling<?, ?>> vertalingen, boolean controle) {
        this(partner, vertalingen, controle, Set.of());
    }

    /**
     * @param gehost the partners without a service of their own whose medewerkers use this service and whose
     *               stelseldiensten it publishes for them ({@code keten.gehoste-partners}; SZW in DUO's service)
     */
    public Uitgaand(Ketenpartner partner, List<UitgaandeVertaling<?, ?>> vertalingen, boolean controle,
            Set<Ketenpartner> gehost) {
        this.partner = partner;
        this.controle = controle;
        this.gehost = Set.copyOf(gehost);
        for (UitgaandeVertaling<?, ?> vertaling : vertalingen) {
            if (this.vertalingen.put(vertaling.domeinevent(), vertaling) != null) {
                throw new IllegalStateException("twee uitgaande vertalingen voor " + vertaling.domeinevent().getName());
            }
            topicVan(vertaling.contract());
        }
    }

    /**
     * The topics this service's translations write, and the topic on which the platform publishes the delivery
     * agreements this partner counted (decision 0042; every partner but DUO).
     */
    public Set<String> topics() {
        Set<String> topics = new java.util.TreeSet<>();
        vertalingen.values().forEach(v -> topics.add(TopicCatalogue.forSchema(v.contract()).name()));
        TopicCatalogue.leveringsafsprakenVan(partner).ifPresent(t -> topics.add(t.name()));
        return java.util.Collections.unmodifiableSet(topics);
    }

    @SuppressWarnings("unchecked")
    SpecificRecord naarContract(Object event) {
        if (event instanceof SpecificRecord contract) {
            return contract;
        }
        UitgaandeVertaling<Object, ?> vertaling = (UitgaandeVertaling<Object, ?>) vertalingen.get(event.getClass());
        if (vertaling == null) {
            throw new IllegalArgumentException("geen UitgaandeVertaling voor " + event.getClass().getName()
                    + ": voeg er een toe in messaging/");
        }
        return vertaling.vertaal(event);
    }

    Topic topicVan(Class<?> contract) {
        Topic topic = TopicCatalogue.forSchema(contract);
        if (controle && topic.producer() != partner && !gehost.contains(topic.producer())) {
            throw new IllegalStateException(partner + " publiceert " + contract.getSimpleName() + " op " + topic.name()
                    + ", maar de catalogus noemt " + topic.producer() + " de producent");
        }
        return topic;
    }
}
