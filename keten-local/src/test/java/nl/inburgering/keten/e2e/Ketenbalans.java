package nl.inburgering.keten.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import nl.inburgering.contracts.EventType;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.LocalPostgres;
import nl.inburgering.platform.events.AvroCodec;

/**
 * Input = output, read back from the real infrastructure: what a read-committed consumer finds on a topic (every
 * record, with its CloudEvent id, so a re-sent record and a second fact can be told apart), what the dead-letter
 * topics hold, what each consumer handled (its inbox) and how many rows a service's database has per person.
 */
final class Ketenbalans {

    private final String bootstrapServers;
    private final String jdbcBasis;

    /**
     * @param jdbcBasis {@code jdbc:postgresql://localhost:<port>/}, to which the database name is appended
     */
    Ketenbalans(String bootstrapServers, String jdbcBasis) {
        this.bootstrapServers = bootstrapServers;
        this.jdbcBasis = jdbcBasis;
    }

    /** One record as a partner reads it: its CloudEvent id and type, the person it is about and its data. */
    record Bericht(String topic, int partitie, long offset, String ceId, String ceType, String bsn,
            SpecificRecord data) {

        /** A field of the event's data, e.g. {@code gemeentecodeNieuw}. */
        String veld(String naam) {
            Object waarde = ((GenericRecord) data).get(naam);
            return waarde == null ? null : waarde.toString();
        }
    }

