package nl.inburgering.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvoercontroleTest {

    private final Clock sinterklaas = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void een_datum_tot_en_met_vandaag_is_goed_en_een_van_morgen_ligt_in_de_toekomst() {
        List<InvalidParam> problemen = new ArrayList<>();

        assertThat(Invoercontrole.datumTotVandaag(sinterklaas, "datumAanvraag", "2026-12-05", problemen))
                .isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(problemen).isEmpty();
        Invoercontrole.datumTotVandaag(sinterklaas, "datumAanvraag", "2026-12-06", problemen);
        assertThat(problemen).extracting(InvalidParam::reason).containsExactly("De datumAanvraag ligt in de toekomst.");
    }

    @Test
    void een_ontbrekende_of_onleesbare_datum_geeft_elk_zijn_probleem_en_geen_datum() {
        List<InvalidParam> problemen = new ArrayList<>();

        assertThat(Invoercontrole.datumTotVandaag(sinterklaas, "van", null, problemen)).isNull();
        assertThat(Invoercontrole.datumTotVandaag(sinterklaas, "tot", "5 december", problemen)).isNull();

        assertThat(problemen).extracting(InvalidParam::code).containsExactly("required", "format");
    }
}
