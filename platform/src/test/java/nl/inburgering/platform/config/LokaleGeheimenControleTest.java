package nl.inburgering.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgering.platform.config.LokaleGeheimenControle.LokaleGeheimenException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LokaleGeheimenControleTest {

    private static final String EIGEN_SLEUTEL = "c2c1f1b0e4a94d1d9a7f6b3e8d2c4a5f0b1e2d3c";

    /** A service outside the local profile with everything it needs from its environment. */
    private final ApplicationContextRunner productie = new ApplicationContextRunner()
            .withUserConfiguration(Controle.class)
            .withPropertyValues(
                    "keten.pseudonimisering.sleutel=" + EIGEN_SLEUTEL,
                    "spring.datasource.url=jdbc:postgresql://db:5432/duo",
                    "spring.datasource.password=een-eigen-wachtwoord",
                    "keten.oin=00000001003214345000",
                    "spring.kafka.bootstrap-servers=kafka-1:9092",
                    "keten.security.vertrouwde-uitgevers[0].issuer=https://login.example.nl",
                    "keten.security.vertrouwde-uitgevers[0].jwk-set-uri=https://login.example.nl/jwks");

    @Test
    void met_eigen_geheimen_en_adressen_uit_de_omgeving_start_een_dienst() {
        productie.run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void buiten_het_lokale_profiel_start_een_dienst_niet_met_de_lokale_sleutel_en_noemt_de_instelling() {
        productie.withPropertyValues("keten.pseudonimisering.sleutel=" + LokaleGeheimenControle.LOKALE_SLEUTEL)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .isInstanceOf(LokaleGeheimenException.class)
                        .hasMessageContaining("keten.pseudonimisering.sleutel (KETEN_PSEUDONIMISERING_SLEUTEL) is de lokale sleutel"));
    }

    @Test
    void buiten_het_lokale_profiel_start_een_dienst_niet_zonder_sleutel() {
        productie.withPropertyValues("keten.pseudonimisering.sleutel=")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("keten.pseudonimisering.sleutel (KETEN_PSEUDONIMISERING_SLEUTEL) ontbreekt"));
    }

    @Test
    void een_korte_sleutel_is_geen_geheim() {
        productie.withPropertyValues("keten.pseudonimisering.sleutel=geheim")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("keten.pseudonimisering.sleutel (KETEN_PSEUDONIMISERING_SLEUTEL) is korter dan 32 tekens"));
    }

    @Test
    void buiten_het_lokale_profiel_start_een_dienst_niet_met_het_lokale_databasewachtwoord() {
        productie.withPropertyValues("spring.datasource.password=postgres")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is het lokale wachtwoord"));
    }

    @Test
    void zonder_iets_uit_de_omgeving_noemt_een_dienst_alles_wat_ontbreekt_in_een_keer() {
        // Other tests in this JVM may leave a system property behind (an embedded broker sets the bootstrap servers).
        new ApplicationContextRunner().withUserConfiguration(Controle.class)
                .withSystemProperties("spring.kafka.bootstrap-servers=", "spring.datasource.url=",
                        "spring.datasource.password=", "keten.oin=", "keten.pseudonimisering.sleutel=")
                .run(context -> {
            assertThat(context).hasFailed();
            assertThat(((LokaleGeheimenException) context.getStartupFailure()).bezwaren()).containsExactly(
                    "keten.pseudonimisering.sleutel (KETEN_PSEUDONIMISERING_SLEUTEL) ontbreekt: de geheime sleutel (HMAC) van de pseudonieme partitiesleutels",
                    "spring.datasource.url (SPRING_DATASOURCE_URL) ontbreekt: de JDBC-URL van de eigen database",
                    "spring.datasource.password (SPRING_DATASOURCE_PASSWORD) ontbreekt: het wachtwoord van de eigen database",
                    "keten.oin (KETEN_OIN) ontbreekt: het eigen OIN van deze ketenpartner (20 cijfers)",
                    "spring.kafka.bootstrap-servers (SPRING_KAFKA_BOOTSTRAPSERVERS) ontbreekt: de brokers van het Kafka-cluster",
                    "keten.security.vertrouwde-uitgevers[0].issuer (KETEN_SECURITY_VERTROUWDEUITGEVERS_0_ISSUER (met _JWKSETURI of _PUBLICKEY)) ontbreekt: de tokenuitgever die deze dienst vertrouwt");
        });
    }

    @Test
    void buiten_het_lokale_profiel_start_een_dienst_niet_met_een_verzetbare_klok() {
        productie.withPropertyValues("keten.klok.verschuifbaar=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasMessageContaining("keten.klok.verschuifbaar (KETEN_KLOK_VERSCHUIFBAAR) staat aan"));
    }

    @Test
    void in_het_lokale_profiel_mag_de_klok_verzetbaar_zijn() {
        new ApplicationContextRunner().withUserConfiguration(Controle.class)
                .withPropertyValues("spring.profiles.active=local", "keten.klok.verschuifbaar=true")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void in_het_lokale_profiel_gelden_de_lokale_waarden() {
        new ApplicationContextRunner().withUserConfiguration(Controle.class)
                .withPropertyValues("spring.profiles.active=local",
                        "keten.pseudonimisering.sleutel=" + LokaleGeheimenControle.LOKALE_SLEUTEL,
                        "spring.datasource.password=postgres")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void alleen_het_profiel_local_zelf_geldt_als_lokaal_ook_naast_een_ander() {
        productie.withPropertyValues("spring.profiles.active=localhost", "spring.datasource.password=postgres")
                .run(context -> assertThat(context).hasFailed());
        productie.withPropertyValues("spring.profiles.active=local,demo", "spring.datasource.password=postgres")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void de_weigering_zegt_per_regel_wat_er_ontbreekt_en_hoe_het_lokaal_wel_start() {
        FailureAnalysis analyse = new LokaleGeheimenFailureAnalyzer().analyze(new IllegalStateException("start",
                new LokaleGeheimenException(java.util.List.of("keten.oin (KETEN_OIN) ontbreekt: het eigen OIN"))));
        assertThat(analyse.getDescription()).contains("\n  - keten.oin (KETEN_OIN) ontbreekt");
        assertThat(analyse.getAction()).contains("--spring.profiles.active=local");
    }

    @Configuration(proxyBeanMethods = false)
    static class Controle {

        @Bean
        static LokaleGeheimenControle lokaleGeheimenControle() {
            return new LokaleGeheimenControle();
        }
    }
}
