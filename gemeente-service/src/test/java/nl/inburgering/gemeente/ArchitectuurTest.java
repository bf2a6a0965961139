package nl.inburgering.gemeente;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import nl.inburgering.platform.test.Architectuurregels;

@AnalyzeClasses(packages = "nl.inburgering.gemeente", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {

    @ArchTest
    static final ArchRule domeincode_is_vrij_van_frameworks = Architectuurregels.DOMEIN_ZONDER_FRAMEWORKS;

    @ArchTest
    static final ArchRule de_rest_laag_publiceert_niet_zelf = Architectuurregels.WEB_ZONDER_KAFKA;

    @ArchTest
    static final ArchRule alleen_de_outbox_relay_verstuurt = Architectuurregels.GEEN_KAFKATEMPLATE_BUITEN_DE_RELAY;
}
