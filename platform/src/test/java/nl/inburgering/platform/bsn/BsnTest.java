package nl.inburgering.platform.bsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest(name = "{0} is een geldig BSN")
    @ValueSource(strings = {"999990019", "111222333", "123456782", "012345672"})
    void bekende_test_bsns_zijn_geldig(String nummer) {
        assertThat(Bsn.isValid(nummer)).isTrue();
        assertThat(Bsn.of(nummer).value()).isEqualTo(nummer);
    }

    @Test
    void een_bsn_met_een_fout_controlecijfer_wordt_geweigerd() {
        assertThat(Bsn.isValid("123456781")).isFalse();
        assertThatThrownBy(() -> Bsn.of("123456781"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elfproef");
    }

    @Test
    void elke_wijziging_van_een_enkel_cijfer_van_een_geldig_bsn_haalt_de_elfproef_niet() {
        String geldig = "999990019";
        for (int positie = 0; positie < 9; positie++) {
            for (char cijfer = '0'; cijfer <= '9'; cijfer++) {
                if (cijfer == geldig.charAt(positie)) {
                    continue;
                }
                String gewijzigd = geldig.substring(0, positie) + cijfer + geldig.substring(positie + 1);
                assertThat(Bsn.isValid(gewijzigd)).as("positie %d -> %s", positie, cijfer).isFalse();
            }
        }
    }

    @Test
    void een_bsn_van_acht_cijfers_wordt_geweigerd() {
        assertThat(Bsn.isValid("12345678")).isFalse();
        assertThatThrownBy(() -> Bsn.of("12345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negen cijfers");
    }

    @Test
    void een_bsn_van_tien_cijfers_wordt_geweigerd() {
        assertThat(Bsn.isValid("1234567820")).isFalse();
        assertThatThrownBy(() -> Bsn.of("1234567820"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negen cijfers");
    }

    @ParameterizedTest(name = "\"{0}\" wordt geweigerd")
    @ValueSource(strings = {"12345678a", "abcdefghi", "12345-782", "+23456782", "１２３４５６７８２", "١٢٣٤٥٦٧٨٢"})
    void een_bsn_met_letters_of_andere_tekens_dan_ascii_cijfers_wordt_geweigerd(String invoer) {
        assertThat(Bsn.isValid(invoer)).isFalse();
        assertThatThrownBy(() -> Bsn.of(invoer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negen cijfers");
    }

    @ParameterizedTest(name = "\"{0}\" wordt niet getrimd en dus geweigerd")
    @ValueSource(strings = {" 123456782", "123456782 ", "123 456 782", "1234 6782", "", "\t123456782"})
    void witruimte_wordt_niet_weggetrimd_en_maakt_een_bsn_ongeldig(String invoer) {
        assertThat(Bsn.isValid(invoer)).isFalse();
        assertThatThrownBy(() -> Bsn.of(invoer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_is_geen_bsn() {
        assertThat(Bsn.isValid(null)).isFalse();
        assertThatThrownBy(() -> Bsn.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    @Test
    void nul_nul_nul_haalt_de_elfproef_maar_wordt_geweigerd_omdat_het_geen_uitgegeven_bsn_is() {
        assertThat(Bsn.isValid("000000000")).isFalse();
        assertThatThrownBy(() -> Bsn.of("000000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("000000000 is geen uitgegeven BSN");
    }

    @ParameterizedTest(name = "melding voor \"{0}\" bevat geen cijfers")
    @ValueSource(strings = {"123456781", "12345678", "1234567820", "12345678a", " 123456782"})
    void een_foutmelding_bevat_nooit_cijfers_van_het_nummer(String invoer) {
        assertThatThrownBy(() -> Bsn.of(invoer))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContainPattern("[0-9]")
                .doesNotContain(invoer.strip());
    }

    @Test
    void to_string_maskeert_het_nummer() {
        Bsn bsn = Bsn.of("123456782");
        assertThat(bsn.toString()).isEqualTo("Bsn[*********]").doesNotContainPattern("[0-9]");
        assertThat("signaal voor " + bsn).doesNotContain("123456782");
    }

    @Test
    void twee_bsns_met_hetzelfde_nummer_zijn_gelijk() {
        Bsn a = Bsn.of("999990019");
        Bsn b = Bsn.of(new String("999990019".toCharArray()));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    }

    @Test
    void bsns_met_een_verschillend_nummer_zijn_niet_gelijk() {
        assertThat(Bsn.of("999990019")).isNotEqualTo(Bsn.of("111222333"));
        assertThat(Bsn.of("999990019")).isNotEqualTo("999990019");
        assertThat(Bsn.of("999990019")).isNotEqualTo(null);
    }
}
