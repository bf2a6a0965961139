package nl.inburgering.cbs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * CBS's command for #22 (decision 0041): reads the four monitoring topics from the beginning, opens every partner's
 * pseudonym with CBS's private key and replaces it by CBS's own stable pseudonym, and writes a dataset a statistician
 * can open:
 * <ul>
 * <li>one CSV per source ({@link Bron#bestand()}): a row per record, {@code cbs_pseudoniem}, {@code peildatum} and the
 * fields of its schema;</li>
 * <li>{@code koppeltabel.csv}: a row per person and peildatum, how many records each source delivered for him;</li>
 * <li>{@code datadictionary.csv}: every column of every file, its meaning, its source schema and field, its unit or
 * code list.</li>
 * </ul>
 * Neither the BSN nor a Kafka key of a partner's topic is written. A record delivered twice (the same CloudEvents
 * {@code ce_source} and {@code ce_id}) counts once; a record CBS cannot open is skipped and counted.
 *
 * <pre>
 * java -cp ... nl.inburgering.cbs.CbsDataset --bootstrap-servers localhost:9092 --privesleutel cbs-prive.pem
 *     --geheim cbs-geheim.txt --uitvoer target/cbs [--peildatum 2026-12-01] [--topics a,b]
 *     [--kafka.security.protocol SASL_PLAINTEXT --kafka.sasl.mechanism ... --kafka.sasl.jaas.config ...]
 * </pre>
 */
public final class CbsDataset {

    public static final String KOPPELTABEL = "koppeltabel.csv";
    public static final String DATADICTIONARY = "datadictionary.csv";
    public static final List<String> KOPPELKOLOMMEN = List.of("cbs_pseudoniem", "peildatum", "aantal_ind", "aantal_coa",
            "aantal_gemeente", "aantal_duo");
    public static final List<String> DICTIONARYKOLOMMEN = List.of("bestand", "kolom", "betekenis", "bronschema",
            "bronveld", "eenheid_of_codelijst");

    /** What a run wrote: records per source, and those it could not open. */
    public record Uitkomst(Map<Bron, Integer> records, int personen, int onleesbaar) {
    }

    private final String bootstrapServers;
    private final List<String> topics;
    private final CbsSleutels sleutels;
    private final LocalDate peildatum;
    private final Map<String, String> kafka;

    public CbsDataset(String bootstrapServers, List<String> topics, CbsSleutels sleutels, LocalDate peildatum) {
        this(bootstrapServers, topics, sleutels, peildatum, Map.of());
    }

    /** @param kafka further consumer settings (SASL, TLS: {@code security.protocol}, {@code sasl.jaas.config}, ...) */
    public CbsDataset(String bootstrapServers, List<String> topics, CbsSleutels sleutels, LocalDate peildatum,
            Map<String, String> kafka) {
        this.kafka = Map.copyOf(kafka);
        this.bootstrapServers = bootstrapServers;
        this.topics = List.copyOf(topics);
        this.sleutels = sleutels;
        this.peildatum = peildatum;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = argumenten(args);
        for (String verplicht : List.of("bootstrap-servers", "privesleutel", "geheim", "uitvoer")) {
            if (!a.containsKey(verplicht)) {
                System.err.println("""
                        gebruik: CbsDataset --bootstrap-servers HOST:PORT --privesleutel PKCS8.pem --geheim GEHEIM.txt
                                            --uitvoer MAP [--peildatum JJJJ-MM-DD] [--topics T1,T2,...]
                                            [--kafka.<consumer-instelling> WAARDE ...]""");
                System.exit(2);
            }
        }
        CbsSleutels sleutels = new CbsSleutels(Files.readString(Path.of(a.get("privesleutel"))),
                Files.readString(Path.of(a.get("geheim"))));
        List<String> topics = a.containsKey("topics") ? List.of(a.get("topics").split(","))
                : java.util.Arrays.stream(Bron.values()).map(Bron::topic).toList();
        LocalDate peildatum = a.containsKey("peildatum") ? LocalDate.parse(a.get("peildatum")) : null;
        Map<String, String> kafka = new HashMap<>();
        a.forEach((k, v) -> {
            if (k.startsWith("kafka.")) {
                kafka.put(k.substring("kafka.".length()), v);
            }
        });
        Uitkomst uitkomst = new CbsDataset(a.get("bootstrap-servers"), topics, sleutels, peildatum, kafka)
                .schrijf(Path.of(a.get("uitvoer")));
        System.out.println("CBS-dataset in " + a.get("uitvoer") + ": " + uitkomst);
    }

    private static Map<String, String> argumenten(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return a;
    }

    /** Reads the topics to their current end and writes the dataset into {@code map}. */
    public Uitkomst schrijf(Path map) {
        Map<Bron, List<List<String>>> rijen = new EnumMap<>(Bron.class);
        Map<List<String>, int[]> koppeling = new TreeMap<>(
                java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        Set<String> gezien = new HashSet<>();
        int onleesbaar = 0;
        for (ConsumerRecord<byte[], byte[]> record : lees()) {
            if (!gezien.add(header(record, "ce_source") + " " + header(record, "ce_id"))) {
                continue;
            }
            Bron bron = Bron.vanTopic(record.topic());
            List<String> rij;
            try {
                rij = rij(bron, bron.lees(record.value()));
            } catch (IllegalArgumentException e) {
                onleesbaar++;
                continue;
            }
            if (peildatum != null && !rij.get(1).equals(peildatum.toString())) {
                continue;
            }
            rijen.computeIfAbsent(bron, b -> new ArrayList<>()).add(rij);
            koppeling.computeIfAbsent(List.of(rij.get(0), rij.get(1)), k -> new int[Bron.values().length])
                    [bron.ordinal()]++;
        }
        try {
            Files.createDirectories(map);
            for (Bron bron : Bron.values()) {
                schrijfCsv(map.resolve(bron.bestand()), bron.kolommen(), rijen.getOrDefault(bron, List.of()));
            }
            schrijfCsv(map.resolve(KOPPELTABEL), KOPPELKOLOMMEN, koppeling.entrySet().stream().map(e -> {
                List<String> rij = new ArrayList<>(e.getKey());
                for (int aantal : e.getValue()) {
                    rij.add(Integer.toString(aantal));
                }
                return (List<String>) rij;
            }).toList());
            schrijfCsv(map.resolve(DATADICTIONARY), DICTIONARYKOLOMMEN, datadictionary());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Bron, Integer> aantallen = new EnumMap<>(Bron.class);
        for (Bron bron : Bron.values()) {
            aantallen.put(bron, rijen.getOrDefault(bron, List.of()).size());
        }
        return new Uitkomst(aantallen, koppeling.keySet().stream().map(k -> k.get(0)).collect(Collectors.toSet()).size(),
                onleesbaar);
    }

    private List<String> rij(Bron bron, SpecificRecordBase record) {
        List<String> rij = new ArrayList<>();
        for (Schema.Field veld : bron.schema().getFields()) {
            Object waarde = record.get(veld.pos());
            if (veld.name().equals("pseudoniem")) {
                rij.add(sleutels.cbsPseudoniem(waarde.toString()));
            } else {
                rij.add(waarde == null ? "" : waarde.toString());
            }
        }
        return rij;
    }

    private List<ConsumerRecord<byte[], byte[]>> lees() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> gelezen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partities = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(
                        info -> partities.add(new TopicPartition(info.topic(), info.partition())));
            }
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities);
            while (partities.stream().anyMatch(tp -> consumer.position(tp) < einde.get(tp))) {
                consumer.poll(Duration.ofMillis(500)).forEach(gelezen::add);
            }
        }
        return gelezen;
    }

    private static String header(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every column of every file, described from the Avro schemas themselves, so a new field is described too. */
    static List<List<String>> datadictionary() {
        List<List<String>> rijen = new ArrayList<>();
        for (Bron bron : Bron.values()) {
            for (Schema.Field veld : bron.schema().getFields()) {
                String schema = bron.schema().getFullName();
                if (veld.name().equals("pseudoniem")) {
                    rijen.add(List.of(bron.bestand(), "cbs_pseudoniem",
                            "Pseudoniem van de persoon van CBS: gelijk voor alle records van een persoon uit alle "
                                    + "bronnen; door CBS afgeleid uit het versleutelde pseudoniem van de bron",
                            schema, "pseudoniem", "32 hexadecimale tekens (HMAC-SHA256 met het geheim van CBS)"));
                } else {
                    rijen.add(List.of(bron.bestand(), veld.name(), veld.doc(), schema, veld.name(),
                            eenheid(veld.schema())));
                }
            }
        }
        rijen.add(List.of(KOPPELTABEL, "cbs_pseudoniem", "Pseudoniem van de persoon van CBS (zie de bronbestanden)",
                "(afgeleid)", "pseudoniem", "32 hexadecimale tekens"));
        rijen.add(List.of(KOPPELTABEL, "peildatum", "Datum waarop de gegevens gelden", "(afgeleid)", "peildatum",
                "datum (ISO 8601, JJJJ-MM-DD)"));
        for (Bron bron : Bron.values()) {
            rijen.add(List.of(KOPPELTABEL, "aantal_" + bron.name().toLowerCase(java.util.Locale.ROOT),
                    "Aantal records van deze persoon op deze peildatum in " + bron.bestand(), "(afgeleid)",
                    bron.schema().getFullName(), "aantal (0 = geen levering van deze bron)"));
        }
        return rijen;
    }

    private static String eenheid(Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            Schema niet = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst()
                    .orElseThrow();
            return eenheid(niet) + "; leeg als onbekend";
        }
        if (schema.getLogicalType() instanceof LogicalTypes.Date) {
            return "datum (ISO 8601, JJJJ-MM-DD)";
        }
        return switch (schema.getType()) {
            case ENUM -> "codelijst " + schema.getName() + ": " + String.join(", ", schema.getEnumSymbols());
            case BOOLEAN -> "true of false";
            case INT, LONG -> "geheel getal";
            default -> "tekst";
        };
    }

    private static void schrijfCsv(Path bestand, List<String> kolommen, List<List<String>> rijen) throws IOException {
        try (Writer w = Files.newBufferedWriter(bestand, StandardCharsets.UTF_8)) {
            w.write(regel(kolommen));
            for (List<String> rij : rijen) {
                w.write(regel(rij));
            }
        }
    }

    private static String regel(List<String> waarden) {
        return waarden.stream().map(CbsDataset::veld).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String veld(String waarde) {
        if (waarde.contains(",") || waarde.contains("\"") || waarde.contains("\n") || waarde.contains("\r")) {
            return "\"" + waarde.replace("\"", "\"\"") + "\"";
        }
        return waarde;
    }
}
