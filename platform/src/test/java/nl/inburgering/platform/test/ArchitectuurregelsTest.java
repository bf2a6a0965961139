package nl.inburgering.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** The shared rules can fail: each catches its own defect in a fixture, and passes code in the intended shape. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectuurregelsTest {

    private static final JavaClasses FOUT = new ClassFileImporter().importPackages("nl.inburgering.voorbeeld.fout");
    private static final JavaClasses GOED = new ClassFileImporter().importPackages("nl.inburgering.voorbeeld.goed");

    @Test
    void een_controller_die_een_entiteit_teruggeeft_breekt_de_regel_van_de_weblaag() {
        assertThat(schendingen(Architectuurregels.WEB_ZONDER_PERSISTENCE, FOUT)).anyMatch(s -> s.contains("FoutController"));
    }

    @Test
    void domeincode_die_messaging_kent_breekt_de_regel_van_het_domein() {
        assertThat(schendingen(Architectuurregels.DOMEIN_ZONDER_ANDERE_LAGEN, FOUT)).anyMatch(s -> s.contains("FoutDomein"));
    }

    @Test
    void een_handler_die_avro_bouwt_breekt_de_regel_dat_alleen_messaging_de_contracten_kent() {
        assertThat(schendingen(Architectuurregels.AVRO_ALLEEN_IN_MESSAGING, FOUT)).anyMatch(s -> s.contains("FoutHandler"));
    }

    @Test
    void een_handler_die_zelf_het_logboek_schrijft_omzeilt_het_sjabloon() {
        assertThat(schendingen(Architectuurregels.VERWERKING_VIA_HET_SJABLOON, FOUT)).anyMatch(s -> s.contains("FoutHandler"));
    }

    @Test
    void een_handler_met_een_string_bsn_breekt_de_regel_van_het_waardetype() {
        assertThat(schendingen(Architectuurregels.BSN_ALS_WAARDETYPE, FOUT))
                .anyMatch(s -> s.contains("FoutHandler.handle heeft String-parameter bsn"));
    }

    @Test
    void code_in_de_bedoelde_vorm_breekt_geen_enkele_regel() {
        for (ArchRule regel : List.of(Architectuurregels.WEB_ZONDER_PERSISTENCE,
                Architectuurregels.DOMEIN_ZONDER_ANDERE_LAGEN, Architectuurregels.AVRO_ALLEEN_IN_MESSAGING,
                Architectuurregels.VERWERKING_VIA_HET_SJABLOON, Architectuurregels.BSN_ALS_WAARDETYPE)) {
            assertThat(schendingen(regel, GOED)).as(regel.getDescription()).isEmpty();
        }
    }

    private static List<String> schendingen(ArchRule regel, JavaClasses klassen) {
        EvaluationResult resultaat = regel.evaluate(klassen);
        return resultaat.getFailureReport().getDetails();
    }
}
