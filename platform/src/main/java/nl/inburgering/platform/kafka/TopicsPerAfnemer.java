package nl.inburgering.platform.kafka;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.kafka.annotation.KafkaListenerAnnotationBeanPostProcessor;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;

/**
 * Turns the stelseldienst a {@code @KafkaListener} names into the topics this partner reads (decision 0018): a
 * stelseldienst with one topic stays that topic; of one with a topic per recipient the listener reads this partner's
 * own: {@code duo.inburgeringsplicht.v1.coa} in coa-service, {@code duo.inburgeringsplicht.v1.gemeente.<code>} for
 * every gemeente in {@code keten.gemeenten} in a gemeente-service (an explicit list: a gemeente that joins is added to
 * the configuration and the service restarted; no pattern subscription, which would only see a new topic after a
 * metadata refresh). So a listener keeps its compile-time constant ({@code topics = Topics.INBURGERINGSPLICHT}).
 *
 * <p>A gemeente-service (or instelling-service) without gemeenten (instellingen) would read nothing: it refuses to
 * start and names the setting. A name that is not a stelseldienst of the catalogue, or that this partner does not
 * consume, is left as it is (the start-up check {@link KetenpartnerTopics} refuses the latter).
 */
public final class TopicsPerAfnemer implements KafkaListenerAnnotationBeanPostProcessor.AnnotationEnhancer {

    private final Environment omgeving;

    public TopicsPerAfnemer(Environment omgeving) {
        this.omgeving = omgeving;
    }

    @Override
    public Map<String, Object> apply(Map<String, Object> attributen, AnnotatedElement element) {
        if (!(attributen.get("topics") instanceof String[] topics) || topics.length == 0) {
            return attributen;
        }
        Ketenpartner partner = Binder.get(omgeving).bind("keten.partner", Ketenpartner.class).orElse(null);
        if (partner == null) {
            return attributen;
        }
        List<String> gelezen = new ArrayList<>();
        for (String naam : topics) {
            gelezen.addAll(vanDezePartner(naam, partner, element));
        }
        Map<String, Object> nieuw = new HashMap<>(attributen);
        nieuw.put("topics", gelezen.toArray(String[]::new));
        return nieuw;
    }

    private List<String> vanDezePartner(String naam, Ketenpartner partner, AnnotatedElement element) {
        Topic stelseldienst;
        try {
            stelseldienst = TopicCatalogue.byName(naam);
        } catch (IllegalArgumentException geenStelseldienst) {
            return List.of(naam);
        }
        if (!stelseldienst.name().equals(naam) || !stelseldienst.perAfnemer()
                || !stelseldienst.consumers().contains(partner)) {
            return List.of(naam);
        }
        List<String> codes = codes(partner);
        if (partner.veelvoudig() && codes.isEmpty()) {
            String instelling = partner == Ketenpartner.GEMEENTE ? "keten.gemeenten" : "keten.instellingen";
            throw new IllegalStateException(instelling + " ontbreekt: " + element + " leest " + naam
                    + ", dat per " + partner.name().toLowerCase(Locale.ROOT) + " een eigen topic heeft; noem de "
                    + (partner == Ketenpartner.GEMEENTE ? "gemeentecodes" : "instellingsnummers")
                    + " die deze dienst bedient (" + instelling.toUpperCase(Locale.ROOT).replace('.', '_') + ")");
        }
        return List.copyOf(stelseldienst.topicsVoor(partner, Set.copyOf(codes)));
    }

    private List<String> codes(Ketenpartner partner) {
        String instelling = partner == Ketenpartner.GEMEENTE ? "keten.gemeenten"
                : partner == Ketenpartner.INSTELLING ? "keten.instellingen" : null;
        return instelling == null ? List.of()
                : Binder.get(omgeving).bind(instelling, Bindable.listOf(String.class)).orElse(List.of());
    }
}
