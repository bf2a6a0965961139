package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import nl.inburgering.platform.test.Architectuurregels;
import nl.inburgering.platform.test.Migratievolgorde;
import nl.inburgering.platform.test.ModuleCanvas;

/** The shared rules of architecture.md §2, now that the instelling has features (issue 13): none may check nothing. */
@AnalyzeClasses(packages = "nl.inburgering.instelling", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(InstellingServiceApplication.class);

    @ArchTest
    static final ArchTests de_regels_van_de_architectuur = ArchTests.in(Architectuurregels.class);

    @Test
    void de_features_gebruiken_elkaar_alleen_via_hun_gepubliceerde_api_en_zonder_kringen() {
        MODULES.verify();
    }

    @Test
    void het_modulecanvas_in_de_readme_is_dat_van_de_code() {
        ModuleCanvas.controleerReadme(MODULES, Path.of("README.md"));
    }

    @Test
    void de_migraties_staan_in_de_volgorde_waarin_ze_zijn_toegevoegd() {
        assertThat(Migratievolgorde.problemen(Path.of("src/main/resources/db/instelling"))).isEmpty();
    }
}
