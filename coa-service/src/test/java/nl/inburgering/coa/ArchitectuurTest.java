package nl.inburgering.coa;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.test.Architectuurregels;
import nl.inburgering.platform.test.Migratievolgorde;
import nl.inburgering.platform.test.ModuleCanvas;

@AnalyzeClasses(packages = "nl.inburgering.coa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    @ArchTest
    static final ArchTests de_regels_van_de_architectuur = ArchTests.in(Architectuurregels.class);

    /** Fail closed already at build time: an endpoint without a rule would be refused at run time anyway. */
    @ArchTest
    static final ArchRule elk_endpoint_zegt_welke_rollen_het_mogen_aanroepen = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should().beAnnotatedWith(Toegang.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(Toegang.class)
            .as("elk COA-endpoint heeft een @Toegang-regel");

    private static final ApplicationModules MODULES = ApplicationModules.of(CoaServiceApplication.class);

    @Test
    void de_modules_van_coa_hebben_geen_cycli_en_gebruiken_elkaar_alleen_via_hun_api() {
        MODULES.verify();
    }

    @Test
    void het_modulecanvas_in_de_readme_is_dat_van_de_code() {
        ModuleCanvas.controleerReadme(MODULES, Path.of("README.md"));
    }

    @Test
    void de_migraties_van_coa_staan_in_de_volgorde_waarin_ze_zijn_toegevoegd() {
        assertThat(Migratievolgorde.problemen(Path.of("src/main/resources/db/coa"))).isEmpty();
    }
}
