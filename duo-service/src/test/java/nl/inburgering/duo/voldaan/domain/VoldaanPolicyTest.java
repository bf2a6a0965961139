package nl.inburgering.duo.voldaan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.voldaan.domain.Trajectfeiten.Examenresultaat;

class VoldaanPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 3, 15);
    private static final LocalDate PVT = LocalDate.of(2026, 10, 1);
    private static final LocalDate MAP = LocalDate.of(2026, 11, 2);

    // ===== B1-route =====

    @Test
    void wie_in_de_b1_route_alle_vijf_examens_op_b1_haalt_en_pvt_en_map_afrondt_heeft_voldaan_op_de_dag_van_het_laatste_feit() {
        Oordeel oordeel = VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false,
                examens(Taalniveau.B1, LocalDate.of(2027, 1, 10)), Map.of(Eis.PVT, PVT, Eis.MAP, MAP),
                VrijstellingenEnOntheffingen.GEEN), VANDAAG);

        assertThat(oordeel).isEqualTo(new Oordeel.Voldaan(LocalDate.of(2027, 1, 14), Leerroute.B1_ROUTE,
                Waardepapier.INBURGERINGSDIPLOMA));
    }

    @Test
    void in_de_b1_route_zonder_map_is_de_plicht_nog_niet_voldaan() {
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false,
                examens(Taalniveau.B1, LocalDate.of(2027, 1, 10)), Map.of(Eis.PVT, PVT),
                VrijstellingenEnOntheffingen.GEEN), VANDAAG)).isEqualTo(new Oordeel.NogNietVoldaan(List.of(Eis.MAP)));
    }

    @Test
    void een_taalexamen_op_a2_telt_niet_in_de_b1_route_op_b1_maar_wel_na_afschalen_naar_a2() {
        List<Examenresultaat> opA2 = examens(Taalniveau.A2, LocalDate.of(2027, 1, 10));
        Map<Eis, LocalDate> pvtEnMap = Map.of(Eis.PVT, PVT, Eis.MAP, MAP);

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false, opA2,
                pvtEnMap, VrijstellingenEnOntheffingen.GEEN), VANDAAG))
                .isEqualTo(new Oordeel.NogNietVoldaan(List.of(Eis.LE, Eis.LU, Eis.SC, Eis.SP)));
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.A2, false, opA2,
                pvtEnMap, VrijstellingenEnOntheffingen.GEEN), VANDAAG)).isInstanceOf(Oordeel.Voldaan.class);
    }

    @Test
    void een_taalexamen_op_b2_dekt_het_vereiste_niveau_b1() {
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, null, false,
                examens(Taalniveau.B2, LocalDate.of(2027, 1, 10)), Map.of(Eis.PVT, PVT, Eis.MAP, MAP),
                VrijstellingenEnOntheffingen.GEEN), VANDAAG)).isInstanceOf(Oordeel.Voldaan.class);
    }

    @Test
    void een_gezakt_examen_telt_niet_en_het_eerste_geslaagde_bepaalt_de_datum() {
        List<Examenresultaat> examens = new ArrayList<>(examens(Taalniveau.B1, LocalDate.of(2026, 12, 1)));
        examens.removeIf(e -> e.onderdeel() == Eis.SP);
        examens.add(new Examenresultaat(Eis.SP, Taalniveau.B1, false, LocalDate.of(2026, 12, 20)));

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false, examens,
                Map.of(Eis.PVT, PVT, Eis.MAP, MAP), VrijstellingenEnOntheffingen.GEEN), VANDAAG))
                .isEqualTo(new Oordeel.NogNietVoldaan(List.of(Eis.SP)));

        examens.add(new Examenresultaat(Eis.SP, Taalniveau.B1, true, LocalDate.of(2027, 2, 1)));
        examens.add(new Examenresultaat(Eis.SP, Taalniveau.B1, true, LocalDate.of(2027, 3, 1)));
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false, examens,
                Map.of(Eis.PVT, PVT, Eis.MAP, MAP), VrijstellingenEnOntheffingen.GEEN), VANDAAG))
                .isEqualTo(new Oordeel.Voldaan(LocalDate.of(2027, 2, 1), Leerroute.B1_ROUTE,
                        Waardepapier.INBURGERINGSDIPLOMA));
    }

    @Test
    void zonder_enig_feit_mist_de_b1_route_alles_in_vaste_volgorde() {
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false, List.of(),
                Map.of(), VrijstellingenEnOntheffingen.GEEN), VANDAAG)).isEqualTo(new Oordeel.NogNietVoldaan(
                        List.of(Eis.LE, Eis.LU, Eis.SC, Eis.SP, Eis.KNM, Eis.PVT, Eis.MAP)));
    }

    // ===== onderwijsroute =====

    @Test
    void wie_in_de_onderwijsroute_het_taalschakeltraject_afrondt_het_examen_haalt_en_het_pvt_afrondt_heeft_voldaan_zonder_map() {
        Map<Eis, LocalDate> afgerond = Map.of(Eis.PVT, PVT, Eis.TAALSCHAKELTRAJECT, LocalDate.of(2027, 2, 20));

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.ONDERWIJSROUTE, Taalniveau.B1, false,
                examens(Taalniveau.B1, LocalDate.of(2027, 1, 10)), afgerond, VrijstellingenEnOntheffingen.GEEN),
                VANDAAG)).isEqualTo(new Oordeel.Voldaan(LocalDate.of(2027, 2, 20), Leerroute.ONDERWIJSROUTE,
                        Waardepapier.INBURGERINGSDIPLOMA));
    }

    @Test
    void in_de_onderwijsroute_zonder_afgerond_taalschakeltraject_is_de_plicht_nog_niet_voldaan() {
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.ONDERWIJSROUTE, Taalniveau.B1, false,
                examens(Taalniveau.B1, LocalDate.of(2027, 1, 10)), Map.of(Eis.PVT, PVT),
                VrijstellingenEnOntheffingen.GEEN), VANDAAG))
                .isEqualTo(new Oordeel.NogNietVoldaan(List.of(Eis.TAALSCHAKELTRAJECT)));
    }

    // ===== Z-route =====

    @Test
    void een_asielstatushouder_in_de_zroute_met_pvt_map_participatie_en_eindgesprek_heeft_voldaan_en_krijgt_het_certificaat() {
        Map<Eis, LocalDate> afgerond = Map.of(Eis.PVT, PVT, Eis.MAP, MAP, Eis.PARTICIPATIE,
                LocalDate.of(2026, 12, 1), Eis.EINDGESPREK_ZROUTE, LocalDate.of(2026, 12, 15));

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.Z_ROUTE, null, true, List.of(), afgerond,
                VrijstellingenEnOntheffingen.GEEN), VANDAAG)).isEqualTo(new Oordeel.Voldaan(
                        LocalDate.of(2026, 12, 15), Leerroute.Z_ROUTE, Waardepapier.INBURGERINGSCERTIFICAAT));
    }

    @Test
    void een_asielstatushouder_in_de_zroute_zonder_participatie_heeft_nog_niet_voldaan() {
        Map<Eis, LocalDate> afgerond = Map.of(Eis.PVT, PVT, Eis.MAP, MAP, Eis.EINDGESPREK_ZROUTE,
                LocalDate.of(2026, 12, 15));

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.Z_ROUTE, null, true, List.of(), afgerond,
                VrijstellingenEnOntheffingen.GEEN), VANDAAG))
                .isEqualTo(new Oordeel.NogNietVoldaan(List.of(Eis.PARTICIPATIE)));
    }

    @Test
    void een_gezinsmigrant_in_de_zroute_heeft_geen_participatiecomponent_en_voldoet_met_pvt_map_en_eindgesprek() {
        Map<Eis, LocalDate> afgerond = Map.of(Eis.PVT, PVT, Eis.MAP, MAP, Eis.EINDGESPREK_ZROUTE,
                LocalDate.of(2026, 12, 15));

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.Z_ROUTE, Taalniveau.A2, false, List.of(),
                afgerond, VrijstellingenEnOntheffingen.GEEN), VANDAAG)).isInstanceOf(Oordeel.Voldaan.class);
    }

    @Test
    void in_de_zroute_zonder_eindgesprek_is_de_plicht_nog_niet_voldaan() {
        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.Z_ROUTE, null, false, List.of(),
                Map.of(Eis.PVT, PVT, Eis.MAP, MAP), VrijstellingenEnOntheffingen.GEEN), VANDAAG))
                .isEqualTo(new Oordeel.NogNietVoldaan(List.of(Eis.EINDGESPREK_ZROUTE)));
    }

    // ===== vrijstellingen en ontheffingen (issue 15) =====

    @Test
    void een_eis_die_een_vrijstelling_of_ontheffing_dekt_telt_als_voldaan() {
        Map<Eis, LocalDate> afgerond = new EnumMap<>(Map.of(Eis.PVT, PVT, Eis.MAP, MAP));
        List<Examenresultaat> zonderKnm = new ArrayList<>(examens(Taalniveau.B1, LocalDate.of(2027, 1, 10)));
        zonderKnm.removeIf(e -> e.onderdeel() == Eis.KNM);

        assertThat(VoldaanPolicy.beoordeel(new Trajectfeiten(Leerroute.B1_ROUTE, Taalniveau.B1, false, zonderKnm,
                afgerond, new VrijstellingenEnOntheffingen(Set.of(Eis.KNM))), VANDAAG))
                .isEqualTo(new Oordeel.Voldaan(LocalDate.of(2027, 1, 13), Leerroute.B1_ROUTE,
                        Waardepapier.INBURGERINGSDIPLOMA));
    }

    /** LE, LU, SC, SP at the niveau and KNM, all geslaagd, one day apart from {@code eerste}. */
    private static List<Examenresultaat> examens(Taalniveau niveau, LocalDate eerste) {
        return List.of(new Examenresultaat(Eis.LE, niveau, true, eerste),
                new Examenresultaat(Eis.LU, niveau, true, eerste.plusDays(1)),
                new Examenresultaat(Eis.SC, niveau, true, eerste.plusDays(2)),
                new Examenresultaat(Eis.SP, niveau, true, eerste.plusDays(3)),
                new Examenresultaat(Eis.KNM, null, true, eerste.plusDays(4)));
    }
}
