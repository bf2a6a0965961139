package nl.inburgering.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The current event schemas, found from the source files rather than a hand-kept list, so a new
 * .avsc file is automatically subject to every guard rail. Shared types under {@code common/} are
 * not events; they are checked through the events that use them.
 */
final class ContractSchemas {

    static final Path AVRO_SOURCES = Path.of("src/main/avro");
    static final Path HISTORY = Path.of("src/main/avro-history");
    private static final Pattern MAJOR_SUFFIX = Pattern.compile(".*\\.v(\\d+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event schema: its source file and generated class. */
    record Current(Path source, Class<? extends SpecificRecord> type) {

        Schema schema() {
            return SpecificData.get().getSchema(type);
        }

        String fullName() {
            return type.getName();
        }

        Path historyDir() {
            return HISTORY.resolve(fullName());
        }
    }

    private ContractSchemas() {
    }

    static List<Current> events() {
        try (Stream<Path> files = Files.walk(AVRO_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".avsc"))
                    .filter(p -> !AVRO_SOURCES.relativize(p).startsWith("common"))
                    .sorted()
                    .map(ContractSchemas::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Current load(Path source) {
        try {
            JsonNode node = JSON.readTree(source.toFile());
            String fullName = node.path("namespace").asText() + "." + node.path("name").asText();
            return new Current(source, (Class<? extends SpecificRecord>) Class.forName(fullName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated class for " + source, e);
        }
    }

    /**
     * The major version of a schema. A breaking change is a new schema in namespace
     * {@code ...event.v<N>} on a new topic {@code ...v<N>}; everything else is major 1. Because
     * the major is part of the full name, each history folder holds exactly one major.
     */
    static int majorOf(Schema schema) {
        Matcher m = MAJOR_SUFFIX.matcher(schema.getNamespace());
        return m.matches() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** Released versions of one schema, oldest first. */
    static List<Path> history(Path historyDir) {
        if (!Files.isDirectory(historyDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(historyDir)) {
            return files.filter(p -> p.getFileName().toString().matches("v\\d+\\.avsc"))
                    .sorted(Comparator.comparingInt(ContractSchemas::versionOf))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int versionOf(Path historyFile) {
        String name = historyFile.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.length() - ".avsc".length()));
    }

    /** History files are self-contained (all named types inlined), so each parses on its own. */
    static Schema parse(Path historyFile) {
        try {
            return new Schema.Parser().parse(historyFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
