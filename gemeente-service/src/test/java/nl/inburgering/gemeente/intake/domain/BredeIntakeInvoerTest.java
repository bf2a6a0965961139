package nl.inburgering.gemeente.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class BredeIntakeInvoerTest {

    private static final OffsetDateTime DATUM = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");

    @Test
    void een_volledige_oproep_is_geldig() {
        assertThat(BredeIntakeInvoer.oproep(DATUM, "Stadsloket Centrum", "INTAKEGESPREK")).isEmpty();
    }

    @Test
    void een_lege_oproep_noemt_alle_ontbrekende_velden_tegelijk() {
        assertThat(BredeIntakeInvoer.oproep(null, " ", null)).extracting(Regelovertreding::veld)
                .containsExactly("datum", "locatie", "onderwerp");
    }

    @Test
    void een_onbekend_onderwerp_is_ongeldig() {
        assertThat(BredeIntakeInvoer.oproep(DATUM, "Stadsloket", "KOFFIE")).extracting(Regelovertreding::code)
                .containsExactly("enum");
    }

    @Test
    void een_opkomst_zegt_of_hij_verscheen() {
        assertThat(BredeIntakeInvoer.opkomst(null, null)).extracting(Regelovertreding::veld)
                .containsExactly("verschenen");
        assertThat(BredeIntakeInvoer.opkomst(false, null)).isEmpty();
    }

    @Test
    void een_afspraak_heeft_datum_locatie_en_toetsbegeleider() {
        assertThat(BredeIntakeInvoer.afspraak(null, null, "")).extracting(Regelovertreding::veld)
                .containsExactly("datum", "locatie", "toetsbegeleider");
    }

    @Test
    void wie_verscheen_krijgt_een_verklaring_over_het_ordentelijk_verloop() {
        assertThat(BredeIntakeInvoer.verloop(true, null, null)).extracting(Regelovertreding::veld)
                .containsExactly("ordentelijkVerloop");
        assertThat(BredeIntakeInvoer.verloop(true, true, null)).isEmpty();
    }

    @Test
    void een_negatieve_verklaring_heeft_een_toelichting() {
        assertThat(BredeIntakeInvoer.verloop(true, false, " ")).extracting(Regelovertreding::veld)
                .containsExactly("toelichting");
        assertThat(BredeIntakeInvoer.verloop(true, false, "telefoon gebruikt tijdens de toets")).isEmpty();
    }

    @Test
    void wie_niet_verscheen_heeft_geen_verloop() {
        assertThat(BredeIntakeInvoer.verloop(false, null, null)).isEmpty();
        assertThat(BredeIntakeInvoer.verloop(false, true, null)).extracting(Regelovertreding::code)
                .containsExactly("notAllowed");
    }

    @Test
    void zonder_verschenen_ontbreekt_het_verloop_helemaal() {
        assertThat(BredeIntakeInvoer.verloop(null, null, "x".repeat(1001))).extracting(Regelovertreding::veld)
                .containsExactly("verschenen", "toelichting");
    }
}
