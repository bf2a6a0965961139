package nl.inburgering.duo.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.Verblijfsrechtwijziging.Soort;
import nl.inburgering.duo.dossier.domain.VerblijfsrechtwijzigingPolicy.Uitkomst;

/** Seed §13.4, §13.5: what a change of verblijfsrecht (#2) does to the plicht. */
class VerblijfsrechtwijzigingPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);
    private static final LocalDate WIJZIGING = LocalDate.of(2026, 11, 20);
    private static final PlichtRegels REGELS = PlichtRegels.van(18,
            Map.of(2024, Period.ofYears(67), 2028, Period.of(67, 3, 0)), Set.of("DE", "PL", "CH", "NO"));
    private final VerblijfsrechtwijzigingPolicy policy = new VerblijfsrechtwijzigingPolicy(
            new InburgeringsplichtPolicy(REGELS));

    private static Verblijfsgegevens gegevens(Verblijfsdoel doel, String nationaliteit, LocalDate geboortedatum) {
        return new Verblijfsgegevens(doel, false, nationaliteit, geboortedatum, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 15));
    }

    private static Verblijfsrechtwijziging naar(Verblijfsdoel doel) {
        return new Verblijfsrechtwijziging(Soort.VERBLIJFSDOEL_GEWIJZIGD, doel, false, WIJZIGING);
    }

    private static Verblijfsrechtwijziging beeindigd(Soort soort) {
        return new Verblijfsrechtwijziging(soort, null, false, WIJZIGING);
    }

    private Uitkomst plichtig(GedetailleerdeDoelgroep doelgroep, Verblijfsdoel doel, Verblijfsrechtwijziging w) {
        return policy.beoordeel(true, false, null, doelgroep, gegevens(doel, "SY", LocalDate.of(1990, 1, 1)), w,
                VANDAAG);
    }

    private Uitkomst nietPlichtig(RedenNietPlichtig reden, Verblijfsdoel doel, String nationaliteit,
            Verblijfsrechtwijziging w) {
        return policy.beoordeel(false, false, reden, null, gegevens(doel, nationaliteit, LocalDate.of(1990, 1, 1)), w,
                VANDAAG);
    }

    @Test
    void een_student_die_gezinsvormer_wordt_wordt_plichtig_vanaf_de_ingangsdatum_van_zijn_nieuwe_verblijfsrecht() {
        Uitkomst uitkomst = nietPlichtig(RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL, Verblijfsdoel.STUDIE, "SY",
                naar(Verblijfsdoel.GEZINSVORMING));

        assertThat(uitkomst).isEqualTo(new Uitkomst.PlichtBegint(
                new Besluit.Plichtig(WIJZIGING, GedetailleerdeDoelgroep.GEZINSVORMER)));
    }

    @Test
    void een_student_die_kennismigrant_wordt_blijft_niet_plichtig() {
        assertThat(nietPlichtig(RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL, Verblijfsdoel.STUDIE, "SY",
                naar(Verblijfsdoel.KENNISMIGRANT))).isEqualTo(new Uitkomst.Ongewijzigd());
    }

    @Test
    void een_student_met_een_eu_nationaliteit_wordt_met_een_niet_tijdelijk_doel_niet_plichtig() {
        assertThat(nietPlichtig(RedenNietPlichtig.EU_EER_OF_ZWITSERSE_NATIONALITEIT, Verblijfsdoel.STUDIE, "DE",
                naar(Verblijfsdoel.GEZINSVORMING))).isEqualTo(new Uitkomst.Ongewijzigd());
    }

    @Test
    void wie_al_aan_de_plicht_voldeed_krijgt_door_een_nieuw_verblijfsdoel_geen_nieuwe_plicht() {
        assertThat(nietPlichtig(RedenNietPlichtig.INBURGERINGSPLICHT_VOLDAAN, Verblijfsdoel.GEZINSHERENIGING, "SY",
                naar(Verblijfsdoel.ASIEL))).isEqualTo(new Uitkomst.Ongewijzigd());
    }

    @Test
    void een_plicht_die_door_een_eerdere_wijziging_eindigde_begint_opnieuw_met_een_niet_tijdelijk_doel() {
        assertThat(nietPlichtig(RedenNietPlichtig.VERBLIJFSDOEL_GEWIJZIGD, Verblijfsdoel.STUDIE, "SY",
                naar(Verblijfsdoel.OVERIG_NIET_TIJDELIJK))).isInstanceOf(Uitkomst.PlichtBegint.class);
    }

    @Test
    void een_asielstatushouder_van_wie_het_verblijfsrecht_wordt_ingetrokken_is_niet_meer_plichtig() {
        assertThat(plichtig(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, Verblijfsdoel.ASIEL,
                beeindigd(Soort.VERBLIJFSRECHT_BEEINDIGD))).isEqualTo(new Uitkomst.PlichtEindigt(WIJZIGING));
    }

    @Test
    void een_genaturaliseerde_gezinsmigrant_is_niet_meer_plichtig() {
        assertThat(plichtig(GedetailleerdeDoelgroep.GEZINSHERENIGER, Verblijfsdoel.GEZINSHERENIGING,
                beeindigd(Soort.GENATURALISEERD))).isEqualTo(new Uitkomst.PlichtEindigt(WIJZIGING));
    }

    @Test
    void een_gezinsmigrant_die_een_tijdelijk_verblijfsdoel_krijgt_is_niet_meer_plichtig() {
        assertThat(plichtig(GedetailleerdeDoelgroep.GEZINSVORMER, Verblijfsdoel.GEZINSVORMING,
                naar(Verblijfsdoel.ARBEID_IN_LOONDIENST))).isEqualTo(new Uitkomst.PlichtEindigt(WIJZIGING));
    }

    @Test
    void een_gezinsmigrant_die_asiel_krijgt_wordt_asielstatushouder() {
        assertThat(plichtig(GedetailleerdeDoelgroep.GEZINSHERENIGER, Verblijfsdoel.GEZINSHERENIGING,
                naar(Verblijfsdoel.ASIEL))).isEqualTo(
                        new Uitkomst.DoelgroepGewijzigd(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, WIJZIGING));
    }

    @Test
    void een_asielstatushouder_die_gezinsvormer_wordt_wijzigt_van_doelgroep() {
        assertThat(plichtig(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, Verblijfsdoel.ASIEL,
                naar(Verblijfsdoel.GEZINSVORMING))).isEqualTo(
                        new Uitkomst.DoelgroepGewijzigd(GedetailleerdeDoelgroep.GEZINSVORMER, WIJZIGING));
    }

    @Test
    void een_gezinshereniger_die_overige_migrant_wordt_blijft_in_dezelfde_doelgroep() {
        assertThat(plichtig(GedetailleerdeDoelgroep.GEZINSHERENIGER, Verblijfsdoel.GEZINSHERENIGING,
                naar(Verblijfsdoel.OVERIG_NIET_TIJDELIJK))).isEqualTo(new Uitkomst.Ongewijzigd());
    }

    @Test
    void wie_door_een_wijziging_asielstatushouder_wordt_woont_al_in_zijn_gemeente_en_niet_in_een_azc() {
        assertThat(naar(Verblijfsdoel.ASIEL).nieuweGegevens(gegevens(Verblijfsdoel.GEZINSHERENIGING, "SY",
                LocalDate.of(1990, 1, 1))).woontBuitenCoaLocatie()).isTrue();
    }

    @Test
    void een_minderjarige_die_nog_niet_plichtig_is_wordt_opnieuw_beoordeeld_op_zijn_nieuwe_verblijfsrecht() {
        Uitkomst uitkomst = policy.beoordeel(false, true, null, GedetailleerdeDoelgroep.GEZINSHERENIGER,
                gegevens(Verblijfsdoel.GEZINSHERENIGING, "SY", LocalDate.of(2010, 1, 1)),
                naar(Verblijfsdoel.STUDIE), VANDAAG);

        assertThat(uitkomst).isEqualTo(new Uitkomst.OpnieuwBesloten(
                new Besluit.NietPlichtig(RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL)));
    }
}
