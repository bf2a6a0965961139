package nl.inburgering.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.inburgering.contracts.ContractSchemas.Current;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a schema change would break a producer or consumer that still runs the
 * previous version. Within a major version every change must be both backward compatible (a new
 * reader reads old data) and forward compatible (an old reader reads new data), because producers
 * and consumers of different partners upgrade independently.
 *
 * <p>Releasing: run {@code ./mvnw -pl contracts install -Dcontracts.history.release=true}; it stores
 * each new or changed (and compatible) schema as the next {@code v<k>.avsc} of its history folder.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaEvolutionTest {

    @BeforeAll
    static void releaseWhenAsked() throws IOException {
        if (Boolean.getBoolean("contracts.history.release")) {
            for (Current current : ContractSchemas.events()) {
                release(current);
            }
        }
    }

    @Test
    void every_schema_is_backward_and_forward_compatible_with_every_released_version_of_its_major() {
        List<String> problems = new ArrayList<>();
        for (Current current : ContractSchemas.events()) {
            for (Path released : ContractSchemas.history(current.historyDir())) {
                problems.addAll(incompatibilities(current.schema(), ContractSchemas.parse(released),
                        current.fullName() + " vs " + released.getFileName()));
            }
        }
        assertThat(problems).as("incompatible schema changes; use a new major (namespace .v<N> and topic .v<N>)")
                .isEmpty();
    }

    @Test
    void every_schema_has_a_released_history_entry() {
        List<String> missing = ContractSchemas.events().stream()
                .filter(c -> ContractSchemas.history(c.historyDir()).isEmpty())
                .map(Current::fullName)
                .toList();
        assertThat(missing)
                .as("schemas without src/main/avro-history/<FullName>/v1.avsc; run with -Dcontracts.history.release=true")
                .isEmpty();
    }

    @Test
    void history_versions_are_numbered_from_1_without_gaps_and_keep_their_full_name() throws IOException {
        try (var dirs = Files.list(ContractSchemas.HISTORY)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                List<Integer> versions = ContractSchemas.history(dir).stream().map(ContractSchemas::versionOf).toList();
                assertThat(versions).as(dir.toString())
                        .containsExactlyElementsOf(IntStream.rangeClosed(1, versions.size()).boxed().toList());
                for (Path file : ContractSchemas.history(dir)) {
                    assertThat(ContractSchemas.parse(file).getFullName()).as(file.toString())
                            .isEqualTo(dir.getFileName().toString());
                }
            }
        }
    }

    @Test
    void the_check_rejects_a_new_required_field_and_a_removed_enum_symbol() {
        Schema v1 = new Schema.Parser().parse("""
                {"type":"record","name":"Voorbeeld","namespace":"nl.inburgering.test","fields":[
                  {"name":"bsn","type":"string"},
                  {"name":"route","type":{"type":"enum","name":"Route","symbols":["B","O","Z"]}}]}""");
        Schema v2 = new Schema.Parser().parse("""
                {"type":"record","name":"Voorbeeld","namespace":"nl.inburgering.test","fields":[
                  {"name":"bsn","type":"string"},
                  {"name":"route","type":{"type":"enum","name":"Route","symbols":["B","O"]}},
                  {"name":"gemeentecode","type":"string"}]}""");

        assertThat(incompatibilities(v2, v1, "v2 vs v1"))
                .anySatisfy(p -> assertThat(p).contains("backward").contains("gemeentecode"))
                .anySatisfy(p -> assertThat(p).contains("backward").contains("Z"));
    }

    @Test
    void the_check_accepts_an_optional_field_and_a_new_enum_symbol_with_a_default() {
        Schema v1 = new Schema.Parser().parse("""
                {"type":"record","name":"Voorbeeld","namespace":"nl.inburgering.test","fields":[
                  {"name":"route","type":{"type":"enum","name":"Route","symbols":["ONBEKEND","B"],"default":"ONBEKEND"}}]}""");
        Schema v2 = new Schema.Parser().parse("""
                {"type":"record","name":"Voorbeeld","namespace":"nl.inburgering.test","fields":[
                  {"name":"route","type":{"type":"enum","name":"Route","symbols":["ONBEKEND","B","Z"],"default":"ONBEKEND"}},
                  {"name":"gemeentecode","type":["null","string"],"default":null}]}""");

        assertThat(incompatibilities(v2, v1, "v2 vs v1")).isEmpty();
    }

    /** Both directions; an empty list means compatible. */
    static List<String> incompatibilities(Schema current, Schema released, String label) {
        List<String> problems = new ArrayList<>();
        var backward = SchemaCompatibility.checkReaderWriterCompatibility(current, released);
        if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(label + " not backward compatible: " + backward.getResult().getIncompatibilities());
        }
        var forward = SchemaCompatibility.checkReaderWriterCompatibility(released, current);
        if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(label + " not forward compatible: " + forward.getResult().getIncompatibilities());
        }
        return problems;
    }

    private static void release(Current current) throws IOException {
        List<Path> versions = ContractSchemas.history(current.historyDir());
        Schema schema = current.schema();
        if (!versions.isEmpty()) {
            Path latest = versions.get(versions.size() - 1);
            if (ContractSchemas.parse(latest).equals(schema)) {
                return;
            }
            // Never release an incompatible version; the compatibility test reports why.
            for (Path released : versions) {
                if (!incompatibilities(schema, ContractSchemas.parse(released), "").isEmpty()) {
                    return;
                }
            }
        }
        Files.createDirectories(current.historyDir());
        Files.writeString(current.historyDir().resolve("v" + (versions.size() + 1) + ".avsc"),
                schema.toString(true) + "\n");
    }
}
