package nl.inburgering.coa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.test.Architectuurregels;

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
}
