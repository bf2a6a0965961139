package nl.inburgering.platform;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.config.LokaleGeheimenControle;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.inbox.EventInbox;
import nl.inburgering.platform.kafka.KafkaFoutafhandeling;
import nl.inburgering.platform.observatie.KetenMetrieken;
import nl.inburgering.platform.kafka.KetenpartnerTopics;
import nl.inburgering.platform.kafka.TopicsPerAfnemer;
import nl.inburgering.platform.migratie.ModuleMigraties;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.outbox.Uitgaand;
import nl.inburgering.platform.outbox.UitgaandeVertaling;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.outbox.OutboxRelay;
import nl.inburgering.platform.time.Leveringstermijn;
import nl.inburgering.platform.transactie.Transactiesjablonen;
import nl.inburgering.platform.transactie.Transactietelling;
import nl.inburgering.platform.tracing.MicrometerTraceDoorgifte;
import nl.inburgering.platform.tracing.TraceDoorgifte;
import nl.inburgering.platform.time.VerschuifbareKlok;
import nl.inburgering.platform.time.WerkdagenKalender;
import nl.inburgering.platform.web.ApiVersionFilter;
import nl.inburgering.platform.web.OpenApiConventies;
import nl.inburgering.platform.web.ProbleemInstantie;
import nl.inburgering.platform.web.ProblemDetailsAdvice;

