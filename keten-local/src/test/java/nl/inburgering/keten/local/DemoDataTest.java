package nl.inburgering.keten.local;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.tokens.DemoClient;
import nl.inburgering.platform.bsn.Bsn;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);

    @Test
    void every_demo_person_has_a_valid_bsn_and_a_ten_digit_v_nummer_and_they_are_all_different() {
        assertThat(DemoData.PERSONEN).allSatisfy(p -> {
            assertThat(Bsn.isValid(p.bsn())).as(p.naam()).isTrue();
            assertThat(p.vNummer()).matches("\\d{10}");
        });
        assertThat(DemoData.PERSONEN).extracting(DemoData.Persoon::bsn).doesNotHaveDuplicates();
        assertThat(DemoData.PERSONEN).extracting(DemoData.Persoon::vNummer).doesNotHaveDuplicates();
    }

    @Test
    void the_demo_covers_amsterdam_rotterdam_and_an_azc_a_student_and_a_seventeen_year_old() {
        assertThat(DemoData.PERSONEN).extracting(DemoData.Persoon::gemeentecode).contains("0363", "0599", "0344");
        assertThat(DemoData.PERSONEN).extracting(DemoData.Persoon::verblijfsdoel)
                .contains("STUDIE", "ASIEL", "GEZINSHERENIGING", "GEZINSVORMING", "GEESTELIJK_BEDIENAAR");
        assertThat(DemoData.PERSONEN).anySatisfy(p ->
                assertThat(Period.between(p.geboortedatum(VANDAAG), VANDAAG).getYears()).isEqualTo(17));
    }

    @Test
    void the_requests_carry_the_fields_of_the_public_apis_with_iso_dates_and_no_gemeentecode_in_the_body() {
        DemoData demo = new DemoData(s -> "http://localhost", (client, aud) -> "token", System.out, VANDAAG);
        DemoData.Persoon amal = DemoData.PERSONEN.get(0);

        assertThat(demo.inschrijving(amal)).isEqualTo(
                "{\"bsn\":\"111221006\",\"datumInschrijving\":\"2026-11-21\",\"geboortedatum\":\"1992-11-08\"}");
        assertThat(demo.verblijfsvergunning(amal)).isEqualTo(
                "{\"vNummer\":\"1000000011\",\"bsn\":\"111221006\",\"geboortedatum\":\"1992-11-08\","
                        + "\"nationaliteit\":\"SY\",\"verblijfsdoel\":\"ASIEL\",\"referentIsAsielstatushouder\":false,"
                        + "\"ingangsdatum\":\"2026-10-29\"}");
        assertThat(demo.bewoner(amal)).isEqualTo(
                "{\"bsn\":\"111221006\",\"vNummer\":\"1000000011\",\"azcLocatie\":\"AZC Utrecht\"}");
    }

    @Test
    void the_gemeente_of_an_inschrijving_is_the_one_of_the_token_of_its_own_gemeentesysteem() {
        assertThat(DemoData.PERSONEN).allSatisfy(p -> {
            DemoClient client = DemoClient.of(DemoData.brpClient(p)).orElseThrow();
            assertThat(client.gemeentecode()).as(p.naam()).isEqualTo(p.gemeentecode());
            assertThat(client.rol()).isEqualTo(DemoClient.Rol.PARTNERSYSTEEM);
        });
        assertThat(DemoClient.of(DemoData.IND_CLIENT).orElseThrow().rol()).isEqualTo(DemoClient.Rol.IND_MEDEWERKER);
    }
}
