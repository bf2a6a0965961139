package nl.inburgering.keten.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJarsTest {

    @Test
    void zonder_gebouwde_jar_zegt_keten_local_welke_jar_ontbreekt_en_hoe_je_hem_bouwt(@TempDir Path root) {
        assertThatThrownBy(() -> ServiceJars.jar(root, KetenService.DUO))
                .hasMessageContaining("no executable jar of duo-service")
                .hasMessageContaining(root.resolve("duo-service").resolve("target").toString())
                .hasMessageContaining("./mvnw -DskipTests package -pl duo-service -am");
    }

    @Test
    void de_jar_van_een_dienst_is_zijn_exec_jar_in_target(@TempDir Path root) throws Exception {
        Path target = Files.createDirectories(root.resolve("ind-service").resolve("target"));
        Files.createFile(target.resolve("ind-service-0.1.0-SNAPSHOT.jar"));
        Path exec = Files.createFile(target.resolve("ind-service-0.1.0-SNAPSHOT-exec.jar"));

        assertThat(ServiceJars.jar(root, KetenService.IND)).isEqualTo(exec);
    }

    @Test
    void de_projectmap_is_de_map_boven_keten_local() {
        Path root = ServiceJars.projectRoot(null);

        assertThat(root.resolve("keten-local")).isDirectory();
        assertThat(root.resolve("platform")).isDirectory();
    }
}