/** The chassis every ketenpartner service gets by having the platform on its classpath. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration" })
@EnableConfigurationProperties(KetenProperties.class)
public class PlatformAutoConfiguration {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${keten.klok.verschuifbaar:false}") boolean verschuifbaar) {
        return verschuifbaar ? VerschuifbareKlok.GEDEELD : Clock.system(NEDERLAND);
    }

    /** The platform's tables and the service's own each keep their own schema history (decision 0008). */
    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy moduleMigraties() {
        return new ModuleMigraties();
    }

    @Bean
    Pseudoniem pseudoniem(KetenProperties properties) {
        return new Pseudoniem(properties.pseudonimisering().sleutel());
    }

    @Bean
    JdbcClient platformJdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    /**
     * A template per injection point, named after the class it is injected into (decision 0052): a worker such as
     * the gemeente's signal index or DUO's deadline job counts its transactions under its own name
     * ({@link Transactietelling}) without naming anything itself. The platform's own users rename their copy
     * ({@link Transactiesjablonen}). Prototype, so it is not shared and nobody's settings reach another; to be
     * injected, never asked for with {@code getBean} (there is no injection point to name it after).
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    TransactionTemplate platformTransactionTemplate(PlatformTransactionManager transactionManager,
            InjectionPoint injectionPoint) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setName(injectionPoint.getMember().getDeclaringClass().getName());
        return template;
    }

    /**
     * Every Spring-managed transaction counted per source (decision 0052); Spring Boot hands every
     * {@code TransactionExecutionListener} bean to the transaction managers it makes (JPA's and JDBC's).
     */
    @Bean
    Transactietelling transactietelling() {
        return new Transactietelling();
    }

    /** W3C trace context through the outbox (architecture §9); none when no tracer is configured. */
    @Bean
    @ConditionalOnMissingBean
    TraceDoorgifte traceDoorgifte(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null ? TraceDoorgifte.GEEN : new MicrometerTraceDoorgifte(t, p);
    }

    /** The delivery agreements per stelseldienst and partner pair, as this service sees them (decision 0042). */
    @Bean
    nl.inburgering.platform.leveringsafspraak.Leveringsafspraken leveringsafspraken(JdbcClient platformJdbcClient,
            Clock clock, KetenProperties properties) {
        return new nl.inburgering.platform.leveringsafspraak.Leveringsafspraken(platformJdbcClient, clock,
                properties.partner());
    }

    @Bean
    KetenMetrieken ketenMetrieken(MeterRegistry registry, JdbcClient platformJdbcClient, Clock clock,
            nl.inburgering.platform.leveringsafspraak.Leveringsafspraken leveringsafspraken) {
        return new KetenMetrieken(registry, platformJdbcClient, clock, Duration.ofSeconds(15), leveringsafspraken);
    }

    /**
     * The relay has a producer of its own: the service's producer settings (idempotent, acks=all), and its own client
     * id. By default it publishes without a Kafka transaction and keeps the order per key by sending a key's next event
     * only after the previous one was acknowledged (decision 0057). With {@code keten.outbox.kafka-transactie=true} each
     * round is one Kafka transaction (issue 11 item 14), with one transactional id per service, so a relay that takes
     * over the lock fences a stale one of another instance. The service's own KafkaTemplate (dead letters, tests)
     * stays as it is.
     */
    @Bean
    OutboxRelay outboxRelay(JdbcClient platformJdbcClient, TransactionTemplate platformTransactionTemplate,
            org.springframework.kafka.core.ProducerFactory<String, byte[]> producerFactory, KetenProperties properties,
            TraceDoorgifte tracing, KetenMetrieken metrieken, Clock clock,
            @Value("${keten.outbox.max-pogingen:" + OutboxRelay.STANDAARD_MAX_POGINGEN + "}") int maxPogingen) {
        boolean kafkaTransactie = properties.outbox().kafkaTransactie();
        var instellingen = new java.util.HashMap<>(producerFactory.getConfigurationProperties());
        if (!kafkaTransactie) { // a transactional producer takes its client id from its transactional id
            instellingen.put(org.apache.kafka.clients.producer.ProducerConfig.CLIENT_ID_CONFIG,
                    properties.transactieIdPrefix() + "relay");
        }
        var relayproducent = new org.springframework.kafka.core.DefaultKafkaProducerFactory<String, byte[]>(instellingen);
        if (kafkaTransactie) {
            relayproducent.setTransactionIdPrefix(properties.transactieIdPrefix());
            // one relay thread, so one id: every instance's relay uses the same transactional id, and the one that
            // takes over the lock fences a stale one (a growing suffix after a failed producer would escape the fence)
            relayproducent.setTransactionIdSuffixStrategy(
                    new org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy(1));
        }
        return new OutboxRelay(platformJdbcClient, platformTransactionTemplate, new KafkaTemplate<>(relayproducent),
                properties.outbox().interval(), properties.outbox().batchGrootte(), tracing, metrieken, clock,
                properties.outbox().bewaartermijn(), maxPogingen);
    }

    /** In the liveness group ({@code management.endpoint.health.group.liveness}): a dead relay restarts the service. */
    @Bean
    nl.inburgering.platform.outbox.OutboxRelayGezondheid outboxRelayHealthIndicator(OutboxRelay outboxRelay) {
        return new nl.inburgering.platform.outbox.OutboxRelayGezondheid(outboxRelay);
    }

    /** Retention of the inbox and the Logboek (issue 11 item 22; decision 0011). */
    @Bean
    nl.inburgering.platform.bewaring.Bewaartermijnen bewaartermijnen(JdbcClient platformJdbcClient, Clock clock,
            @Value("${keten.inbox.bewaartermijn:P400D}") Duration inbox,
            @Value("${keten.logboek.bewaartermijn:P7305D}") Duration logboek) {
        return new nl.inburgering.platform.bewaring.Bewaartermijnen(platformJdbcClient, clock, inbox, logboek);
    }

    @Bean
    Leveringstermijn leveringstermijn(WerkdagenKalender kalender, Clock clock) {
        return new Leveringstermijn(kalender, clock);
    }

    @Bean
    Uitgaand uitgaand(KetenProperties properties, List<UitgaandeVertaling<?, ?>> vertalingen) {
        return new Uitgaand(properties.partner(), vertalingen, properties.topics().controle(),
                java.util.Set.copyOf(properties.gehostePartners()));
    }

    @Bean
    Outbox outbox(JdbcClient platformJdbcClient, Clock clock, Pseudoniem pseudoniem, KetenProperties properties,
            OutboxRelay relay, Leveringstermijn leveringstermijn, TraceDoorgifte tracing, Uitgaand uitgaand,
            @Value("${keten.outbox.max-payload-bytes:" + Outbox.STANDAARD_MAX_PAYLOAD + "}") int maxPayload,
            org.springframework.beans.factory.ObjectProvider<nl.inburgering.platform.outbox.OutboxWaarnemer> waarnemers) {
        URI source = URI.create("urn:nld:oin:" + properties.oin() + ":systeem:" + properties.service());
        return new Outbox(platformJdbcClient, clock, pseudoniem, source, relay, leveringstermijn, tracing, uitgaand,
                maxPayload, waarnemers.orderedStream().toList());
    }

    @Bean
    KetenpartnerTopics ketenpartnerTopics(KetenProperties properties, KafkaListenerEndpointRegistry listeners,
            Uitgaand uitgaand) {
        return new KetenpartnerTopics(properties.partner(), listeners, uitgaand, properties.topics().controle(),
                java.util.Set.copyOf(properties.gehostePartners()));
    }

    @Bean
    Persoonsvergrendeling persoonsvergrendeling(JdbcClient platformJdbcClient, Pseudoniem pseudoniem) {
        return new Persoonsvergrendeling(platformJdbcClient, pseudoniem);
    }

    @Bean
    EventInbox eventInbox(JdbcClient platformJdbcClient, TransactionTemplate platformTransactionTemplate,
            Clock clock, KetenMetrieken metrieken, TraceDoorgifte tracing,
            ObjectProvider<jakarta.persistence.EntityManagerFactory> jpa,
            org.springframework.core.env.Environment omgeving) {
        // keten.inbox.bronnen.<PARTNER>: systems accepted as a topic's source next to <partner>-service (decision 0011)
        var bronnen = org.springframework.boot.context.properties.bind.Binder.get(omgeving)
                .bind("keten.inbox.bronnen", org.springframework.boot.context.properties.bind.Bindable
                        .mapOf(nl.inburgering.contracts.Ketenpartner.class, String[].class))
                .orElse(java.util.Map.of());
        var extra = new java.util.EnumMap<nl.inburgering.contracts.Ketenpartner, List<String>>(
                nl.inburgering.contracts.Ketenpartner.class);
        bronnen.forEach((partner, namen) -> extra.put(partner, List.of(namen)));
        return new EventInbox(platformJdbcClient, platformTransactionTemplate, clock, metrieken,
                new nl.inburgering.platform.inbox.Bronnen(extra), tracing, persistentiecontextLegen(jpa));
    }

    /** Decision 0043: between the records of one poll the persistence context is written and emptied. */
    private static Runnable persistentiecontextLegen(ObjectProvider<jakarta.persistence.EntityManagerFactory> jpa) {
        jakarta.persistence.EntityManagerFactory factory = jpa.getIfUnique();
        if (factory == null) {
            return () -> {
            };
        }
        jakarta.persistence.EntityManager gedeeld = org.springframework.orm.jpa.SharedEntityManagerCreator
                .createSharedEntityManager(factory);
        return () -> {
            gedeeld.flush();
            gedeeld.clear();
        };
    }

    /**
     * The relay publishes each batch as a Kafka transaction (decision 0011), which puts a commit marker after it in
     * every partition. A consumer that has handled the last record would otherwise commit the marker's offset, not
     * the position after it, and show a lag of one per partition for ever (in the metrics and the benchmark). One
     * customizer for both (Spring Boot applies a container customizer only when there is exactly one): it also names
     * the consumer threads ({@link #consumerThreadPrefix}).
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> transactiemarkeringen(
            @Value("${keten.service:${spring.application.name:}}") String service) {
        return container -> {
            container.getContainerProperties().setFixTxOffsets(true);
            container.getContainerProperties().setListenerTaskExecutor(
                    new org.springframework.core.task.SimpleAsyncTaskExecutor(consumerThreadPrefix(service,
                            container.getListenerId())));
        };
    }

    /**
     * The consumer threads of a listener are named {@code <service>/<listener id>-C-<n>}. Spring Kafka's own name is
     * the listener id alone, and the generated ids ({@code ...KafkaListenerEndpointContainer#4}) repeat in every
     * service: with the service in front a thread dump, a profile or the benchmark's CPU per delivery (which runs
     * all five services in one JVM) can tell whose listener a thread is.
     */
    public static String consumerThreadPrefix(String service, String listenerId) {
        return (service == null || service.isBlank() ? "" : service + "/") + listenerId + "-C-";
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, KetenMetrieken metrieken,
            nl.inburgering.platform.leveringsafspraak.Leveringsafspraken leveringsafspraken) {
        return KafkaFoutafhandeling.errorHandler(kafkaTemplate, metrieken, leveringsafspraken::deadLetter);
    }

    /**
     * Every topic of the catalogue (of a stelseldienst per recipient: the topic of every consumer, per gemeente and
     * instelling of {@code keten.gemeenten} and {@code keten.instellingen}) and its dead-letter topic, with the partitions, replication factor and
     * {@code min.insync.replicas} of {@code keten.kafka} (1/1 locally, 3/2 on a cluster); creating an existing topic
     * is a no-op (an existing topic keeps its settings).
     */
    @Bean
    KafkaAdmin.NewTopics ketenTopics(KetenProperties properties,
            @Value("${keten.inbox.bewaartermijn:P400D}") Duration inboxBewaartermijn) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : TopicCatalogue.alleTopics(properties.gemeenten(), properties.instellingen())) {
            topics.add(nieuwTopic(topic, properties.kafka()));
            topics.add(nieuwDltTopic(topic + "-dlt", properties.kafka(), inboxBewaartermijn));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /**
     * A listener names its stelseldienst ({@code @KafkaListener(topics = Topics.INBURGERINGSPLICHT)}); of a
     * stelseldienst per recipient it reads this partner's own topics: COA {@code ...coa}, a gemeente-service those of
     * its {@code keten.gemeenten} (decision 0018). Static: the listener annotations are read before other beans exist.
     */
    @Bean
    @org.springframework.context.annotation.Role(org.springframework.beans.factory.config.BeanDefinition.ROLE_INFRASTRUCTURE)
    static TopicsPerAfnemer topicsPerAfnemer(org.springframework.core.env.Environment omgeving) {
        return new TopicsPerAfnemer(omgeving);
    }

    public static NewTopic nieuwTopic(String naam, KetenProperties.Kafka kafka) {
        return TopicBuilder.name(naam).partitions(kafka.partities()).replicas(kafka.replicatie())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(kafka.minInsyncReplicas()))
                .build();
    }

    /**
     * A dead-letter topic keeps its letters for {@code keten.kafka.dlt-retentie} (default a year, instead of Kafka's
     * seven days), so an operator can replay one after a fix that takes a release (issue 11, item 17; decision 0013).
     * Not longer than the inbox remembers handled events ({@code keten.inbox.bewaartermijn}): a letter replayed after
     * that could be handled a second time by a service that had handled it.
     */
    public static NewTopic nieuwDltTopic(String naam, KetenProperties.Kafka kafka, Duration inboxBewaartermijn) {
        if (kafka.dltRetentie().compareTo(inboxBewaartermijn) > 0) {
            throw new IllegalStateException("keten.kafka.dlt-retentie (" + kafka.dltRetentie() + ") is langer dan "
                    + "keten.inbox.bewaartermijn (" + inboxBewaartermijn + "): een dead letter die na de "
                    + "bewaartermijn van de inbox wordt herverwerkt, kan een tweede keer worden verwerkt");
        }
        return TopicBuilder.name(naam).partitions(kafka.partities()).replicas(kafka.replicatie())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(kafka.minInsyncReplicas()))
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(kafka.dltRetentie().toMillis()))
                .build();
    }

    /**
     * Outside the {@code local} profile a service refuses to start with a missing or known-local secret
     * ({@link LokaleGeheimenControle}); static, so it runs before any other bean (the database pool, Flyway) exists.
     */
    @Bean
    static LokaleGeheimenControle lokaleGeheimenControle() {
        return new LokaleGeheimenControle();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    OpenApiConventies openApiConventies(@Value("${keten.api.titel:${keten.service} API}") String titel,
            @Value("${keten.api-version:1.0.0}") String versie) {
        return new OpenApiConventies(titel, versie);
    }

    @Bean
    ProbleemInstantie probleemInstantie() {
        return new ProbleemInstantie();
    }

    @Bean
    FilterRegistrationBean<ApiVersionFilter> apiVersionFilter(
            @Value("${keten.api-version:1.0.0}") String versie) {
        FilterRegistrationBean<ApiVersionFilter> registratie = new FilterRegistrationBean<>(new ApiVersionFilter(versie));
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }
}
