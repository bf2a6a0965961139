package nl.inburgering.keten.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.keten.local.LocalPostgres;

/**
 * This machine's own ceilings, measured on the same PostgreSQL and the same Kafka broker the chain runs on (with the
 * chain idle): commits per second of a plain single-row insert loop, and produce-and-consume throughput of records
 * as large as the chain's own.
 */
final class Plafonds {

    /** Commits per second of {@code insert ... values (?)} in autocommit, from {@code verbindingen} connections. */
    record PostgresPlafond(int verbindingen, long commits, double seconden) {
        double perSeconde() {
            return commits / seconden;
        }
    }

    /** A copy of a real chain record produced and consumed as fast as possible. */
    record KafkaPlafond(int recordBytes, long records, double produceerSeconden, double consumeerSeconden) {
        double geproduceerdPerSeconde() {
            return records / produceerSeconden;
        }

        double verbruiktPerSeconde() {
            return records / consumeerSeconden;
        }
    }

    /** The chain's records: their mean size, and one of median size to copy. */
    record Recordgrootte(int aantal, double gemiddeld, ConsumerRecord<byte[], byte[]> voorbeeld) {
    }

    private Plafonds() {
    }

    static PostgresPlafond postgres(LocalKeten keten, Databanken db, int verbindingen, Duration duur) throws Exception {
        try (Statement s = db.beheer().createStatement()) {
            s.execute("drop database if exists benchmark_plafond");
            s.execute("create database benchmark_plafond");
        }
        String url = keten.postgres().jdbcUrl("benchmark_plafond");
        try (Connection c = DriverManager.getConnection(url, LocalPostgres.USERNAME, LocalPostgres.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("create table rij (id bigserial primary key, waarde text not null, op timestamptz not null default now())");
        }
        AtomicLong commits = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(verbindingen);
        long eind = System.nanoTime() + duur.toNanos();
        long begin = System.nanoTime();
        try {
            List<Future<?>> lussen = new ArrayList<>();
            for (int i = 0; i < verbindingen; i++) {
                lussen.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, LocalPostgres.USERNAME, LocalPostgres.PASSWORD);
                            PreparedStatement insert = c.prepareStatement("insert into rij (waarde) values (?)")) {
                        c.setAutoCommit(true);
                        String waarde = UUID.randomUUID().toString();
                        while (System.nanoTime() < eind) {
                            insert.setString(1, waarde);
                            insert.executeUpdate();
                            commits.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : lussen) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        try (Statement s = db.beheer().createStatement()) {
            s.execute("drop database if exists benchmark_plafond");
        }
        return new PostgresPlafond(verbindingen, commits.get(), seconden);
    }

    /** Reads up to {@code max} of the chain's records from the start of its topics. */
    static Recordgrootte recordgrootte(LocalKeten keten, List<String> topics, int max) {
        List<ConsumerRecord<byte[], byte[]>> gelezen = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(keten, null))) {
            List<TopicPartition> partities = new ArrayList<>();
            for (String topic : topics) {
                partities.addAll(partities(consumer, topic));
            }
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int legeRondes = 0;
            while (gelezen.size() < max && System.nanoTime() < tot && legeRondes < (gelezen.isEmpty() ? 10 : 1)) {
                var records = consumer.poll(Duration.ofMillis(300));
                legeRondes = records.isEmpty() ? legeRondes + 1 : 0;
                records.forEach(gelezen::add);
            }
        }
        if (gelezen.isEmpty()) {
            throw new IllegalStateException("no records on the chain's topics to copy");
        }
        gelezen.sort(Comparator.comparingInt(Plafonds::grootte));
        double gemiddeld = gelezen.stream().mapToInt(Plafonds::grootte).average().orElse(0);
        return new Recordgrootte(gelezen.size(), gemiddeld, gelezen.get(gelezen.size() / 2));
    }

    /**
     * The partitions of a topic just created. On a busy machine the broker's metadata can name the topic before its
     * partitions (an empty list), and a consumer assigned no partitions cannot poll: ask again until they are there.
     */
    static List<TopicPartition> partities(KafkaConsumer<?, ?> consumer, String topic) {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            List<TopicPartition> partities = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partities.add(new TopicPartition(topic, p.partition())));
            if (!partities.isEmpty()) {
                return partities;
            }
            if (System.nanoTime() > tot) {
                throw new IllegalStateException("the broker names no partitions of " + topic + " after 30 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    /** Key, value and headers, as they travel. */
    static int grootte(ConsumerRecord<byte[], byte[]> r) {
        int n = (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
        for (Header h : r.headers()) {
            n += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length);
        }
        return n;
    }

    /**
     * Produces copies of {@code voorbeeld} (its key, value and headers) for {@code duur} with the producer settings
     * of the services (acks=all, idempotence), while a consumer (read_committed, like the services) reads them.
     */
    static KafkaPlafond kafka(LocalKeten keten, Admin admin, ConsumerRecord<byte[], byte[]> voorbeeld, Duration duur)
            throws Exception {
        String topic = "benchmark.plafond." + UUID.randomUUID().toString().substring(0, 8);
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        AtomicLong verbruikt = new AtomicLong();
        AtomicLong laatsteVerbruikt = new AtomicLong();
        AtomicLong teVerwachten = new AtomicLong(Long.MAX_VALUE);
        ExecutorService consumerThread = Executors.newSingleThreadExecutor();
        java.util.concurrent.CountDownLatch toegewezen = new java.util.concurrent.CountDownLatch(1);
        Future<?> consumer = consumerThread.submit(() -> {
            // assigned partitions, no group: a group join would only add the coordinator's rebalance delay
            try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(consumerProps(keten, null))) {
                List<TopicPartition> partities = partities(c, topic);
                c.assign(partities);
                c.seekToBeginning(partities);
                partities.forEach(c::position);
                toegewezen.countDown();
                long tot = System.nanoTime() + duur.toNanos() + TimeUnit.SECONDS.toNanos(60);
                while (verbruikt.get() < teVerwachten.get() && System.nanoTime() < tot) {
                    int n = c.poll(Duration.ofMillis(100)).count();
                    if (n > 0) {
                        verbruikt.addAndGet(n);
                        laatsteVerbruikt.set(System.nanoTime());
                    }
                }
            }
            return null;
        });
        if (!toegewezen.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the ceiling consumer found no partitions");
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, keten.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        long geproduceerd = 0;
        long begin = System.nanoTime();
        long produceerEind;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            long eind = begin + duur.toNanos();
            while (System.nanoTime() < eind) {
                for (int i = 0; i < 100; i++) {
                    ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, null, voorbeeld.key(),
                            voorbeeld.value(), voorbeeld.headers());
                    producer.send(r);
                    geproduceerd++;
                }
            }
            producer.flush();
            produceerEind = System.nanoTime();
        }
        teVerwachten.set(geproduceerd);
        consumer.get(duur.toSeconds() + 90, TimeUnit.SECONDS);
        consumerThread.shutdownNow();
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        long klaar = laatsteVerbruikt.get();
        return new KafkaPlafond(grootte(voorbeeld), Math.min(geproduceerd, verbruikt.get()),
                (produceerEind - begin) / 1e9, (klaar - begin) / 1e9);
    }

    private static Properties consumerProps(LocalKeten keten, String groep) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, keten.bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        if (groep != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groep);
        }
        return p;
    }

}
