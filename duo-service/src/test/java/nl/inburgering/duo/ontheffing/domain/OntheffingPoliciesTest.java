package nl.inburgering.duo.ontheffing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of the medische procedure (seed §11.2) as sentences: the fee, the refund, the order of the steps. */
class OntheffingPoliciesTest {

    private static final BigDecimal BIJDRAGE = new BigDecimal("225.00");
    private final KostenPolicy kosten = new KostenPolicy(BIJDRAGE);

    @Test
    void wie_een_gehele_of_gedeeltelijke_ontheffing_vraagt_betaalt_de_eigen_bijdrage() {
        assertThat(kosten.teInnen(Ontheffingsoort.GEHEEL)).isEqualByComparingTo(BIJDRAGE);
        assertThat(kosten.teInnen(Ontheffingsoort.GEDEELTELIJK)).isEqualByComparingTo(BIJDRAGE);
    }

    @Test
    void wie_alleen_aangepaste_examenomstandigheden_vraagt_betaalt_niets() {
        assertThat(kosten.teInnen(Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN)).isEqualByComparingTo("0");
    }

    @Test
    void een_gehele_of_gedeeltelijke_toekenning_betaalt_de_geinde_bijdrage_terug() {
        assertThat(KostenPolicy.terugTeBetalen(BIJDRAGE, Oordeel.TOEKENNING, Ontheffingsoort.GEHEEL))
                .isEqualByComparingTo(BIJDRAGE);
        assertThat(KostenPolicy.terugTeBetalen(BIJDRAGE, Oordeel.TOEKENNING, Ontheffingsoort.GEDEELTELIJK))
                .isEqualByComparingTo(BIJDRAGE);
    }

    @Test
    void een_afwijzing_of_alleen_aangepaste_examenomstandigheden_betaalt_niets_terug() {
        assertThat(KostenPolicy.terugTeBetalen(BIJDRAGE, Oordeel.AFWIJZING, Ontheffingsoort.GEHEEL))
                .isEqualByComparingTo("0");
        assertThat(KostenPolicy.terugTeBetalen(BigDecimal.ZERO, Oordeel.TOEKENNING,
                Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN)).isEqualByComparingTo("0");
    }

    @Test
    void de_stappen_volgen_elkaar_op_in_de_volgorde_van_de_procedure() {
        assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.AANGEVRAAGD, Processtap.VERWIJZEN)).isTrue();
        assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.VERWEZEN, Processtap.VERKLARING_REGISTREREN)).isTrue();
        assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.VERKLARING_ONTVANGEN, Processtap.FORMEEL_TOETSEN)).isTrue();
        assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.FORMEEL_GETOETST, Processtap.BESLISSEN)).isTrue();
        assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.AANGEVRAAGD, Processtap.VERKLARING_REGISTREREN)).isFalse();
        assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.VERWEZEN, Processtap.BESLISSEN)).isFalse();
        for (Processtap stap : Processtap.values()) {
            assertThat(ProcedurePolicy.magVolgen(Aanvraagstatus.BESLIST, stap)).as(stap.name()).isFalse();
        }
    }

    @Test
    void zonder_formele_toets_beslist_DUO_niet_en_na_een_gebrekkige_procedure_alleen_afwijzend() {
        assertThat(bezwaar(Aanvraagstatus.VERKLARING_ONTVANGEN, true, Oordeel.AFWIJZING, Ontheffingsoort.GEHEEL))
                .isNotNull();
        assertThat(bezwaar(Aanvraagstatus.FORMEEL_GETOETST, false, Oordeel.TOEKENNING, Ontheffingsoort.GEHEEL))
                .contains("alleen afwijzen");
        assertThat(bezwaar(Aanvraagstatus.FORMEEL_GETOETST, false, Oordeel.AFWIJZING, Ontheffingsoort.GEHEEL))
                .isNull();
        assertThat(bezwaar(Aanvraagstatus.FORMEEL_GETOETST, true, Oordeel.TOEKENNING, Ontheffingsoort.GEHEEL))
                .isNull();
    }

    @Test
    void een_gevraagde_gehele_ontheffing_mag_gedeeltelijk_worden_toegekend_maar_nooit_meer_dan_gevraagd() {
        assertThat(ProcedurePolicy.bezwaarTegenBeslissing(Aanvraagstatus.FORMEEL_GETOETST, true,
                Ontheffingsoort.GEHEEL, Set.of(), Oordeel.TOEKENNING, Ontheffingsoort.GEDEELTELIJK,
                Set.of(Examenonderdeel.SP))).isEmpty();
        assertThat(ProcedurePolicy.bezwaarTegenBeslissing(Aanvraagstatus.FORMEEL_GETOETST, true,
                Ontheffingsoort.GEDEELTELIJK, Set.of(Examenonderdeel.SP), Oordeel.TOEKENNING, Ontheffingsoort.GEHEEL,
                Set.of())).isPresent();
        assertThat(ProcedurePolicy.bezwaarTegenBeslissing(Aanvraagstatus.FORMEEL_GETOETST, true,
                Ontheffingsoort.GEDEELTELIJK, Set.of(Examenonderdeel.SP), Oordeel.TOEKENNING,
                Ontheffingsoort.GEDEELTELIJK, Set.of(Examenonderdeel.SP, Examenonderdeel.SC))).isPresent();
    }

    @Test
    void aangepaste_examenomstandigheden_worden_als_zodanig_beslist_en_een_ontheffing_nooit_als_zodanig() {
        assertThat(ProcedurePolicy.bezwaarTegenBeslissing(Aanvraagstatus.FORMEEL_GETOETST, true,
                Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN, Set.of(), Oordeel.TOEKENNING, Ontheffingsoort.GEHEEL,
                Set.of())).isPresent();
        assertThat(ProcedurePolicy.bezwaarTegenBeslissing(Aanvraagstatus.FORMEEL_GETOETST, true,
                Ontheffingsoort.GEHEEL, Set.of(), Oordeel.TOEKENNING, Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN,
                Set.of())).isPresent();
        assertThat(ProcedurePolicy.bezwaarTegenBeslissing(Aanvraagstatus.FORMEEL_GETOETST, true,
                Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN, Set.of(), Oordeel.TOEKENNING,
                Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN, Set.of())).isEmpty();
    }

    private static String bezwaar(Aanvraagstatus status, boolean gevolgd, Oordeel oordeel, Ontheffingsoort soort) {
        return ProcedurePolicy.bezwaarTegenBeslissing(status, gevolgd, Ontheffingsoort.GEHEEL, Set.of(), oordeel,
                soort, Set.of()).orElse(null);
    }
}
