package nl.inburgering.duo.resultaten.domain;

import static nl.inburgering.duo.resultaten.domain.Feiten.AMSTERDAM;
import static nl.inburgering.duo.resultaten.domain.Feiten.ROTTERDAM;
import static nl.inburgering.duo.resultaten.domain.Feiten.START_TERMIJN;
import static nl.inburgering.duo.resultaten.domain.Feiten.VANDAAG;
import static nl.inburgering.duo.resultaten.domain.Resultaatregels.*;
import static nl.inburgering.duo.resultaten.domain.ZroutePolicy.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Z-route's datum afronding and participatiecomponent ({@link ZroutePolicy}). */
class ZroutePolicyTest {

    private static final LocalDate GISTEREN = VANDAAG.minusDays(1);

    private static List<String> afronding(LocalDate datum, Feiten feiten) {
        return codes(ZroutePolicy.beoordeelAfronding(new Resultaat(Onderdeel.ZROUTE, datum, null), feiten.context()));
    }

    private static List<String> participatie(LocalDate datum, Feiten feiten) {
        return codes(ZroutePolicy.beoordeelParticipatie(new Resultaat(Onderdeel.PARTICIPATIE, datum, null),
                feiten.context()));
    }

    private static List<String> codes(List<Overtreding> overtredingen) {
        assertThat(overtredingen).allSatisfy(o -> assertThat(o.omschrijving()).isNotBlank().hasSizeLessThanOrEqualTo(200));
        return overtredingen.stream().map(Overtreding::code).toList();
    }

    @Test
    void de_afronding_van_de_zroute_door_de_gemeente_van_de_actuele_pip_wordt_geregistreerd() {
        assertThat(afronding(GISTEREN, Feiten.zroute())).isEmpty();
    }

    @Test
    void uw_gemeente_moet_een_actuele_pip_hebben_om_de_zroute_af_te_ronden() {
        assertThat(afronding(GISTEREN, Feiten.zroute().pip(null))).containsExactly(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE);
        assertThat(afronding(GISTEREN, Feiten.zroute().pip(new ResultaatContext.Pip(ROTTERDAM, true, false))))
                .containsExactly(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE);
    }

    @Test
    void alleen_wie_volgens_de_actuele_pip_de_zroute_volgt_rondt_haar_af() {
        assertThat(afronding(GISTEREN, Feiten.zroute().pip(new ResultaatContext.Pip(AMSTERDAM, false, false))))
                .as("onderwijsroute of B1-route op A2").containsExactly(GEEN_ZROUTE);
    }

    @Test
    void niveau_b1_mag_niet_in_combinatie_met_de_zroute() {
        assertThat(afronding(GISTEREN, Feiten.zroute().pip(new ResultaatContext.Pip(AMSTERDAM, true, true))))
                .containsExactly(B1_MET_ZROUTE);
        assertThat(afronding(GISTEREN, Feiten.b1Route())).containsExactly(GEEN_ZROUTE, B1_MET_ZROUTE);
    }

    @Test
    void bij_een_wijziging_moet_de_datum_afronding_zroute_eerder_door_uw_gemeente_zijn_geleverd() {
        assertThat(afronding(GISTEREN, Feiten.zroute().geregistreerd(Onderdeel.ZROUTE, GISTEREN, AMSTERDAM))).isEmpty();
        assertThat(afronding(GISTEREN, Feiten.zroute().geregistreerd(Onderdeel.ZROUTE, GISTEREN, ROTTERDAM)))
                .containsExactly(WIJZIGING_NIET_DOOR_UW_GEMEENTE);
    }

    @Test
    void de_gemeente_trekt_haar_datum_afronding_zroute_in_met_een_levering_zonder_datum() {
        assertThat(afronding(null, Feiten.zroute().geregistreerd(Onderdeel.ZROUTE, GISTEREN, AMSTERDAM))).isEmpty();
        assertThat(afronding(null, Feiten.zroute())).as("niets om in te trekken")
                .containsExactly(WIJZIGING_NIET_DOOR_UW_GEMEENTE);
    }

    @Test
    void de_datum_afronding_zroute_ligt_niet_voor_de_start_van_de_termijn_en_niet_in_de_toekomst() {
        assertThat(afronding(START_TERMIJN, Feiten.zroute())).isEmpty();
        assertThat(afronding(START_TERMIJN.minusDays(1), Feiten.zroute())).containsExactly(DATUM_VOOR_START_TERMIJN);
        assertThat(afronding(VANDAAG, Feiten.zroute())).isEmpty();
        assertThat(afronding(VANDAAG.plusDays(1), Feiten.zroute())).containsExactly(DATUM_IN_TOEKOMST);
    }

    @Test
    void de_zroute_wordt_niet_afgerond_voor_het_pvt_de_map_en_de_participatie() {
        Feiten feiten = Feiten.zroute().geregistreerd(Onderdeel.PVT, GISTEREN, AMSTERDAM)
                .geregistreerd(Onderdeel.MAP, GISTEREN, AMSTERDAM)
                .geregistreerd(Onderdeel.PARTICIPATIE, GISTEREN, AMSTERDAM);

        assertThat(afronding(GISTEREN, feiten)).as("dezelfde dag").isEmpty();
        assertThat(afronding(GISTEREN.minusDays(1), feiten))
                .containsExactly(AFRONDING_VOOR_PVT, AFRONDING_VOOR_MAP, AFRONDING_VOOR_PARTICIPATIE);
    }

    @Test
    void de_participatiecomponent_van_een_asielstatushouder_in_de_zroute_wordt_geregistreerd() {
        assertThat(participatie(GISTEREN, Feiten.zroute())).isEmpty();
    }

    @Test
    void de_participatiecomponent_geldt_alleen_voor_een_asielstatushouder() {
        assertThat(participatie(GISTEREN, Feiten.zroute().gemeenteMigrant()))
                .containsExactly(PARTICIPATIE_ALLEEN_ASIELSTATUSHOUDER);
    }

    @Test
    void de_participatie_ligt_niet_na_de_afronding_van_de_zroute_en_niet_na_het_voldoen_aan_de_plicht() {
        LocalDate afronding = VANDAAG.minusDays(10);
        Feiten afgerond = Feiten.zroute().geregistreerd(Onderdeel.ZROUTE, afronding, AMSTERDAM);

        assertThat(participatie(afronding, afgerond)).isEmpty();
        assertThat(participatie(afronding.plusDays(1), afgerond.voldaanViaZroute()))
                .containsExactly(PLICHT_VOLDAAN_VIA_ZROUTE, DATUM_NA_AFRONDING_ZROUTE);
    }

    @Test
    void alle_overtreden_regels_van_de_participatie_worden_samen_gemeld() {
        Feiten feiten = Feiten.b1Route().gemeenteMigrant().pip(new ResultaatContext.Pip(ROTTERDAM, false, true))
                .geregistreerd(Onderdeel.PARTICIPATIE, GISTEREN, ROTTERDAM);

        assertThat(participatie(START_TERMIJN.minusDays(1), feiten)).containsExactly(WIJZIGING_NIET_DOOR_UW_GEMEENTE,
                GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE, GEEN_ZROUTE, B1_MET_ZROUTE, PARTICIPATIE_ALLEEN_ASIELSTATUSHOUDER,
                DATUM_VOOR_START_TERMIJN);
    }
}
