package nl.inburgering.duo.resultaten.domain;

import static nl.inburgering.duo.resultaten.domain.Feiten.AMSTERDAM;
import static nl.inburgering.duo.resultaten.domain.Feiten.ROTTERDAM;
import static nl.inburgering.duo.resultaten.domain.Feiten.START_TERMIJN;
import static nl.inburgering.duo.resultaten.domain.Feiten.VANDAAG;
import static nl.inburgering.duo.resultaten.domain.Resultaatregels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DUO's README rules for the datum ondertekening PVT and the datum eindgesprek MAP with indicatie verwijtbaarheid:
 * the same sentences for both, so every test runs for both onderdelen ({@link PvtPolicy}, {@link MapPolicy}).
 */
class PvtEnMapPolicyTest {

    private static final LocalDate GISTEREN = VANDAAG.minusDays(1);

    private static List<String> codes(Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar, Feiten feiten) {
        Resultaat resultaat = new Resultaat(onderdeel, datum, verwijtbaar);
        List<Overtreding> overtredingen = onderdeel == Onderdeel.PVT ? PvtPolicy.beoordeel(resultaat, feiten.context())
                : MapPolicy.beoordeel(resultaat, feiten.context());
        assertThat(overtredingen).allSatisfy(o -> assertThat(o.omschrijving()).isNotBlank().hasSizeLessThanOrEqualTo(200));
        return overtredingen.stream().map(Overtreding::code).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void een_datum_van_gisteren_van_de_gemeente_van_de_actuele_pip_wordt_geregistreerd(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.b1Route())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void bij_een_wijziging_moet_de_datum_eerder_door_uw_gemeente_zijn_geleverd(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.b1Route().geregistreerd(onderdeel, GISTEREN, AMSTERDAM)))
                .as("eigen levering gewijzigd").isEmpty();
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.b1Route().geregistreerd(onderdeel, GISTEREN, ROTTERDAM)))
                .containsExactly(WIJZIGING_NIET_DOOR_UW_GEMEENTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void intrekken_kan_alleen_wat_uw_gemeente_eerder_leverde(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, null, null, Feiten.b1Route().geregistreerd(onderdeel, GISTEREN, AMSTERDAM)))
                .isEmpty();
        assertThat(codes(onderdeel, null, null, Feiten.b1Route())).as("niets om in te trekken")
                .containsExactly(WIJZIGING_NIET_DOOR_UW_GEMEENTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void uw_gemeente_moet_een_actuele_pip_hebben_voor_de_inburgeringsplichtige(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.b1Route().pip(null)))
                .containsExactly(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE);
        assertThat(codes(onderdeel, GISTEREN, null,
                Feiten.b1Route().pip(new ResultaatContext.Pip(ROTTERDAM, false, true))))
                .as("de actuele PIP is van een andere gemeente").containsExactly(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void na_een_verhuizing_werkt_de_oude_gemeente_haar_resultaten_bij_tot_tien_werkdagen_na_de_verhuizing_ook_na_de_pip_van_de_nieuwe(
            Onderdeel onderdeel) {
        var pipVanRotterdam = new ResultaatContext.Pip(ROTTERDAM, false, true);
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.b1Route().pip(pipVanRotterdam).verhuisdVan(AMSTERDAM, VANDAAG)))
                .as("op de laatste dag").isEmpty();
        assertThat(codes(onderdeel, GISTEREN, null,
                Feiten.b1Route().pip(pipVanRotterdam).verhuisdVan(AMSTERDAM, VANDAAG.minusDays(1))))
                .as("daarna is de uitzondering voorbij").containsExactly(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE);
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.b1Route().pip(pipVanRotterdam).verhuisdVan(ROTTERDAM, VANDAAG)))
                .as("alleen de oude gemeente").containsExactly(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void de_inburgeringsplicht_moet_nog_niet_voldaan_zijn_via_de_zroute(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.zroute())).isEmpty();
        assertThat(codes(onderdeel, GISTEREN, null, Feiten.zroute().voldaanViaZroute()))
                .containsExactly(PLICHT_VOLDAAN_VIA_ZROUTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void de_datum_mag_niet_voor_de_startdatum_van_de_inburgeringstermijn_liggen(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, START_TERMIJN, null, Feiten.b1Route())).as("de startdatum zelf").isEmpty();
        assertThat(codes(onderdeel, START_TERMIJN.minusDays(1), null, Feiten.b1Route()))
                .containsExactly(DATUM_VOOR_START_TERMIJN);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void de_datum_mag_niet_na_de_datum_afronding_zroute_liggen(Onderdeel onderdeel) {
        LocalDate afronding = VANDAAG.minusDays(10);
        assertThat(codes(onderdeel, afronding, null, Feiten.zroute().geregistreerd(Onderdeel.ZROUTE, afronding, AMSTERDAM)))
                .as("dezelfde dag").isEmpty();
        assertThat(codes(onderdeel, afronding.plusDays(1), null,
                Feiten.zroute().geregistreerd(Onderdeel.ZROUTE, afronding, AMSTERDAM)))
                .containsExactly(DATUM_NA_AFRONDING_ZROUTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void de_datum_mag_niet_in_de_toekomst_liggen(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, VANDAAG, null, Feiten.b1Route())).isEmpty();
        assertThat(codes(onderdeel, VANDAAG.plusDays(1), null, Feiten.b1Route())).containsExactly(DATUM_IN_TOEKOMST);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void een_lege_datum_mag_niet_als_de_datum_afronding_zroute_geregistreerd_is(Onderdeel onderdeel) {
        Feiten zonderAfronding = Feiten.zroute().geregistreerd(onderdeel, GISTEREN, AMSTERDAM);
        assertThat(codes(onderdeel, null, null, zonderAfronding)).isEmpty();

        Feiten metAfronding = Feiten.zroute().geregistreerd(onderdeel, GISTEREN, AMSTERDAM)
                .geregistreerd(Onderdeel.ZROUTE, GISTEREN, AMSTERDAM);
        assertThat(codes(onderdeel, null, null, metAfronding)).containsExactly(INTREKKEN_NA_AFRONDING_ZROUTE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void zonder_verwijtbaar_mag_de_inburgeringstermijn_niet_overschreden_zijn(Onderdeel onderdeel) {
        Feiten verlopen = Feiten.b1Route().termijn(START_TERMIJN, VANDAAG.minusMonths(1));

        assertThat(codes(onderdeel, VANDAAG.minusMonths(1), null, verlopen)).as("afgerond op de laatste dag").isEmpty();
        assertThat(codes(onderdeel, VANDAAG.minusMonths(1).plusDays(1), null, verlopen))
                .as("afgerond na de termijn").containsExactly(VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING);
        assertThat(codes(onderdeel, null, null, verlopen.geregistreerd(onderdeel, GISTEREN, AMSTERDAM)))
                .as("ingetrokken na de termijn").containsExactly(VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void bij_een_datum_voor_de_einddatum_van_de_termijn_mag_verwijtbaar_niet_geleverd_worden(Onderdeel onderdeel) {
        Feiten verlopen = Feiten.b1Route().termijn(START_TERMIJN, VANDAAG.minusMonths(1));

        assertThat(codes(onderdeel, VANDAAG.minusMonths(1).plusDays(3), true, verlopen)).as("na de einddatum")
                .isEmpty();
        assertThat(codes(onderdeel, VANDAAG.minusMonths(2), true, verlopen))
                .contains(VERWIJTBAAR_BIJ_DATUM_VOOR_EINDE_TERMIJN);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void verwijtbaar_nee_mag_alleen_als_de_einddatum_van_de_termijn_binnen_twee_maanden_valt(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, null, false, Feiten.b1Route().termijn(START_TERMIJN, VANDAAG.plusMonths(2))))
                .as("niet afgerond, einde over twee maanden").isEmpty();
        assertThat(codes(onderdeel, null, false, Feiten.b1Route().termijn(START_TERMIJN, VANDAAG.minusDays(5))))
                .as("niet afgerond, termijn verlopen").isEmpty();
        assertThat(codes(onderdeel, null, false, Feiten.b1Route()))
                .as("einde nog jaren weg").containsExactly(NEE_ALLEEN_BINNEN_TWEE_MAANDEN_VOOR_EINDE);
        assertThat(codes(onderdeel, null, false, Feiten.b1Route().termijn(null, null)))
                .as("zonder termijn").containsExactly(NEE_ALLEEN_BINNEN_TWEE_MAANDEN_VOOR_EINDE);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void verwijtbaar_ja_mag_alleen_bij_een_overschrijding_van_de_inburgeringstermijn(Onderdeel onderdeel) {
        assertThat(codes(onderdeel, null, true, Feiten.b1Route().termijn(START_TERMIJN, VANDAAG.minusDays(1))))
                .isEmpty();
        assertThat(codes(onderdeel, null, true, Feiten.b1Route().termijn(START_TERMIJN, VANDAAG)))
                .as("de laatste dag is nog binnen de termijn").containsExactly(JA_ALLEEN_BIJ_OVERSCHRIJDING);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"PVT", "MAP"})
    void alle_overtreden_regels_worden_samen_gemeld(Onderdeel onderdeel) {
        Feiten feiten = Feiten.zroute().pip(new ResultaatContext.Pip(ROTTERDAM, true, false))
                .geregistreerd(onderdeel, GISTEREN, ROTTERDAM)
                .geregistreerd(Onderdeel.ZROUTE, START_TERMIJN.plusDays(5), ROTTERDAM).voldaanViaZroute();

        assertThat(codes(onderdeel, VANDAAG.plusDays(1), true, feiten)).containsExactly(
                WIJZIGING_NIET_DOOR_UW_GEMEENTE, GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE, PLICHT_VOLDAAN_VIA_ZROUTE,
                DATUM_NA_AFRONDING_ZROUTE, DATUM_IN_TOEKOMST, VERWIJTBAAR_BIJ_DATUM_VOOR_EINDE_TERMIJN,
                JA_ALLEEN_BIJ_OVERSCHRIJDING);
    }

    @ParameterizedTest
    @EnumSource(value = Onderdeel.class, names = {"ZROUTE", "PARTICIPATIE"})
    void de_zroute_kent_geen_indicatie_verwijtbaarheid(Onderdeel onderdeel) {
        assertThatThrownBy(() -> new Resultaat(onderdeel, VANDAAG, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
