package nl.inburgering.gemeente.vrijstellingontheffing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PipOpnieuwVaststellenPolicyTest {

    private static final Instant ONTVANGEN = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate OORDEEL = LocalDate.of(2026, 11, 30);

    private static Beslissing beslissing(String soort, String oordeel) {
        return new Beslissing(Beslissing.Soort.ONTHEFFING, soort, oordeel, "MED", OORDEEL, null, null, List.of("SP"),
                null, ONTVANGEN);
    }

    @Test
    void een_toegekende_gedeeltelijke_beslissing_zonder_pip_erna_vraagt_een_nieuw_pip() {
        assertThat(PipOpnieuwVaststellenPolicy.signaalSinds(List.of(beslissing("GEDEELTELIJK", "TOEKENNING")), null))
                .contains(OORDEEL);
        assertThat(PipOpnieuwVaststellenPolicy.signaalSinds(List.of(beslissing("GEDEELTELIJK", "TOEKENNING")),
                ONTVANGEN.minusSeconds(3600))).contains(OORDEEL);
    }

    @Test
    void een_pip_na_de_beslissing_beantwoordt_het() {
        assertThat(PipOpnieuwVaststellenPolicy.signaalSinds(List.of(beslissing("GEDEELTELIJK", "TOEKENNING")),
                ONTVANGEN.plusSeconds(1))).isEmpty();
    }

    @Test
    void een_afwijzing_een_gehele_of_aangepaste_examenomstandigheden_vragen_geen_nieuw_pip() {
        assertThat(PipOpnieuwVaststellenPolicy.signaalSinds(List.of(beslissing("GEDEELTELIJK", "AFWIJZING"),
                beslissing("GEHEEL", "TOEKENNING"), beslissing("AANGEPASTE_EXAMENOMSTANDIGHEDEN", "TOEKENNING")),
                null)).isEmpty();
    }
}
