package nl.inburgering.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The released versions of an event schema, as the contracts module ships them: {@code avro-history/<FullName>/v<k>.avsc}
 * on the classpath, each self-contained.
 */
public final class Schemageschiedenis {

    private Schemageschiedenis() {
    }

    private static int versie(Resource bestand) {
        String naam = bestand.getFilename();
        return Integer.parseInt(naam.substring(1, naam.length() - ".avsc".length()));
    }

    /** Every released version of the schema {@code fullName}, oldest first; empty when it has none. */
    public static List<Schema> versiesVan(String fullName) {
        try {
            Resource[] bestanden = new PathMatchingResourcePatternResolver(Schemageschiedenis.class.getClassLoader())
                    .getResources("classpath*:avro-history/" + fullName + "/v*.avsc");
            java.util.Arrays.sort(bestanden, java.util.Comparator.comparingInt(Schemageschiedenis::versie));
            List<Schema> versies = new ArrayList<>();
            for (Resource bestand : bestanden) {
                try (InputStream in = bestand.getInputStream()) {
                    versies.add(new Schema.Parser().parse(in));
                }
            }
            return versies;
        } catch (IOException e) {
            throw new UncheckedIOException("schemageschiedenis van " + fullName + " niet leesbaar", e);
        }
    }
}
