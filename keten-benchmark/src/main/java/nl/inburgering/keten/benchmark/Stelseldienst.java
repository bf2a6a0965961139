package nl.inburgering.keten.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;

/**
 * One delivery of a stelseldienst (or BRP mutation, or one of the chain's other topics): a topic and one partner
 * that applies it. Found from the data, not listed: every consumer writes one inbox row per event it handles, so
 * the consumers' inboxes tell which deliveries the processes implemented so far use (a topic with two consumers is
 * two deliveries). A topic that carried several kinds of fact in the run (#6: the klaargezette toets and the
 * uitkomst) is one delivery per kind ({@link #soort()}, the CloudEvents type); otherwise {@code soort} is null.
 */
record Stelseldienst(String topic, KetenService consument, String soort) {

    /** Every service; the benchmark reads all their outboxes and inboxes. */
    static final List<KetenService> SERVICES = List.of(KetenService.values());

    static final Comparator<Stelseldienst> VOLGORDE = Comparator
            .comparingInt(Stelseldienst::plaats)
            .thenComparing(Stelseldienst::topic)
            .thenComparing(s -> s.consument().naam())
            .thenComparing(s -> s.soort() == null ? "" : s.soort());

    /** Topics without a number of their own, placed in the table next to the stelseldienst they belong to. */
    private static final Map<String, Integer> BIJ = Map.of(
            TopicCatalogue.VERLOOP_LEERBAARHEIDSTOETS.name(), 6,
            TopicCatalogue.REGISTRATIE_PIP.name(), 16);

    private int plaats() {
        Integer n = nummer();
        Topic t = catalogus();
        return n != null ? n : brp() ? 0 : BIJ.getOrDefault(t == null ? topic : t.name(), 100);
    }

    /** The whole topic as one consumer applies it. */
    Stelseldienst(String topic, KetenService consument) {
        this(topic, consument, null);
    }

    /** The stelseldienst's number in the ketenproces, null for a BRP mutation or another topic without one. */
    Integer nummer() {
        Topic t = catalogus();
        return t == null ? null : t.stelseldienst();
    }

    boolean brp() {
        return topic.startsWith("brp.");
    }

    String producent() {
        Topic t = catalogus();
        return t == null ? "?" : t.producer().name().toLowerCase(Locale.ROOT);
    }

    /** Short names for the table; other topics and kinds by their own name. */
    private static final Map<String, String> KORT = Map.ofEntries(
            Map.entry("recht-op-maatschappelijke-begeleiding", "maatsch. begeleiding"),
            Map.entry("inburgeraar-gekoppeld-aan-gemeente", "gekoppeld aan gemeente"),
            Map.entry("uitkomst-leerbaarheidstoets", "leerbaarheidstoets"),
            Map.entry("verloop-leerbaarheidstoets", "verloop leerbaarheidstoets"),
            Map.entry("vastgestelde-gegevens-pip", "vastgestelde gegevens PIP"),
            Map.entry("registratie-pip", "registratie PIP"),
            Map.entry("leerbaarheidstoets-klaargezet", "toets klaargezet"),
            Map.entry("leerbaarheidstoets-uitkomst-vastgesteld", "toets uitkomst"),
            // #3 carries three kinds; once a consumer applies more than one they are rows of their own (wave 5)
            Map.entry("inburgeringsplicht-vastgesteld", "inburgeringsplicht"),
            Map.entry("inburgeringsplicht-gewijzigd", "inburgeringsplicht gewijzigd"),
            Map.entry("inburgeringsplicht-beeindigd", "inburgeringsplicht beëindigd"),
            Map.entry("beschikking-voldaan-inburgeringsplicht", "beschikking voldaan"),
            Map.entry("inburgeringsplicht-voldaan", "beschikking voldaan"),
            // wave 6 (§10, §11, §13.5)
            Map.entry("eindoordeel-vrijstelling", "eindoordeel vrijstelling"),
            Map.entry("vrijstelling-beoordeeld", "eindoordeel vrijstelling"),
            Map.entry("beslissing-ontheffing", "beslissing ontheffing"),
            Map.entry("ontheffing-beslist", "beslissing ontheffing"),
            Map.entry("beslissing-bio", "beslissing BIO"),
            Map.entry("beslissing-bio-genomen", "beslissing BIO"),
            Map.entry("wijziging-verblijfsrecht", "wijziging verblijfsrecht"),
            Map.entry("verblijfsrecht-gewijzigd", "wijziging verblijfsrecht"),
            // wave 7 (§13.2): #19 carries the request and the delivery, each a row of its own
            Map.entry("overdracht-inburgeraar", "overdracht inburgeraar"),
            Map.entry("overdracht-inburgeraar-gevraagd", "overdracht gevraagd"),
            Map.entry("inburgeraar-overgedragen", "inburgeraar overgedragen"),
            // wave 8 (§12): the lening's facturen, no stelseldienst of their own
            Map.entry("facturen", "factuur ingediend"),
            Map.entry("lening.factuur-ingediend", "factuur ingediend"),
            Map.entry("factuurbeoordelingen", "factuur beoordeeld"),
            Map.entry("lening.factuur-beoordeeld", "factuur beoordeeld"));

