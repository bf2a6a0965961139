package nl.inburgering.keten.local;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KetenLocalApplicationTest {

    @Test
    void without_arguments_the_launcher_uses_the_fixed_ports_and_the_keten_local_folder() {
        KetenLocalApplication.Arguments a = KetenLocalApplication.Arguments.parse();

        assertThat(a.kafkaPort).isEqualTo(9092);
        assertThat(a.postgresPort).isEqualTo(5433);
        assertThat(a.tokenIssuerPort).isEqualTo(9000);
        assertThat(a.dataDir).isEqualTo(Path.of(".keten-local"));
        assertThat(a.demo).isFalse();
        assertThat(a.reset).isFalse();
        assertThat(a.servicePorts).isEmpty();
        assertThat(a.separateProcesses).as("the services run in the launcher's JVM").isFalse();
    }

    @Test
    void notificaties_names_the_gemeenten_that_follow_duo_through_the_notificatie_api_and_refuses_an_unknown_one() {
        assertThat(KetenLocalApplication.Arguments.parse("--notificaties=0344, 0599").notificatieGemeenten)
                .containsExactly("0344", "0599");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KetenLocalApplication.Arguments.parse(
                "--notificaties=9999")).hasMessageContaining("No demo gemeente 9999");
    }

    @Test
    void stop_after_start_is_a_flag_that_is_off_unless_given() {
        assertThat(KetenLocalApplication.Arguments.parse().stopAfterStart).isFalse();
        assertThat(KetenLocalApplication.Arguments.parse("--stop-after-start").stopAfterStart).isTrue();
        assertThat(KetenLocalApplication.Arguments.parse("--stop-after-start").properties)
                .as("not passed on as a Spring property").isEmpty();
    }

    @Test
    void with_separate_processes_every_service_runs_as_a_jvm_of_its_own() {
        assertThat(KetenLocalApplication.Arguments.parse("--separate-processes").separateProcesses).isTrue();
    }

    @Test
    void flags_ports_and_other_spring_properties_are_told_apart() {
        KetenLocalApplication.Arguments a = KetenLocalApplication.Arguments.parse("--demo", "--reset",
                "--kafka-port=19092", "--token-issuer-port=19000", "--gemeente-service-port=18084", "--data-dir=/tmp/k",
                "--spring.profiles.active=local");

        assertThat(a.demo).isTrue();
        assertThat(a.reset).isTrue();
        assertThat(a.kafkaPort).isEqualTo(19092);
        assertThat(a.tokenIssuerPort).isEqualTo(19000);
        assertThat(a.servicePorts).containsEntry(KetenService.GEMEENTE, 18084);
        assertThat(a.dataDir).isEqualTo(Path.of("/tmp/k"));
        assertThat(a.properties).containsExactly(java.util.Map.entry("spring.profiles.active", "local"));
    }

    @Test
    void met_verbose_logt_elke_dienst_en_de_tokenuitgever_alles_op_info() {
        assertThat(KetenLocalApplication.Arguments.parse().properties).doesNotContainKey("logging.level.root");
        assertThat(KetenLocalApplication.Arguments.parse("--verbose").properties)
                .containsEntry("logging.level.root", "INFO");
        assertThat(KetenLocalApplication.Arguments.parse("--verbose", "--logging.level.root=DEBUG").properties)
                .as("a level given by hand wins").containsEntry("logging.level.root", "DEBUG");
    }

    @Test
    void als_losse_tokenuitgever_kent_hij_de_iss_en_het_adres_waarop_hij_luistert() {
        KetenLocalApplication.Arguments a = KetenLocalApplication.Arguments.parse("--token-issuer-only",
                "--token-issuer-url=http://token-issuer:9000", "--token-issuer-address=0.0.0.0");

        assertThat(a.tokenIssuerOnly).isTrue();
        assertThat(a.tokenIssuerUrl).isEqualTo("http://token-issuer:9000");
        assertThat(a.tokenIssuerAddress).isEqualTo("0.0.0.0");
        assertThat(KetenLocalApplication.Arguments.parse().tokenIssuerAddress).as("this machine only by default")
                .isEqualTo("localhost");
        assertThatThrownBy(() -> KetenLocalApplication.Arguments.parse("--token-issuer-url=token-issuer:9000/x"))
                .hasMessageContaining("--token-issuer-url=token-issuer:9000/x");
    }

    @Test
    void an_unknown_flag_or_a_bad_port_is_refused() {
        assertThatThrownBy(() -> KetenLocalApplication.Arguments.parse("--demoo"))
                .hasMessageContaining("--demoo");
        assertThatThrownBy(() -> KetenLocalApplication.Arguments.parse("--postgres-port=99999"))
                .hasMessageContaining("--postgres-port=99999");
    }
}
