package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.inburgering.contracts.ContractSchemas.Current;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The schemas are the partners' documentation and must stay readable by consumers that are one
 * version behind: every field explains itself, every enum can fall back to a default symbol, and
 * every optional field can be left out. Walks nested records, arrays, maps and unions.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaConventionsTest {

    @Test
    void every_record_enum_and_field_has_a_doc() {
        assertThat(problems(new Rule() {
            @Override
            public String field(String path, Field field) {
                return blank(field.doc()) ? path + ": field without doc" : null;
            }

            @Override
            public String named(String path, Schema schema) {
                return blank(schema.getDoc()) ? path + ": " + schema.getType() + " without doc" : null;
            }
        })).isEmpty();
    }

    @Test
    void every_enum_has_a_default_symbol_so_old_readers_survive_new_symbols() {
        assertThat(problems(new Rule() {
            @Override
            public String named(String path, Schema schema) {
                return schema.getType() == Schema.Type.ENUM && schema.getEnumDefault() == null
                        ? path + ": enum " + schema.getFullName() + " without default" : null;
            }
        })).isEmpty();
    }

    @Test
    void every_optional_field_is_a_union_with_null_first_and_defaults_to_null() {
        assertThat(problems(new Rule() {
            @Override
            public String field(String path, Field field) {
                if (!field.schema().isUnion()) {
                    return null;
                }
                boolean nullFirst = field.schema().getTypes().get(0).getType() == Schema.Type.NULL;
                return nullFirst && field.defaultVal() == JsonProperties.NULL_VALUE
                        ? null : path + ": optional field must be [\"null\", X] with default null";
            }
        })).isEmpty();
    }

    @Test
    void every_date_field_uses_the_date_logical_type_and_every_amount_is_a_decimal_of_9_2() {
        assertThat(problems(new Rule() {
            @Override
            public String field(String path, Field field) {
                Schema type = nonNull(field.schema());
                String name = field.name().toLowerCase();
                if (name.contains("datum") && !(type.getLogicalType() instanceof LogicalTypes.Date)) {
                    return path + ": a date must be {\"type\":\"int\",\"logicalType\":\"date\"}";
                }
                boolean decimal92 = type.getType() == Schema.Type.BYTES
                        && type.getLogicalType() instanceof LogicalTypes.Decimal d
                        && d.getPrecision() == 9 && d.getScale() == 2;
                return name.contains("bedrag") && !decimal92 ? path + ": money must be bytes decimal(9,2)" : null;
            }
        })).isEmpty();
    }

    @Test
    void event_records_live_in_the_event_namespace_and_nested_types_in_common() {
        assertThat(problems(new Rule() {
            @Override
            public String named(String path, Schema schema) {
                boolean topLevel = !path.contains(".");
                if (topLevel) {
                    return schema.getNamespace().startsWith("nl.inburgering.contracts.event")
                            ? null : path + ": event records belong in nl.inburgering.contracts.event";
                }
                return schema.getNamespace().equals("nl.inburgering.contracts.common")
                        ? null : path + ": nested types belong in nl.inburgering.contracts.common";
            }
        })).isEmpty();
    }

    // ---- walking the schemas

    /** A check on one field or one named type (record, enum); returns a problem or null. */
    private interface Rule {
        default String field(String path, Field field) {
            return null;
        }

        default String named(String path, Schema schema) {
            return null;
        }
    }

    private static List<String> problems(Rule rule) {
        List<String> problems = new ArrayList<>();
        for (Current current : ContractSchemas.events()) {
            walk(current.schema().getName(), current.schema(), rule, problems, new HashSet<>());
        }
        return problems;
    }

    private static void walk(String path, Schema schema, Rule rule, List<String> problems, Set<String> seen) {
        switch (schema.getType()) {
            case RECORD, ENUM -> {
                if (!seen.add(schema.getFullName())) {
                    return;
                }
                add(problems, rule.named(path, schema));
                if (schema.getType() == Schema.Type.RECORD) {
                    for (Field field : schema.getFields()) {
                        String fieldPath = path + "." + field.name();
                        add(problems, rule.field(fieldPath, field));
                        walk(fieldPath, field.schema(), rule, problems, seen);
                    }
                }
            }
            case ARRAY -> walk(path, schema.getElementType(), rule, problems, seen);
            case MAP -> walk(path, schema.getValueType(), rule, problems, seen);
            case UNION -> schema.getTypes().forEach(t -> walk(path, t, rule, problems, seen));
            default -> {
            }
        }
    }

    private static void add(List<String> problems, String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static Schema nonNull(Schema schema) {
        return schema.isUnion()
                ? schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow()
                : schema;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