    /**
     * e.g. {@code "#3 inburgeringsplicht duo -> gemeente"}, {@code "BRP inschrijvingen gemeente -> ind"},
     * {@code "registratie PIP duo -> gemeente"}, {@code "#6 toets uitkomst duo -> gemeente"}.
     */
    String naam() {
        return naam(consument.naam().replace("-service", ""));
    }

    /**
     * For a kind of fact published but applied by no consumer: named for the recipient its topic is meant for
     * ({@code "#3 inburgeringsplicht beëindigd duo -> gemeente"}).
     */
    String naamZonderAfnemer() {
        Topic t = catalogus();
        String afnemer = t != null && topic.startsWith(t.name() + ".") ? topic.substring(t.name().length() + 1)
                : t == null ? "?" : String.join("/", t.consumers().stream()
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).sorted().toList());
        return naam(afnemer);
    }

    private String naam(String afnemer) {
        Integer n = nummer();
        Topic t = catalogus();
        String kort = soort != null ? soort.replaceFirst("^nl\\.inburgering\\.", "")
                : (t == null ? topic : t.name()).replaceFirst("^[a-z]+\\.", "").replaceFirst("\\.v\\d+$", "");
        kort = KORT.getOrDefault(kort, kort.length() > 26 ? kort.substring(0, 26) : kort);
        return (n != null ? "#" + n + " " : brp() ? "BRP " : "") + kort + " " + producent() + " -> " + afnemer;
    }

    /** The catalogue's name of its stelseldienst ({@code duo.inburgeringsplicht.v1} for its topics per recipient). */
    String stelseldienstnaam() {
        Topic t = catalogus();
        return t == null ? topic : t.name();
    }

    /**
     * Its stelseldienst; also of {@code <stelseldienst>.gemeente}, the topics of all gemeenten counted as one. Looked
     * up once per topic name: the Meter sorts its counts by {@link #VOLGORDE} several times a second, and every
     * comparison asks this (issue 17: the look-up by trying names was 2 % of the JVM's CPU samples in a run).
     */
    private Topic catalogus() {
        return CATALOGUS.computeIfAbsent(topic, Stelseldienst::zoekInDeCatalogus).orElse(null);
    }

    private static final Map<String, Optional<Topic>> CATALOGUS = new ConcurrentHashMap<>();

    /**
     * The topic itself, one per recipient ({@code ...v1.gemeente.0363}), or the stelseldienst of a kind of recipient
     * ({@code ...v1.gemeente}, {@code ...v1.coa}); empty for a topic the catalogue does not know.
     */
    static Optional<Topic> zoekInDeCatalogus(String topic) {
        for (String naam : List.of(topic, topic.replaceFirst("\\.[a-z]+$", ""))) {
            for (Topic t : TopicCatalogue.all()) {
                if (t.name().equals(naam)) {
                    return Optional.of(t);
                }
            }
            for (Topic t : TopicCatalogue.all()) {
                if (t.afnemerVan(naam).isPresent()) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }
}
