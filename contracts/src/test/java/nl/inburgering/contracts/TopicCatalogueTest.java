package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.inburgering.contracts.ContractSchemas.Current;
import nl.inburgering.contracts.common.Boeteregel;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TopicCatalogueTest {

    private static final List<Topic> ALL = TopicCatalogue.all();

    @Test
    void every_topic_name_constant_is_a_catalogue_topic_and_every_catalogue_topic_has_one() throws Exception {
        List<String> constants = new java.util.ArrayList<>();
        for (var field : Topics.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
                assertThat(TopicCatalogue.byName((String) field.get(null)).name()).as(field.getName())
                        .isEqualTo(TopicCatalogue.class.getField(field.getName()).get(null) instanceof Topic t
                                ? t.name() : null);
            }
        }
        assertThat(constants).containsExactlyInAnyOrderElementsOf(ALL.stream().map(Topic::name).toList());
    }

    @Test
    void the_brp_mutations_go_to_the_partners_whose_process_reads_them() {
        assertThat(TopicCatalogue.BRP_INSCHRIJVINGEN.consumers()).containsExactlyInAnyOrder(
                Ketenpartner.IND, Ketenpartner.COA, Ketenpartner.DUO);
        assertThat(TopicCatalogue.BRP_VERHUIZINGEN.consumers()).containsExactlyInAnyOrder(
                Ketenpartner.DUO, Ketenpartner.COA);
        assertThat(TopicCatalogue.BRP_VERTREK_BUITENLAND.consumers()).containsExactly(Ketenpartner.DUO);
        assertThat(TopicCatalogue.BRP_OVERLIJDEN.consumers()).containsExactlyInAnyOrder(
                Ketenpartner.DUO, Ketenpartner.COA);
    }

    @Test
    void a_partner_reads_exactly_the_topics_that_name_it_as_consumer() {
        assertThat(TopicCatalogue.consumedBy(Ketenpartner.COA)).containsExactlyInAnyOrder(
                Topics.BRP_INSCHRIJVINGEN, Topics.BRP_VERHUIZINGEN, Topics.BRP_OVERLIJDEN, Topics.INBURGERINGSPLICHT);
        assertThat(TopicCatalogue.producedBy(Ketenpartner.COA)).containsExactlyInAnyOrder(
                Topics.INBURGERAAR_GEKOPPELD_AAN_GEMEENTE, Topics.KLANTPROFIEL, Topics.MONITORING_COA,
                Topics.LEVERINGSAFSPRAKEN_COA);
    }

    @Test
    void elke_ketenpartner_met_een_eigen_dienst_behalve_duo_publiceert_zijn_getelde_leveringsafspraken_voor_szw_bij_duo() {
        for (Ketenpartner partner : List.of(Ketenpartner.IND, Ketenpartner.COA, Ketenpartner.GEMEENTE,
                Ketenpartner.INSTELLING)) {
            Topic topic = TopicCatalogue.leveringsafsprakenVan(partner).orElseThrow();
            assertThat(topic.name()).isEqualTo(partner.name().toLowerCase(java.util.Locale.ROOT)
                    + ".leveringsafspraken.v1");
            assertThat(topic.producer()).isEqualTo(partner);
            assertThat(topic.consumers()).as("SZW heeft geen dienst; DUO leest namens SZW (beslissing 0035)")
                    .containsExactly(Ketenpartner.DUO);
            assertThat(topic.leveringsafspraak().omschrijving()).contains("periodiek");
            assertThat(topic.eventTypes()).singleElement().satisfies(type -> {
                var velden = new java.util.ArrayList<String>();
                velden.addAll(veldnamen(org.apache.avro.specific.SpecificData.get().getSchema(type.schema())));
                assertThat(velden).as("alleen aantallen: geen persoon, geen BSN, geen event-id")
                        .noneMatch(v -> v.toLowerCase(java.util.Locale.ROOT).matches(".*(bsn|vnummer|id|pseudoniem).*"))
                        .contains("producent", "geteldOp", "vanaf", "tot", "tellingen.dag", "tellingen.stelseldienst",
                                "tellingen.leverancier", "tellingen.afnemer", "tellingen.opTijd", "tellingen.teLaat",
                                "tellingen.open", "tellingen.nietVerstuurd");
            });
        }
        assertThat(TopicCatalogue.leveringsafsprakenVan(Ketenpartner.DUO)).as("DUO leest zijn eigen cijfers ter plaatse")
                .isEmpty();
    }

    private static List<String> veldnamen(org.apache.avro.Schema schema) {
        List<String> namen = new java.util.ArrayList<>();
        for (var veld : schema.getFields()) {
            namen.add(veld.name());
            var type = veld.schema();
            if (type.getType() == org.apache.avro.Schema.Type.ARRAY) {
                veldnamen(type.getElementType()).forEach(n -> namen.add(veld.name() + "." + n));
            }
        }
        return namen;
    }

    @Test
    void every_stelseldienst_from_1_to_22_has_at_least_one_topic() {
        assertThat(ALL.stream().map(Topic::stelseldienst).filter(n -> n != null).distinct().sorted())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
    }

    @Test
    void every_generated_event_class_is_registered_on_exactly_one_topic() {
        for (Current current : ContractSchemas.events()) {
            assertThat(ALL.stream().filter(t -> t.carries(current.type())))
                    .as(current.fullName()).hasSize(1);
        }
    }

    @Test
    void only_generated_event_classes_are_registered() {
        List<Class<?>> events = ContractSchemas.events().stream().<Class<?>>map(Current::type).toList();
        assertThat(ALL.stream().flatMap(t -> t.eventTypes().stream()).map(EventType::schema))
                .allSatisfy(schema -> assertThat(events).contains(schema));
    }

    @Test
    void cloudevent_types_are_unique_reverse_dns_and_never_a_java_class_name() {
        List<EventType> types = ALL.stream().flatMap(t -> t.eventTypes().stream()).toList();
        assertThat(types.stream().map(EventType::type)).doesNotHaveDuplicates();
        List<String> classNames = ContractSchemas.events().stream()
                .map(c -> c.type().getSimpleName().toLowerCase(Locale.ROOT)).toList();
        for (EventType type : types) {
            assertThat(type.type()).matches("^nl\\.inburgering\\.[a-z0-9.-]+$")
                    .doesNotContain("contracts")
                    .doesNotContain("..")
                    .doesNotEndWith(".");
            assertThat(classNames).noneMatch(name -> type.type().contains(name));
        }
    }

    @Test
    void topic_names_follow_producer_dot_stelseldienst_dot_major() {
        for (Topic topic : ALL) {
            String prefix = isBrp(topic) ? "brp" : topic.producer().name().toLowerCase(Locale.ROOT);
            assertThat(topic.name()).as(topic.titel()).matches("^" + prefix + "\\.[a-z0-9]+(-[a-z0-9]+)*\\.v\\d+$");
        }
        assertThat(ALL.stream().map(Topic::name)).doesNotHaveDuplicates();
    }

    private static boolean isBrp(Topic topic) {
        return List.of(TopicCatalogue.BRP_INSCHRIJVINGEN, TopicCatalogue.BRP_VERHUIZINGEN,
                TopicCatalogue.BRP_VERTREK_BUITENLAND, TopicCatalogue.BRP_OVERLIJDEN).contains(topic);
    }

    @Test
    void the_topic_major_equals_the_major_of_every_schema_on_it() {
        for (Topic topic : ALL) {
            int major = Integer.parseInt(topic.name().substring(topic.name().lastIndexOf(".v") + 2));
            for (EventType type : topic.eventTypes()) {
                Schema schema = SpecificData.get().getSchema(type.schema());
                assertThat(ContractSchemas.majorOf(schema)).as(type.type()).isEqualTo(major);
            }
        }
    }

    @Test
    void brp_topics_have_no_stelseldienst_and_are_produced_by_the_gemeente() {
        assertThat(ALL.stream().filter(t -> t.name().startsWith("brp.")))
                .hasSize(4)
                .allSatisfy(t -> {
                    assertThat(t.stelseldienst()).isNull();
                    assertThat(t.producer()).isEqualTo(Ketenpartner.GEMEENTE);
                });
    }

    @Test
    void the_topics_the_services_code_against_carry_the_agreed_names_and_types() {
        assertThat(TopicCatalogue.BRP_INSCHRIJVINGEN.name()).isEqualTo("brp.inschrijvingen.v1");
        assertThat(TopicCatalogue.VERBLIJFSDOELEN.name()).isEqualTo("ind.verblijfsdoelen.v1");
        assertThat(TopicCatalogue.INBURGERINGSPLICHT.name()).isEqualTo("duo.inburgeringsplicht.v1");
        assertThat(TopicCatalogue.INBURGERINGSPLICHT.consumers())
                .containsExactlyInAnyOrder(Ketenpartner.COA, Ketenpartner.GEMEENTE);
        assertThat(TopicCatalogue.eventTypeOf(InburgeringsplichtVastgesteld.class).type())
                .isEqualTo("nl.inburgering.inburgeringsplicht-vastgesteld");
        assertThat(TopicCatalogue.eventTypeOf(IngezeteneIngeschreven.class).type())
                .isEqualTo("nl.inburgering.brp.ingezetene-ingeschreven");
        assertThat(TopicCatalogue.eventTypeOf(VerblijfsdoelDoorgegeven.class).type())
                .isEqualTo("nl.inburgering.verblijfsdoel-doorgegeven");
    }

    @Test
    void lookups_find_topics_by_name_and_schema_and_reject_unknowns() {
        for (Topic topic : ALL) {
            assertThat(TopicCatalogue.byName(topic.name())).isSameAs(topic);
            assertThat(topic.deadLetterTopic()).isEqualTo(topic.name() + "-dlt");
            for (EventType type : topic.eventTypes()) {
                assertThat(TopicCatalogue.forSchema(type.schema())).isSameAs(topic);
                assertThat(topic.eventType(type.schema())).isSameAs(type);
            }
        }
        assertThatThrownBy(() -> TopicCatalogue.byName("duo.bestaat-niet.v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicCatalogue.forSchema(Boeteregel.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopicCatalogue.VERBLIJFSDOELEN.eventType(InburgeringsplichtVastgesteld.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stelseldienst_18_has_one_topic_per_route_so_duo_reads_asielstatushouder_inspanning_only_from_the_gemeente() {
        Map<String, Topic> routes = TopicCatalogue.byStelseldienst(18).stream()
                .collect(Collectors.toMap(t -> t.producer() + "->" + t.consumers(), Function.identity()));
        assertThat(routes).containsOnlyKeys("INSTELLING->[DUO]", "INSTELLING->[GEMEENTE]", "GEMEENTE->[DUO]");
    }

    @Test
    void counted_delivery_agreements_have_a_positive_count_and_the_others_none() {
        assertThat(Leveringsafspraak.werkdagen(10, "x").aantal()).isEqualTo(10);
        assertThatThrownBy(() -> Leveringsafspraak.werkdagen(0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Leveringsafspraak(Leveringsafspraak.Soort.DIRECT, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ALL).allSatisfy(t -> assertThat(t.leveringsafspraak().omschrijving()).isNotBlank());
    }
}
