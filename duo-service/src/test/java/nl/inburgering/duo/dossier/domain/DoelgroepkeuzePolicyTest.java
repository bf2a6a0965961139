package nl.inburgering.duo.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.Plichtwijziging.Doelgroepkeuze;
import nl.inburgering.duo.dossier.api.Plichtwijziging.Keuzeuitkomst;

/** Seed §13.4, footnote 6: which keuze after a doelgroepwijziging DUO confirms. */
class DoelgroepkeuzePolicyTest {

    private static final String GEMEENTE = "0363";
    private static final LocalDate WIJZIGING = LocalDate.of(2026, 9, 1);

    private static Keuzeuitkomst naarAsiel(Doelgroepkeuze keuze, LocalDate doorgegevenOp) {
        return DoelgroepkeuzePolicy.beoordeel(true, GEMEENTE, GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, WIJZIGING,
                null, GEMEENTE, keuze, WIJZIGING, doorgegevenOp);
    }

    @Test
    void een_keuze_op_de_laatste_dag_van_de_10_weken_wordt_bevestigd() {
        assertThat(naarAsiel(Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, WIJZIGING.plusWeeks(10)))
                .isEqualTo(Keuzeuitkomst.BEVESTIGD);
    }

    @Test
    void een_keuze_na_de_10_weken_is_te_laat() {
        assertThat(naarAsiel(Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, WIJZIGING.plusWeeks(10).plusDays(1)))
                .isEqualTo(Keuzeuitkomst.TE_LAAT);
    }

    @Test
    void wie_asielstatushouder_werd_kan_geen_behoud_van_asielrechten_kiezen() {
        assertThat(naarAsiel(Doelgroepkeuze.BEHOUD_ASIELRECHTEN, WIJZIGING.plusWeeks(1)))
                .isEqualTo(Keuzeuitkomst.PAST_NIET_BIJ_DE_WIJZIGING);
    }

    @Test
    void een_asielstatushouder_die_gezinsmigrant_werd_kan_afzien_van_de_asielrechten() {
        assertThat(DoelgroepkeuzePolicy.beoordeel(true, GEMEENTE, GedetailleerdeDoelgroep.GEZINSVORMER, WIJZIGING,
                null, GEMEENTE, Doelgroepkeuze.OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND, WIJZIGING,
                WIJZIGING.plusWeeks(3))).isEqualTo(Keuzeuitkomst.BEVESTIGD);
    }

    @Test
    void zonder_doelgroepwijziging_is_er_niets_te_kiezen() {
        assertThat(DoelgroepkeuzePolicy.beoordeel(true, GEMEENTE, GedetailleerdeDoelgroep.GEZINSVORMER, null, null,
                GEMEENTE, Doelgroepkeuze.BEHOUD_ASIELRECHTEN, WIJZIGING, WIJZIGING))
                .isEqualTo(Keuzeuitkomst.GEEN_DOELGROEPWIJZIGING);
    }

    @Test
    void een_keuze_voor_een_andere_datum_dan_de_doelgroepwijziging_wordt_niet_bevestigd() {
        assertThat(DoelgroepkeuzePolicy.beoordeel(true, GEMEENTE, GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, WIJZIGING,
                null, GEMEENTE, Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, WIJZIGING.minusDays(1), WIJZIGING))
                .isEqualTo(Keuzeuitkomst.ANDERE_DOELGROEPWIJZIGING);
    }

    @Test
    void een_keuze_van_een_andere_gemeente_dan_die_van_de_plicht_wordt_niet_bevestigd() {
        assertThat(DoelgroepkeuzePolicy.beoordeel(true, GEMEENTE, GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, WIJZIGING,
                null, "0599", Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, WIJZIGING, WIJZIGING))
                .isEqualTo(Keuzeuitkomst.ANDERE_GEMEENTE);
    }

    @Test
    void dezelfde_keuze_nogmaals_is_al_bevestigd_ook_na_de_10_weken() {
        assertThat(DoelgroepkeuzePolicy.beoordeel(true, GEMEENTE, GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, WIJZIGING,
                Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, GEMEENTE, Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, WIJZIGING,
                WIJZIGING.plusWeeks(11))).isEqualTo(Keuzeuitkomst.AL_BEVESTIGD);
    }

    @Test
    void wie_niet_meer_plichtig_is_kiest_niet_meer() {
        assertThat(DoelgroepkeuzePolicy.beoordeel(false, GEMEENTE, GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, WIJZIGING,
                null, GEMEENTE, Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND, WIJZIGING, WIJZIGING))
                .isEqualTo(Keuzeuitkomst.NIET_PLICHTIG);
    }
}
