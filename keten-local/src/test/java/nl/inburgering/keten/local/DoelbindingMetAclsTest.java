package nl.inburgering.keten.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.KafkaToegang;
import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.kafka.KafkaAcls;

/**
 * Doelbinding on a cluster shared by the partners (issue 12 item 5, decision 0018): a real KRaft broker with SASL and
 * Kafka's StandardAuthorizer, a principal per partner, the ACLs generated from the topic catalogue applied by the
 * operator. DUO's outbox relay (its principal, its transactional ids) delivers the inburgeringsplicht to gemeente 0363,
 * gemeente 0599 and COA, each on its own topic; each reads its own and is refused the others'.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DoelbindingMetAclsTest {

    private static final List<String> GEMEENTEN = List.of("0363", "0599");
    private static final SaslGebruikers GEBRUIKERS = SaslGebruikers.van("duo", "coa", "gemeente-0363", "gemeente-0599");
    private static final String AMSTERDAM = TopicCatalogue.INBURGERINGSPLICHT.topicVoor(Afnemer.gemeente("0363"));
    private static final String ROTTERDAM = TopicCatalogue.INBURGERINGSPLICHT.topicVoor(Afnemer.gemeente("0599"));
    private static final String COA = TopicCatalogue.INBURGERINGSPLICHT.topicVoor(Afnemer.van(Ketenpartner.COA));

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void deBeheerderMaaktDeTopicsEnDeAclsUitDeCatalogus() throws Exception {
        broker = LocalKafkaBroker.temporaryMetSasl(GEBRUIKERS);
        broker.start();
        try (Admin admin = Admin.create(new HashMap<>(client(SaslGebruikers.BEHEERDER)))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : TopicCatalogue.alleTopics(GEMEENTEN, List.of())) {
                topics.add(new NewTopic(topic, 1, (short) 1));
                topics.add(new NewTopic(topic + "-dlt", 1, (short) 1));
            }
            admin.createTopics(topics).all().get();
            var bindingen = KafkaAcls.bindingen(KafkaToegang.regels(List.of(KafkaToegang.Deelnemer.van("duo"),
                    KafkaToegang.Deelnemer.van("coa"), KafkaToegang.Deelnemer.van("gemeente-0363"),
                    KafkaToegang.Deelnemer.van("gemeente-0599"))));
            admin.createAcls(bindingen).all().get();
            // the broker's authorizer applies the ACLs from the metadata log a moment after the controller committed
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.describeAcls(
                    org.apache.kafka.common.acl.AclBindingFilter.ANY).values().get().containsAll(bindingen));
        }
        // DUO's outbox relay: a transactional producer with the relay's transactional id, as User:duo
        Map<String, Object> relay = client("duo");
        relay.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "outbox-duo-service-0");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(relay, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(AMSTERDAM, "sleutel", "plicht voor 0363".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(ROTTERDAM, "sleutel", "plicht voor 0599".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(COA, "sleutel", "plicht voor COA".getBytes(StandardCharsets.UTF_8)));
            producer.commitTransaction();
        }
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void gemeente_0363_leest_de_plicht_op_haar_eigen_topic() {
        try (var consumer = consumer("gemeente-0363", "gemeente-service-0363")) {
            consumer.subscribe(List.of(AMSTERDAM));
            assertThat(leesTot(consumer, 1)).containsExactly("plicht voor 0363");
        }
    }

    @Test
    void gemeente_0363_wordt_het_topic_van_gemeente_0599_geweigerd() {
        try (var consumer = consumer("gemeente-0363", "gemeente-service-0363")) {
            consumer.subscribe(List.of(ROTTERDAM));
            assertThat(weigering(consumer)).isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining(ROTTERDAM);
        }
    }

    @Test
    void coa_leest_zijn_eigen_topic_en_wordt_het_topic_van_een_gemeente_geweigerd() {
        try (var consumer = consumer("coa", "coa-service")) {
            consumer.subscribe(List.of(COA));
            assertThat(leesTot(consumer, 1)).containsExactly("plicht voor COA");
        }
        try (var consumer = consumer("coa", "coa-service")) {
            consumer.subscribe(List.of(AMSTERDAM));
            assertThat(weigering(consumer)).isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining(AMSTERDAM);
        }
    }

    @Test
    void een_gemeente_mag_niet_schrijven_op_een_topic_van_duo() {
        Map<String, Object> config = client("gemeente-0363");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(AMSTERDAM, "sleutel",
                    "een vervalste plicht".getBytes(StandardCharsets.UTF_8))).get())
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void een_gemeente_mag_niet_lezen_in_de_consumentengroep_van_een_andere_gemeente() {
        try (var consumer = consumer("gemeente-0363", "gemeente-service-0599")) {
            consumer.subscribe(List.of(AMSTERDAM));
            assertThat(weigering(consumer)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void een_partner_mag_geen_topics_maken() {
        try (Admin admin = Admin.create(new HashMap<>(client("gemeente-0363")))) {
            assertThatThrownBy(() -> admin.createTopics(List.of(new NewTopic(
                    TopicCatalogue.INBURGERINGSPLICHT.topicVoor(Afnemer.gemeente("0518")), 1, (short) 1))).all().get())
                    .cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static Map<String, Object> client(String gebruiker) {
        Map<String, Object> config = new HashMap<>(GEBRUIKERS.clientProperties(gebruiker));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return config;
    }

    private static KafkaConsumer<String, byte[]> consumer(String gebruiker, String groep) {
        Map<String, Object> config = client(gebruiker);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groep);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<String> leesTot(KafkaConsumer<String, byte[]> consumer, int aantal) {
        List<String> gelezen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> gelezen.add(new String(r.value(), StandardCharsets.UTF_8)));
            return gelezen.size() >= aantal;
        });
        return gelezen;
    }

    /** What the broker answers a consumer that may not read: the first exception of its polls. */
    private static KafkaException weigering(KafkaConsumer<String, byte[]> consumer) {
        AtomicReference<KafkaException> fout = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                consumer.poll(Duration.ofMillis(200));
                return false;
            } catch (KafkaException e) {
                fout.set(e);
                return true;
            }
        });
        return fout.get();
    }
}
