package nl.inburgering.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.outbox.Uitgaand;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KetenpartnerTopicsTest {

    private final ApplicationContextRunner dienst = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
            .withUserConfiguration(Dienst.class)
            .withPropertyValues("spring.kafka.bootstrap-servers=localhost:1", "keten.service=test-dienst",
                    "keten.oin=00000001003214345000");

    @Test
    void een_dienst_die_een_topic_leest_waarvan_de_catalogus_hem_geen_afnemer_noemt_start_niet() {
        dienst.withPropertyValues("keten.partner=COA").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("COA leest [" + Topics.VERBLIJFSDOELEN + "]")
                .hasStackTraceContaining("geen afnemer"));
    }

    @Test
    void een_dienst_die_alleen_zijn_eigen_topics_leest_start_en_noemt_wat_hij_leest() {
        dienst.withPropertyValues("keten.partner=DUO").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(KetenpartnerTopics.class).gelezen()).containsExactly(Topics.VERBLIJFSDOELEN);
        });
    }

    private final ApplicationContextRunner plichtlezer = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
            .withUserConfiguration(Plichtlezer.class)
            .withPropertyValues("spring.kafka.bootstrap-servers=localhost:1", "keten.service=test-dienst",
                    "keten.oin=00000001003214345000");

    @Test
    void een_gemeentedienst_leest_van_een_stelseldienst_per_afnemer_alleen_de_topics_van_zijn_eigen_gemeenten() {
        plichtlezer.withPropertyValues("keten.partner=GEMEENTE", "keten.gemeenten=0363,0599").run(context -> {
            assertThat(context).hasNotFailed();
            KetenpartnerTopics topics = context.getBean(KetenpartnerTopics.class);
            assertThat(topics.gelezenTopics()).containsExactly(Topics.INBURGERINGSPLICHT + ".gemeente.0363",
                    Topics.INBURGERINGSPLICHT + ".gemeente.0599");
            assertThat(topics.gelezen()).containsExactly(Topics.INBURGERINGSPLICHT);
        });
    }

    @Test
    void coa_leest_van_de_inburgeringsplicht_alleen_zijn_eigen_topic() {
        plichtlezer.withPropertyValues("keten.partner=COA", "keten.gemeenten=0363").run(context -> assertThat(
                context.getBean(KetenpartnerTopics.class).gelezenTopics())
                .containsExactly(Topics.INBURGERINGSPLICHT + ".coa"));
    }

    @Test
    void een_gemeentedienst_zonder_gemeenten_start_niet_en_noemt_de_instelling() {
        plichtlezer.withPropertyValues("keten.partner=GEMEENTE").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("keten.gemeenten ontbreekt")
                .hasStackTraceContaining("KETEN_GEMEENTEN"));
    }

    @Test
    void een_dienst_die_het_topic_van_een_andere_afnemer_leest_start_niet() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
                .withUserConfiguration(Gemeentetopiclezer.class)
                .withPropertyValues("spring.kafka.bootstrap-servers=localhost:1", "keten.service=test-dienst",
                        "keten.oin=00000001003214345000", "keten.partner=COA")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("COA leest [" + Topics.INBURGERINGSPLICHT + ".gemeente.0363]")
                        .hasStackTraceContaining("andere afnemer"));
    }

    @Test
    void een_dienst_die_het_event_van_een_andere_partner_zou_publiceren_start_niet() {
        assertThatThrownBy(() -> new Uitgaand(Ketenpartner.DUO, List.of(new Inschrijving()), true))
                .hasMessageContaining("DUO publiceert IngezeteneIngeschreven op " + Topics.BRP_INSCHRIJVINGEN)
                .hasMessageContaining("GEMEENTE de producent");
    }

    @Test
    void een_dienst_die_een_partner_zonder_eigen_dienst_host_mag_diens_event_publiceren_en_geen_ander() {
        assertThat(new Uitgaand(Ketenpartner.DUO, List.of(new Inschrijving()), true, Set.of(Ketenpartner.GEMEENTE))
                .topics()).containsExactly(Topics.BRP_INSCHRIJVINGEN);
        assertThatThrownBy(() -> new Uitgaand(Ketenpartner.DUO, List.of(new Inschrijving()), true,
                Set.of(Ketenpartner.SZW))).hasMessageContaining("GEMEENTE de producent");
    }

    @Test
    void de_gehoste_partners_komen_uit_keten_gehoste_partners_en_zijn_anders_leeg() {
        new ApplicationContextRunner().withUserConfiguration(Instellingen.class)
                .withPropertyValues("keten.service=test-dienst", "keten.partner=DUO",
                        "keten.oin=00000001003214345000", "keten.gehoste-partners=SZW")
                .run(context -> assertThat(context.getBean(KetenProperties.class).gehostePartners())
                        .containsExactly(Ketenpartner.SZW));
        new ApplicationContextRunner().withUserConfiguration(Instellingen.class)
                .withPropertyValues("keten.service=test-dienst", "keten.partner=DUO", "keten.oin=00000001003214345000")
                .run(context -> assertThat(context.getBean(KetenProperties.class).gehostePartners()).isEmpty());
    }

    @Test
    void de_producent_van_een_event_mag_het_publiceren_en_schrijft_dan_zijn_topic() {
        // next to its translations, the platform's publication of the delivery agreements it counted (decision 0042)
        assertThat(new Uitgaand(Ketenpartner.GEMEENTE, List.of(new Inschrijving()), true).topics())
                .containsExactly(Topics.BRP_INSCHRIJVINGEN, Topics.LEVERINGSAFSPRAKEN_GEMEENTE);
    }

    @Test
    void duo_schrijft_geen_getelde_leveringsafspraken_want_het_rapport_van_szw_leest_die_van_duo_ter_plaatse() {
        assertThat(new Uitgaand(Ketenpartner.DUO, List.of(), true).topics()).isEmpty();
        assertThat(new Uitgaand(Ketenpartner.IND, List.of(), true).topics())
                .containsExactly(Topics.LEVERINGSAFSPRAKEN_IND);
    }

    @Test
    void zonder_eigen_oin_start_een_dienst_niet_en_zegt_welke_instelling_ontbreekt() {
        new ApplicationContextRunner().withUserConfiguration(Instellingen.class)
                .withPropertyValues("keten.service=test-dienst", "keten.partner=DUO")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("keten.oin ontbreekt"));
    }

    @Test
    void zonder_partner_start_een_dienst_niet_en_zegt_welke_instelling_ontbreekt() {
        new ApplicationContextRunner().withUserConfiguration(Instellingen.class)
                .withPropertyValues("keten.service=test-dienst", "keten.oin=00000001003214345000")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("keten.partner ontbreekt"));
    }

    @Configuration
    @EnableConfigurationProperties(KetenProperties.class)
    static class Instellingen {
    }

    @Configuration
    @EnableConfigurationProperties(KetenProperties.class)
    static class Dienst {

        @Bean
        Lezer lezer() {
            return new Lezer();
        }

        @Bean
        KetenpartnerTopics ketenpartnerTopics(KetenProperties properties, KafkaListenerEndpointRegistry registry) {
            return new KetenpartnerTopics(properties.partner(), registry,
                    new Uitgaand(properties.partner(), List.of(), true), true);
        }
    }

    @Configuration
    @EnableConfigurationProperties(KetenProperties.class)
    static class Plichtlezer {

        @Bean
        static TopicsPerAfnemer topicsPerAfnemer(org.springframework.core.env.Environment omgeving) {
            return new TopicsPerAfnemer(omgeving);
        }

        @Bean
        PlichtLezer lezer() {
            return new PlichtLezer();
        }

        @Bean
        KetenpartnerTopics ketenpartnerTopics(KetenProperties properties, KafkaListenerEndpointRegistry registry) {
            return new KetenpartnerTopics(properties.partner(), registry,
                    new Uitgaand(properties.partner(), List.of(), true), true);
        }
    }

    static class PlichtLezer {

        @KafkaListener(topics = Topics.INBURGERINGSPLICHT, autoStartup = "false", groupId = "test-dienst")
        void lees(List<ConsumerRecord<String, byte[]>> records) {
            // never started: the test is about which topics it reads
        }
    }

    @Configuration
    @EnableConfigurationProperties(KetenProperties.class)
    static class Gemeentetopiclezer {

        @Bean
        GemeentetopicLezer lezer() {
            return new GemeentetopicLezer();
        }

        @Bean
        KetenpartnerTopics ketenpartnerTopics(KetenProperties properties, KafkaListenerEndpointRegistry registry) {
            return new KetenpartnerTopics(properties.partner(), registry,
                    new Uitgaand(properties.partner(), List.of(), true), true);
        }
    }

    static class GemeentetopicLezer {

        @KafkaListener(topics = Topics.INBURGERINGSPLICHT + ".gemeente.0363", autoStartup = "false",
                groupId = "test-dienst")
        void lees(List<ConsumerRecord<String, byte[]>> records) {
            // never started: the test is about which topics it reads
        }
    }

    static class Lezer {

        @KafkaListener(topics = Topics.VERBLIJFSDOELEN, autoStartup = "false", groupId = "test-dienst")
        void lees(List<ConsumerRecord<String, byte[]>> records) {
            // never started: the test is about which topic it names
        }
    }

    static class Inschrijving implements UitgaandeVertaling<LocalDate, IngezeteneIngeschreven> {

        @Override
        public IngezeteneIngeschreven vertaal(LocalDate datum) {
            throw new UnsupportedOperationException("niet nodig voor de controle bij de start");
        }
    }
}
