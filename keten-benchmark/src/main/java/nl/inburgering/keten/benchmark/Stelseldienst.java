package nl.inburgering.keten.benchmark;

import java.util.Comparator;
import java.util.List;

import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;

/**
 * One delivery of a stelseldienst (or BRP mutation): a topic and one partner that applies it. Found from the data,
 * not listed: every consumer writes one inbox row per event it handles, so the consumers' inboxes tell which
 * deliveries the processes implemented so far use (a topic with two consumers is two deliveries).
 */
record Stelseldienst(String topic, KetenService consument) {

    /** Every service; the benchmark reads all their outboxes and inboxes. */
    static final List<KetenService> SERVICES = List.of(KetenService.values());

    static final Comparator<Stelseldienst> VOLGORDE = Comparator
            .comparingInt((Stelseldienst s) -> s.nummer() == null ? 0 : s.nummer())
            .thenComparing(Stelseldienst::topic)
            .thenComparing(s -> s.consument().naam());

    /** The stelseldienst's number in the ketenproces, null for a BRP mutation. */
    Integer nummer() {
        Topic t = catalogus();
        return t == null ? null : t.stelseldienst();
    }

    String producent() {
        Topic t = catalogus();
        return t == null ? "?" : t.producer().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Short names for the table; other topics by their own name. */
    private static final java.util.Map<String, String> KORT = java.util.Map.of(
            "recht-op-maatschappelijke-begeleiding", "maatsch. begeleiding",
            "inburgeraar-gekoppeld-aan-gemeente", "gekoppeld aan gemeente");

    /** e.g. {@code "#3 inburgeringsplicht duo -> gemeente"}, {@code "BRP inschrijvingen gemeente -> ind"}. */
    String naam() {
        Integer n = nummer();
        String kort = topic.replaceFirst("^[a-z]+\\.", "").replaceFirst("\\.v\\d+$", "");
        kort = KORT.getOrDefault(kort, kort.length() > 24 ? kort.substring(0, 24) : kort);
        return (n == null ? "BRP " : "#" + n + " ") + kort + " " + producent() + " -> "
                + consument.naam().replace("-service", "");
    }

    private Topic catalogus() {
        try {
            return TopicCatalogue.byName(topic);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
