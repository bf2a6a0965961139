package nl.inburgering.duo.leerbaarheidstoets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An examennummer tells nobody another person's examennummer, nor how many toetsen DUO set ready. */
class ExamennummersTest {

    @Test
    void een_examennummer_heeft_twaalf_tekens_zoals_de_api_toestaat_zonder_verwarbare_letters() {
        assertThat(Examennummers.nieuw()).matches("[0-9A-HJKMNP-TV-Z]{12}");
    }

    @Test
    void tienduizend_examennummers_na_elkaar_zijn_verschillend_en_delen_geen_oplopend_voorvoegsel() {
        Set<String> nummers = new HashSet<>();
        Set<String> voorvoegsels = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String nummer = Examennummers.nieuw();
            nummers.add(nummer);
            voorvoegsels.add(nummer.substring(0, 6));
        }

        assertThat(nummers).hasSize(10_000);
        assertThat(voorvoegsels).as("geen teller: de eerste zes tekens verschillen vrijwel altijd").hasSizeGreaterThan(9_900);
    }
}