    /**
     * Every record on {@code topic} a read-committed consumer sees now, from the beginning up to the last stable
     * offset, in partition order (one person's records share a partition, so his are in the order produced).
     */
    List<Bericht> lees(Topic topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "ketenbalans-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partities = new ArrayList<>();
            for (String naam : concreteTopics(topic)) {
                consumer.partitionsFor(naam, Duration.ofSeconds(30))
                        .forEach(p -> partities.add(new TopicPartition(naam, p.partition())));
            }
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities);
            List<Bericht> berichten = new ArrayList<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    berichten.add(bericht(topic, r));
                }
                return partities.stream().allMatch(p -> consumer.position(p) >= einde.get(p));
            });
            return berichten;
        }
    }

    /**
     * The topics a stelseldienst has on the broker: its own name, or one per recipient (decision 0018:
     * {@code duo.inburgeringsplicht.v1.gemeente.0363}, {@code ....coa}), without the dead-letter topics.
     */
    private List<String> concreteTopics(Topic topic) {
        try (Admin admin = admin()) {
            return admin.listTopics().names().get().stream().filter(naam -> !naam.endsWith("-dlt"))
                    .filter(naam -> naam.equals(topic.name()) || naam.startsWith(topic.name() + ".")).sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("de topics van " + topic.name() + " zijn niet te lezen", e);
        }
    }

    /** Whether the service of {@code database} reads this (concrete) topic of the stelseldienst {@code topic}. */
    static boolean leest(String database, String concreet, Topic topic) {
        return concreet.equals(topic.name()) || concreet.startsWith(topic.name() + "." + database);
    }

    /** The inbox rows of the service of {@code database} for a stelseldienst, over the topics it reads. */
    long inboxRijen(String database, Topic topic) {
        return inbox(database).entrySet().stream().filter(e -> leest(database, e.getKey(), topic))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * The distinct events of a stelseldienst on the topics the service of {@code database} reads. One fact for two
     * recipients is one event on two topics with one CloudEvents id (decision 0018: e.g. #3 gewijzigd after a
     * verhuizing, to the old and the new gemeente), which a service that reads both handles once.
     */
    long eventsVoor(String database, Topic topic) {
        return lees(topic).stream().filter(b -> leest(database, b.topic(), topic))
                .map(Bericht::ceId).distinct().count();
    }

    private static Bericht bericht(Topic topic, ConsumerRecord<String, byte[]> r) {
        String ceType = header(r, "ce_type");
        EventType type = topic.eventTypes().stream().filter(t -> ceType != null && ceType.endsWith(t.type()))
                .findFirst().orElseThrow(() -> new IllegalStateException("onbekend type " + ceType + " op " + topic.name()));
        SpecificRecord data = AvroCodec.decode(r.value(), type.schema());
        Object bsn = data.getSchema().getField("bsn") == null ? null : ((GenericRecord) data).get("bsn");
        return new Bericht(r.topic(), r.partition(), r.offset(), header(r, "ce_id"), ceType,
                bsn == null ? null : bsn.toString(), data);
    }

    private static String header(ConsumerRecord<?, ?> r, String naam) {
        Header h = r.headers().lastHeader(naam);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The records of these persons, per person in the order a consumer gets them. */
    static Map<String, List<Bericht>> perPersoon(List<Bericht> berichten, Collection<String> bsns) {
        Set<String> gezocht = Set.copyOf(bsns);
        Map<String, List<Bericht>> per = new LinkedHashMap<>();
        berichten.stream().filter(b -> gezocht.contains(b.bsn()))
                .sorted(java.util.Comparator.comparingInt(Bericht::partitie).thenComparingLong(Bericht::offset))
                .forEach(b -> per.computeIfAbsent(b.bsn(), k -> new ArrayList<>()).add(b));
        return per;
    }

    /** The distinct events (by CloudEvent id) among records, in the order of their first record. */
    static List<Bericht> verschillend(List<Bericht> berichten) {
        Map<String, Bericht> eerste = new LinkedHashMap<>();
        berichten.forEach(b -> eerste.putIfAbsent(b.ceId(), b));
        return new ArrayList<>(eerste.values());
    }

    /** Every record on a dead-letter topic ({@code <topic>-dlt}) of the chain: there should be none. */
    long dodeBrieven() {
        try (Admin admin = admin()) {
            Set<String> dlts = admin.listTopics().names().get().stream().filter(n -> n.endsWith("-dlt"))
                    .collect(Collectors.toSet());
            if (dlts.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> vraag = new HashMap<>();
            admin.describeTopics(dlts).allTopicNames().get().forEach((naam, beschrijving) -> beschrijving
                    .partitions().forEach(p -> vraag.put(new TopicPartition(naam, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetSpec> begin = new HashMap<>();
            vraag.keySet().forEach(tp -> begin.put(tp, OffsetSpec.earliest()));
            var eind = admin.listOffsets(vraag).all().get();
            var start = admin.listOffsets(begin).all().get();
            return eind.entrySet().stream().mapToLong(e -> e.getValue().offset() - start.get(e.getKey()).offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException("de dead-letter-topics zijn niet te lezen", e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000));
    }

    /** Rows per person in a table with a {@code bsn} column of a service's database; a person without rows is 0. */
    Map<String, Integer> rijenPerPersoon(String database, String tabel, Collection<String> bsns) {
        Map<String, Integer> aantallen = new LinkedHashMap<>();
        bsns.forEach(bsn -> aantallen.put(bsn, 0));
        try (Connection c = DriverManager.getConnection(jdbcBasis + database, LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD);
                PreparedStatement s = c.prepareStatement(
                        "select bsn, count(*) from " + tabel + " where bsn = any(?) group by bsn")) {
            s.setArray(1, c.createArrayOf("varchar", bsns.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    aantallen.put(rs.getString(1), rs.getInt(2));
                }
            }
            return aantallen;
        } catch (SQLException e) {
            throw new IllegalStateException("telling in " + database + "." + tabel + " mislukt", e);
        }
    }

    /** Outbox rows of a service not yet published (parked ones too: they would be a finding). */
    long achterstand(String database) {
        try (Connection c = DriverManager.getConnection(jdbcBasis + database, LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD);
                PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where gepubliceerd_op is null");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** A consumer (its database) of a topic: it handled every event there once when its inbox has a row for each. */
    record Afnemer(String database, String topic) {
    }

    /**
     * What is still to be done before the chain is drained, empty when it is: no service has anything left in its
     * outbox, every consumer has an inbox row for every event on its topic, and every given person is in the
     * gemeente's werkvoorraad.
     */
    List<String> nogTeDoen(Collection<String> databases, Collection<Afnemer> afnemers, Collection<String> inWerkvoorraad) {
        List<String> open = new ArrayList<>();
        for (String db : databases) {
            long achterstand = achterstand(db);
            if (achterstand != 0) {
                open.add("outbox " + db + ": " + achterstand);
            }
        }
        for (Afnemer a : afnemers) {
            long rijen = inboxRijen(a.database(), topic(a.topic()));
            long events = eventsVoor(a.database(), topic(a.topic()));
            if (rijen != events) {
                open.add("inbox " + a.database() + " " + a.topic() + ": " + rijen + " van " + events);
            }
        }
        if (!inWerkvoorraad.isEmpty()) {
            long ontbreekt = rijenPerPersoon("gemeente", "inburgeraar", inWerkvoorraad).values().stream()
                    .filter(n -> n == 0).count();
            if (ontbreekt > 0) {
                open.add("werkvoorraad: " + ontbreekt + " personen nog niet");
            }
        }
        return open;
    }

    /** The inbox rows of a service per topic: one per event it handled. */
    Map<String, Long> inbox(String database) {
        Map<String, Long> perTopic = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcBasis + database, LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD);
                PreparedStatement s = c.prepareStatement("select topic, count(*) from inbox_event group by topic");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                perTopic.put(rs.getString(1), rs.getLong(2));
            }
            return perTopic;
        } catch (SQLException e) {
            throw new IllegalStateException("de inbox van " + database + " is niet te lezen", e);
        }
    }

    /** The distinct event ids on a topic (every person, every test so far). */
    Set<String> eventIds(Topic topic) {
        return lees(topic).stream().map(Bericht::ceId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Topic topic(String naam) {
        return TopicCatalogue.byName(naam);
    }
}
