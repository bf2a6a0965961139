package nl.inburgering.contracts.testdata;

import static nl.inburgering.contracts.testdata.ContractEvents.BSN;
import static nl.inburgering.contracts.testdata.ContractEvents.GEMEENTECODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.inburgering.contracts.AvroTrust;
import nl.inburgering.contracts.EventType;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.PipVastgesteld;
import org.apache.avro.Schema;
import org.apache.avro.data.RecordBuilder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders in {@link ContractEvents} are valid by default for every event in the {@link TopicCatalogue}
 * ({@code TopicCatalogueTest} guarantees that every event schema is on a topic, so a new schema without a factory
 * fails here).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContractEventsTest {

    private static final String ANDERE_GELDIGE_BSN = ContractEvents.ANDERE_BSN;

    @BeforeAll
    static void trustTheContracts() {
        AvroTrust.trustContracts();
    }

    static Stream<Named<Class<? extends SpecificRecord>>> events() {
        return catalogueEvents().stream().map(type -> Named.of(type.getSimpleName(), type));
    }

    @Test
    void every_event_in_the_catalogue_has_a_factory_named_after_it_that_returns_its_builder() {
        List<Class<? extends SpecificRecord>> events = catalogueEvents();
        List<String> missing = events.stream()
                .filter(type -> factory(type) == null)
                .map(type -> "public static " + type.getSimpleName() + ".Builder " + factoryName(type) + "()")
                .toList();

        assertThat(events).hasSizeGreaterThanOrEqualTo(40);
        assertThat(missing).as("factories missing in ContractEvents").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void the_default_event_builds_and_survives_single_object_encoding(Class<? extends SpecificRecord> type)
            throws Exception {
        SpecificRecord event = buildDefault(type);
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);

        ByteBuffer bytes = new BinaryMessageEncoder<SpecificRecord>(model, schema).encode(event);
        SpecificRecord decoded = new BinaryMessageDecoder<SpecificRecord>(model, schema).decode(bytes);

        assertThat(decoded).isInstanceOf(type).isEqualTo(event);
        // Avro pads a decimal of smaller scale and the record's equals compares numerically; field by field
        // (BigDecimal.equals) a default with the wrong scale shows.
        assertThat(flatten("", decoded)).as("every field, decimals with the schema's scale").isEqualTo(flatten("", event));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_bsn_in_the_default_event_passes_the_elfproef(Class<? extends SpecificRecord> type) {
        SpecificRecord event = buildDefault(type);
        Map<String, Object> bsns = new LinkedHashMap<>();
        flatten("", event).forEach((pad, waarde) -> {
            if (laatsteVeld(pad).toLowerCase(Locale.ROOT).contains("bsn") && waarde instanceof CharSequence) {
                bsns.put(pad, waarde);
            }
        });

        if (hasBsnField(event.getSchema())) {
            assertThat(bsns).as("BSN fields found in " + type.getSimpleName()).isNotEmpty();
        }
        assertThat(bsns).allSatisfy((pad, bsn) ->
                assertThat(elfproef(bsn.toString())).as(pad + " passes the elfproef").isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void every_code_in_the_default_event_has_the_format_its_schema_doc_names(Class<? extends SpecificRecord> type) {
        Map<String, Object> codes = new LinkedHashMap<>();
        flatten("", buildDefault(type)).forEach((pad, waarde) -> {
            if (waarde instanceof CharSequence && formaat(laatsteVeld(pad)) != null) {
                codes.put(pad, waarde);
            }
        });

        assertThat(codes).allSatisfy((pad, code) ->
                assertThat(code.toString()).as(pad).matches(formaat(laatsteVeld(pad))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void the_default_event_never_carries_the_onbekend_fallback_symbol(Class<? extends SpecificRecord> type) {
        List<String> onbekend = flatten("", buildDefault(type)).entrySet().stream()
                .filter(veld -> veld.getValue() instanceof Enum<?> symbool && symbool.name().equals("ONBEKEND"))
                .map(Map.Entry::getKey)
                .toList();

        assertThat(onbekend).as("fields left at ONBEKEND").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void a_string_field_set_by_the_caller_wins_and_every_other_field_keeps_its_default(
            Class<? extends SpecificRecord> type) throws Exception {
        SpecificRecord standaard = buildDefault(type);
        List<Schema.Field> tekstvelden = standaard.getSchema().getFields().stream()
                .filter(f -> f.schema().getType() == Schema.Type.STRING)
                .toList();
        assertThat(tekstvelden).as("required string fields of " + type.getSimpleName()).isNotEmpty();

        for (Schema.Field veld : tekstvelden) {
            String waarde = veld.name().toLowerCase(Locale.ROOT).contains("bsn") ? ANDERE_GELDIGE_BSN : "overschreven";
            Object builder = factory(type).invoke(null);
            builder.getClass().getMethod(setter(veld), String.class).invoke(builder, waarde);
            SpecificRecord aangepast = (SpecificRecord) ((RecordBuilder<?>) builder).build();

            for (Schema.Field ander : standaard.getSchema().getFields()) {
                Object verwacht = ander.pos() == veld.pos() ? waarde : standaard.get(ander.pos());
                assertThat(aangepast.get(ander.pos())).as(type.getSimpleName() + "." + ander.name()
                        + " after " + setter(veld) + "(..)").isEqualTo(verwacht);
            }
        }
        assertThat(buildDefault(type)).as("a fresh builder after the overrides").isEqualTo(standaard);
    }

    @Test
    void a_test_names_only_what_it_is_about() {
        InburgeringsplichtVastgesteld plicht = ContractEvents.inburgeringsplichtVastgesteld()
                .setBsn(ANDERE_GELDIGE_BSN)
                .build();
        PipVastgesteld pip = ContractEvents.pipVastgesteld()
                .setPip(ContractEvents.pipGegevens().setLeerroute(Leerroute.ZELFREDZAAMHEIDSROUTE).setNiveau(null).build())
                .build();
        PipVastgesteld afgeschaald = withNiveau(ContractEvents.pipVastgesteld(), NiveauPip.A2).build();

        assertThat(plicht.getBsn()).isEqualTo(ANDERE_GELDIGE_BSN);
        assertThat(plicht.getGemeentecode()).isEqualTo(GEMEENTECODE);
        assertThat(pip.getPip().getLeerroute()).isEqualTo(Leerroute.ZELFREDZAAMHEIDSROUTE);
        assertThat(pip.getPip().getDagtekeningPip()).isEqualTo(ContractEvents.DATUM);
        assertThat(afgeschaald.getPip().getNiveau()).isEqualTo(NiveauPip.A2);
        assertThat(afgeschaald.getPip().getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(afgeschaald.getBsn()).isEqualTo(BSN);
    }

    @Test
    void the_elfproef_of_this_test_accepts_valid_bsns_and_rejects_the_rest() {
        assertThat(List.of(BSN, ANDERE_GELDIGE_BSN, "111222333", "123456782")).allMatch(ContractEventsTest::elfproef);
        assertThat(List.of("999990018", "000000000", "99999001", "9999900190", "99999001a", " 99999001"))
                .noneMatch(ContractEventsTest::elfproef);
    }

    // ---- helpers

    private static PipVastgesteld.Builder withNiveau(PipVastgesteld.Builder builder, NiveauPip niveau) {
        builder.getPipBuilder().setNiveau(niveau);
        return builder;
    }

    /** Every event class on a topic, once, by simple name. */
    private static List<Class<? extends SpecificRecord>> catalogueEvents() {
        return TopicCatalogue.all().stream()
                .map(Topic::eventTypes)
                .flatMap(List::stream)
                .<Class<? extends SpecificRecord>>map(EventType::schema)
                .distinct()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    private static String factoryName(Class<?> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code public static Xxx.Builder xxx()} in ContractEvents, or null. */
    private static Method factory(Class<? extends SpecificRecord> type) {
        try {
            Method method = ContractEvents.class.getMethod(factoryName(type));
            Class<?> builder = Class.forName(type.getName() + "$Builder");
            boolean passend = Modifier.isStatic(method.getModifiers()) && method.getReturnType() == builder;
            return passend ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated Builder for " + type.getName(), e);
        }
    }

    private static SpecificRecord buildDefault(Class<? extends SpecificRecord> type) {
        Method factory = factory(type);
        assertThat(factory).as("ContractEvents." + factoryName(type) + "()").isNotNull();
        try {
            SpecificRecord event = (SpecificRecord) ((RecordBuilder<?>) factory.invoke(null)).build();
            assertThat(event).isInstanceOf(type);
            return event;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError("ContractEvents." + factoryName(type) + "() failed", e.getCause());
        }
    }

    private static String setter(Schema.Field field) {
        return "set" + Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
    }

    /** Every leaf value by its path ({@code inspanning.instellingsnummer}, {@code redenen[0].code}). */
    private static Map<String, Object> flatten(String pad, Object waarde) {
        Map<String, Object> leaves = new LinkedHashMap<>();
        if (waarde instanceof SpecificRecord record) {
            for (Schema.Field field : record.getSchema().getFields()) {
                String sub = pad.isEmpty() ? field.name() : pad + "." + field.name();
                leaves.putAll(flatten(sub, record.get(field.pos())));
            }
        } else if (waarde instanceof List<?> lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                leaves.putAll(flatten(pad + "[" + i + "]", lijst.get(i)));
            }
        } else {
            leaves.put(pad, waarde);
        }
        return leaves;
    }

    private static String laatsteVeld(String pad) {
        String zonderIndex = pad.replaceAll("\\[\\d+]", "");
        return zonderIndex.substring(zonderIndex.lastIndexOf('.') + 1);
    }

    /** The format the schema docs give a coded field, by field name; null for a field without one. */
    private static String formaat(String veld) {
        String naam = veld.toLowerCase(Locale.ROOT);
        if (naam.contains("gemeentecode")) {
            return "[0-9]{4}"; // CBS-gemeentecode (4 cijfers)
        }
        if (naam.equals("vnummer")) {
            return "[0-9]{10}"; // V-nummer van de IND, 10 cijfers
        }
        if (naam.startsWith("instellingsnummer")) {
            return "[0-9]{1,10}"; // DUO-instellingsnummer; DUO's #16 listener accepts 1 to 10 digits
        }
        if (naam.equals("examennummer")) {
            return "\\S.{0,11}"; // DUO Leerbaarheidstoets-API, maximaal 12 tekens
        }
        if (naam.equals("nationaliteit") || naam.equals("geboorteland") || naam.equals("landvanvertrek")) {
            return "[A-Z]{2}"; // ISO 3166-1 alpha-2
        }
        return null;
    }

    private static boolean hasBsnField(Schema schema) {
        return schema.getFields().stream().anyMatch(f -> f.name().toLowerCase(Locale.ROOT).contains("bsn"));
    }

    /** 9 digits, {@code 9*d1 + 8*d2 + ... + 2*d8 - d9} divisible by 11, and not the placeholder 000000000. */
    static boolean elfproef(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}") || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
