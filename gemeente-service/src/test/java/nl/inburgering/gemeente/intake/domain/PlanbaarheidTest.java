package nl.inburgering.gemeente.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanbaarheidTest {

    @Test
    void een_klaargezette_toets_die_nog_niet_is_afgenomen_is_planbaar() {
        assertThat(Planbaarheid.bepaal(true, false, false)).isEqualTo(Planbaarheid.PLANBAAR);
    }

    @Test
    void zonder_klaargezette_toets_valt_er_niets_te_plannen() {
        assertThat(Planbaarheid.bepaal(false, false, false)).isEqualTo(Planbaarheid.GEEN_TOETS_KLAARGEZET);
    }

    @Test
    void een_afgenomen_toets_wordt_niet_opnieuw_gepland() {
        assertThat(Planbaarheid.bepaal(true, true, false)).isEqualTo(Planbaarheid.TOETS_AL_AFGENOMEN);
        assertThat(Planbaarheid.TOETS_AL_AFGENOMEN.omschrijving()).contains("negatieve verklaring");
    }

    @Test
    void er_staat_hooguit_een_afspraak_tegelijk_open() {
        assertThat(Planbaarheid.bepaal(true, false, true)).isEqualTo(Planbaarheid.AL_INGEPLAND);
    }
}
