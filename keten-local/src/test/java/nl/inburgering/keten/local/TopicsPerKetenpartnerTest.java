package nl.inburgering.keten.local;

import static nl.inburgering.contracts.Topics.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.kafka.KetenpartnerTopics;

/**
 * The five services read and write exactly what the topic catalogue says of their partner, except for the
 * stelseldiensten whose process is still an open issue: those are listed here by name, so building one means taking
 * it off this list, and a listener or publisher the catalogue does not know fails.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TopicsPerKetenpartnerTest {

    /** Topics a partner may read whose process is not built yet (issue in the comment). */
    private static final Map<Ketenpartner, Set<String>> NOG_NIET_GELEZEN = Map.of(
            Ketenpartner.IND, Set.of(
                    // #11 and #12: IND pulls them at the source (POST /api/v1/vrijstellingen/_zoek and
                    // /api/v1/ontheffingen/_zoek at DUO, decisions 0034 and 0035); it keeps no copy of them
                    EINDOORDEEL_VRIJSTELLING, BESLISSING_ONTHEFFING),
            Ketenpartner.DUO, Set.of(),
            Ketenpartner.COA, Set.of(),
            Ketenpartner.GEMEENTE, Set.of(),
            Ketenpartner.INSTELLING, Set.of());

    /** Topics a partner produces whose process is not built yet. */
    private static final Map<Ketenpartner, Set<String>> NOG_NIET_GESCHREVEN = Map.of(
            Ketenpartner.IND, Set.of(),
            Ketenpartner.DUO, Set.of(),
            Ketenpartner.COA, Set.of(),
            Ketenpartner.GEMEENTE, Set.of(),
            Ketenpartner.INSTELLING, Set.of());

    private static LocalKeten keten;

    @BeforeAll
    static void startDeKeten() {
        keten = LocalKeten.start(LocalKeten.Options.forTests());
    }

    @AfterAll
    static void stopDeKeten() {
        keten.close();
    }

    @Test
    void elke_dienst_leest_precies_de_topics_waarvan_de_catalogus_zijn_partner_afnemer_noemt() {
        for (KetenService service : KetenService.values()) {
            KetenpartnerTopics topics = keten.context(service).getBean(KetenpartnerTopics.class);
            assertThat(topics.gelezen()).as(service.naam() + " leest")
                    .containsExactlyInAnyOrderElementsOf(verwacht(TopicCatalogue.consumedBy(topics.partner()),
                            NOG_NIET_GELEZEN.get(topics.partner())));
        }
    }

    @Test
    void elke_dienst_schrijft_precies_de_topics_waarvan_de_catalogus_zijn_partner_producent_noemt() {
        for (KetenService service : KetenService.values()) {
            KetenpartnerTopics topics = keten.context(service).getBean(KetenpartnerTopics.class);
            // a partner without a service of its own writes through the service that hosts it (decision 0035: SZW's
            // #21 from DUO's service, keten.gehoste-partners)
            Set<String> catalogus = new TreeSet<>(TopicCatalogue.producedBy(topics.partner()));
            topics.gehost().forEach(gehost -> catalogus.addAll(TopicCatalogue.producedBy(gehost)));
            assertThat(topics.geschreven()).as(service.naam() + " schrijft")
                    .containsExactlyInAnyOrderElementsOf(verwacht(catalogus, NOG_NIET_GESCHREVEN.get(topics.partner())));
        }
    }

    @Test
    void van_een_stelseldienst_per_afnemer_leest_elke_dienst_alleen_de_topics_van_zijn_eigen_afnemers() {
        for (KetenService service : KetenService.values()) {
            KetenpartnerTopics topics = keten.context(service).getBean(KetenpartnerTopics.class);
            KetenProperties instellingen = keten.context(service).getBean(KetenProperties.class);
            Set<String> verwacht = new TreeSet<>();
            topics.gelezen().forEach(stelseldienst -> verwacht.addAll(TopicCatalogue.byName(stelseldienst)
                    .topicsVoor(topics.partner(), instellingen.codes(topics.partner()))));
            assertThat(topics.gelezenTopics()).as(service.naam() + " leest").containsExactlyInAnyOrderElementsOf(verwacht);
        }
        assertThat(keten.context(KetenService.GEMEENTE).getBean(KetenpartnerTopics.class).gelezenTopics())
                .contains(INBURGERINGSPLICHT + ".gemeente.0363", INBURGERINGSPLICHT + ".gemeente.0599")
                .noneMatch(topic -> topic.endsWith(".coa") || topic.endsWith(".duo"));
        assertThat(keten.context(KetenService.COA).getBean(KetenpartnerTopics.class).gelezenTopics())
                .contains(INBURGERINGSPLICHT + ".coa").noneMatch(topic -> topic.contains(".gemeente."));
    }

    @Test
    void SZW_heeft_geen_eigen_dienst_en_schrijft_zijn_beslissing_bio_via_de_dienst_van_DUO() {
        KetenpartnerTopics duo = keten.context(KetenService.DUO).getBean(KetenpartnerTopics.class);
        assertThat(duo.gehost()).containsExactly(Ketenpartner.SZW);
        assertThat(duo.geschreven()).contains(BESLISSING_BIO);
        assertThat(duo.gelezen()).contains(BESLISSING_BIO);
    }

    @Test
    void elke_dienst_is_een_andere_ketenpartner() {
        assertThat(Set.of(KetenService.values()).stream()
                .map(s -> keten.context(s).getBean(KetenpartnerTopics.class).partner()))
                .containsExactlyInAnyOrder(Ketenpartner.IND, Ketenpartner.DUO, Ketenpartner.COA, Ketenpartner.GEMEENTE,
                        Ketenpartner.INSTELLING);
    }

    private static Set<String> verwacht(Set<String> catalogus, Set<String> nogNietGebouwd) {
        assertThat(catalogus).as("wat nog niet gebouwd is, staat in de catalogus").containsAll(nogNietGebouwd);
        Set<String> verwacht = new TreeSet<>(catalogus);
        verwacht.removeAll(nogNietGebouwd);
        return verwacht;
    }
}
