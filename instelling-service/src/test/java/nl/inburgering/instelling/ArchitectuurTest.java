package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import nl.inburgering.platform.test.Architectuurregels;
import nl.inburgering.platform.test.ModuleCanvas;

/**
 * The shared rules of architecture.md §2 for a service that has no feature yet. ArchUnit fails a rule that matches
 * no class (failOnEmptyShould), and today nothing here has a domain, web, messaging or application package, so
 * this test applies every rule of {@link Architectuurregels} with {@code allowEmptyShould(true)}: they start
 * biting with the service's first feature (issue 13). Then replace this with the shared
 * {@code ArchTests.in(Architectuurregels.class)} that the other services use, so a rule can no longer check nothing.
 */
class ArchitectuurTest {

    private static final JavaClasses KLASSEN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.inburgering.instelling");

    private static final ApplicationModules MODULES = ApplicationModules.of(InstellingServiceApplication.class);

    @TestFactory
    List<DynamicTest> de_regels_van_de_architectuur() {
        List<Field> regels = Arrays.stream(Architectuurregels.class.getFields())
                .filter(veld -> Modifier.isStatic(veld.getModifiers()) && ArchRule.class.isAssignableFrom(veld.getType()))
                .toList();
        assertThat(regels).as("de gedeelde regels").isNotEmpty();
        return regels.stream().map(veld -> DynamicTest.dynamicTest(veld.getName(),
                () -> regel(veld).allowEmptyShould(true).check(KLASSEN))).toList();
    }

    @Test
    void de_modules_van_de_instelling_hebben_geen_cycli_en_gebruiken_elkaar_alleen_via_hun_api() {
        MODULES.verify();
    }

    @Test
    void het_modulecanvas_in_de_readme_is_dat_van_de_code() {
        ModuleCanvas.controleerReadme(MODULES, Path.of("README.md"));
    }

    private static ArchRule regel(Field veld) {
        try {
            return (ArchRule) veld.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
