package nl.inburgering.keten.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

class LocalKafkaBrokerTest {

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.temporary();
        broker.start();
    }

    @AfterEach
    void brokerRunsAgain() {
        broker.start(); // a failed test must not leave the shared broker down
    }

    @AfterAll
    static void closeBroker() {
        broker.close();
    }

    @Test
    void a_record_produced_before_a_restart_can_be_consumed_after_it_on_the_same_port() throws Exception {
        String topic = newTopic();
        String before = broker.bootstrapServers();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "k", "before the restart")).get();
        }

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        assertThat(broker.bootstrapServers()).isEqualTo(before);
        assertThat(readAll(topic)).containsExactly("before the restart");
    }

    @Test
    void a_send_during_an_outage_is_delayed_and_succeeds_after_the_restart() throws Exception {
        String topic = newTopic();
        try (KafkaProducer<String, String> producer = producer(Map.of())) {
            producer.send(new ProducerRecord<>(topic, "k", "first")).get();

            broker.stop();
            // Without a broker the producer has no metadata for the topic, so send() itself blocks (up to
            // max.block.ms, 60 s by default) - as an outbox relay would.
            CompletableFuture<RecordMetadata> duringOutage = CompletableFuture.supplyAsync(() -> {
                try {
                    return producer.send(new ProducerRecord<>(topic, "k", "during the outage")).get();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !duringOutage.isDone());

            broker.start();
            assertThat(duringOutage).succeedsWithin(Duration.ofSeconds(30))
                    .extracting(RecordMetadata::offset).isEqualTo(1L);
        }
        assertThat(readAll(topic)).containsExactly("first", "during the outage");
    }

    @Test
    void a_send_that_times_out_during_an_outage_fails_and_the_same_producer_succeeds_after_the_restart() throws Exception {
        String topic = newTopic();
        try (KafkaProducer<String, String> producer = producer(Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "1500",
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "1000",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, "1000"))) {
            producer.send(new ProducerRecord<>(topic, "k", "first")).get();

            broker.stop();
            Throwable failure = catchThrowable(() -> producer.send(new ProducerRecord<>(topic, "k", "lost")).get());
            assertThat(failure).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);

            broker.start();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                    producer.send(new ProducerRecord<>(topic, "k", "after the restart")).get() != null);
        }
        assertThat(readAll(topic)).startsWith("first").endsWith("after the restart").doesNotContain("lost");
    }

    private static String newTopic() throws Exception {
        String topic = "test-" + UUID.randomUUID();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private static KafkaProducer<String, String> producer(Map<String, String> overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        p.put(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "200");
        p.putAll(overrides);
        return new KafkaProducer<>(p);
    }

    /** All values of partition 0, from the beginning up to the end offset at the time of the call. */
    private static List<String> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        TopicPartition partition = new TopicPartition(topic, 0);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
                return consumer.position(partition) >= end;
            });
        }
        return values;
    }
}
