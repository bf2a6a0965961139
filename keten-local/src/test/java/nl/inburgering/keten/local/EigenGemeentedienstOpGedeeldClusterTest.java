package nl.inburgering.keten.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgering.contracts.KafkaToegang;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.kafka.KafkaAcls;
import nl.inburgering.platform.kafka.KetenpartnerTopics;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Gemeente 0363 runs its own gemeente-service on the partners' shared cluster (decision 0018): SASL as
 * {@code User:gemeente-0363}, the ACLs generated from the catalogue, its own consumer group and transactional ids, no
 * right to create topics. It reads the inburgeringsplicht DUO delivers to it; DUO's deliveries to 0599 never reach it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EigenGemeentedienstOpGedeeldClusterTest {

    private static final SaslGebruikers GEBRUIKERS = SaslGebruikers.van("duo", "gemeente-0363");
    private static LocalKeten keten;

    @BeforeAll
    static void gemeente0363StartZijnDienstOpHetGedeeldeCluster() throws Exception {
        LocalKeten.Options opties = LocalKeten.Options.forTests().services().sasl(GEBRUIKERS);
        GEBRUIKERS.springProperties("gemeente-0363").forEach((k, v) -> opties.property(KetenService.GEMEENTE, k, v));
        opties.property(KetenService.GEMEENTE, "spring.kafka.admin.auto-create", "false")
                .property(KetenService.GEMEENTE, "spring.kafka.consumer.group-id", "gemeente-service-0363")
                .property(KetenService.GEMEENTE, "keten.outbox.transactie-id-prefix", "outbox-gemeente-service-0363-")
                .property(KetenService.GEMEENTE, "keten.gemeenten", "0363");
        keten = LocalKeten.start(opties);
        try (Admin beheerder = Admin.create(client(SaslGebruikers.BEHEERDER))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : TopicCatalogue.alleTopics(List.of("0363", "0599"), List.of())) {
                topics.add(new NewTopic(topic, 1, (short) 1));
                topics.add(new NewTopic(topic + "-dlt", 1, (short) 1));
            }
            beheerder.createTopics(topics).all().get();
            var bindingen = KafkaAcls.bindingen(KafkaToegang.regels(List.of(KafkaToegang.Deelnemer.van("duo"),
                    KafkaToegang.Deelnemer.van("gemeente-0363"))));
            beheerder.createAcls(bindingen).all().get();
            // the broker's authorizer applies the ACLs from the metadata log a moment after the controller committed
            await().atMost(Duration.ofSeconds(30)).until(() -> beheerder.describeAcls(
                    org.apache.kafka.common.acl.AclBindingFilter.ANY).values().get().containsAll(bindingen));
        }
        keten.startService(KetenService.GEMEENTE);
    }

    @AfterAll
    static void stop() {
        if (keten != null) {
            keten.close();
        }
    }

    @Test
    void de_dienst_van_gemeente_0363_leest_over_sasl_de_plicht_die_duo_haar_levert_en_alleen_haar_eigen_topics() {
        String bsn = TestBsn.nieuw();
        String anders = TestBsn.nieuw();

        TestPartner.publiceer(client("duo"), "sleutel-" + bsn, ContractEvents.inburgeringsplichtVastgesteld()
                .setBsn(bsn).setGemeentecode("0363").setOntvanger(Ontvanger.GEMEENTE).build());
        TestPartner.publiceer(client("duo"), "sleutel-" + anders, ContractEvents.inburgeringsplichtVastgesteld()
                .setBsn(anders).setGemeentecode("0599").setOntvanger(Ontvanger.GEMEENTE).build());

        JdbcClient gemeente = JdbcClient.create(keten.context(KetenService.GEMEENTE).getBean(javax.sql.DataSource.class));
        await().atMost(Duration.ofSeconds(60)).until(() -> gemeente.sql(
                "select count(*) from inbox_event where topic = ?").param(TopicCatalogue.INBURGERINGSPLICHT.name()
                + ".gemeente.0363").query(Long.class).single() >= 1);
        assertThat(keten.context(KetenService.GEMEENTE).getBean(KetenpartnerTopics.class).gelezenTopics())
                .allMatch(topic -> !topic.contains(".gemeente.") || topic.endsWith(".gemeente.0363"));
        assertThat(gemeente.sql("select count(*) from inbox_event where topic like ?").param("%.gemeente.0599")
                .query(Long.class).single()).isZero();
    }

    private static Map<String, Object> client(String gebruiker) {
        Map<String, Object> config = new HashMap<>(GEBRUIKERS.clientProperties(gebruiker));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, keten.bootstrapServers());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, gebruiker + "-" + UUID.randomUUID());
        return config;
    }
}
