package nl.inburgering.gemeente;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import nl.inburgering.platform.test.Architectuurregels;

@AnalyzeClasses(packages = "nl.inburgering.gemeente", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    @ArchTest
    static final ArchTests de_regels_van_de_architectuur = ArchTests.in(Architectuurregels.class);
}
