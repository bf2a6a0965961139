package nl.inburgering.duo.dossier.domain;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.dossier.domain.LeveringPolicy.Levering;
import nl.inburgering.duo.dossier.domain.LeveringPolicy.Ontvanger;

class LeveringPolicyTest {

    @Test
    void een_gezinsmigrant_wordt_geleverd_aan_de_gemeente_van_inschrijving_zonder_maatschappelijke_begeleiding() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.GEZINSVORMER, "0363", Optional.empty(), false))
                .isEqualTo(new Levering(Ontvanger.GEMEENTE, "0363", false));
    }

    @Test
    void een_asielstatushouder_zonder_koppeling_wordt_geleverd_aan_coa_niet_aan_de_azc_gemeente() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0344", Optional.empty(), false))
                .isEqualTo(new Levering(Ontvanger.COA, "0344", false));
    }

    @Test
    void een_gekoppelde_asielstatushouder_wordt_geleverd_aan_de_gekoppelde_gemeente_met_maatschappelijke_begeleiding() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0344", Optional.of("0599"), false))
                .isEqualTo(new Levering(Ontvanger.GEMEENTE, "0599", true));
    }

    @Test
    void een_gezinshereniger_met_een_asielstatushouder_als_referent_gaat_naar_de_gemeente_zonder_coa() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.GEZINSHERENIGER_MET_ASIELSTATUSHOUDER, "0363",
                Optional.of("0599"), false)).isEqualTo(new Levering(Ontvanger.GEMEENTE, "0363", false));
    }

    @Test
    void een_nareiziger_die_bij_zijn_gezin_komt_wordt_vanaf_het_begin_geleverd_aan_de_gemeente_van_inschrijving_met_begeleiding() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0363", Optional.empty(), true))
                .isEqualTo(new Levering(Ontvanger.GEMEENTE, "0363", true));
    }

    @Test
    void een_nareiziger_die_coa_toch_koppelt_gaat_naar_de_gekoppelde_gemeente() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0363", Optional.of("0599"), true))
                .isEqualTo(new Levering(Ontvanger.GEMEENTE, "0599", true));
    }

    private static Verblijfsgegevens asiel(Boolean opvangInCoaLocatie) {
        return new Verblijfsgegevens(Verblijfsdoel.ASIEL, false, "SY", LocalDate.of(1990, 1, 1),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), opvangInCoaLocatie);
    }

    @Test
    void een_asielstatushouder_die_nooit_in_een_coa_locatie_woonde_wordt_als_een_nareiziger_geleverd_aan_de_gemeente_van_inschrijving_met_begeleiding() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0363", Optional.empty(),
                asiel(false).woontBuitenCoaLocatie())).isEqualTo(new Levering(Ontvanger.GEMEENTE, "0363", true));
    }

    @Test
    void een_asielstatushouder_van_wie_de_opvang_onbekend_is_of_in_een_coa_locatie_gaat_eerst_naar_coa() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0344", Optional.empty(),
                asiel(null).woontBuitenCoaLocatie())).isEqualTo(new Levering(Ontvanger.COA, "0344", false));
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0344", Optional.empty(),
                asiel(true).woontBuitenCoaLocatie())).isEqualTo(new Levering(Ontvanger.COA, "0344", false));
    }

    @Test
    void een_asielstatushouder_buiten_een_coa_locatie_die_coa_toch_koppelt_gaat_naar_de_gekoppelde_gemeente() {
        assertThat(LeveringPolicy.bepaal(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0363", Optional.of("0599"),
                asiel(false).woontBuitenCoaLocatie())).isEqualTo(new Levering(Ontvanger.GEMEENTE, "0599", true));
    }

    @Test
    void een_asielstatushouder_die_in_zijn_gekoppelde_gemeente_woont_en_verhuist_hoort_bij_zijn_nieuwe_gemeente() {
        var gevestigdInAmsterdam = Optional.of(new LeveringPolicy.Koppeling("0363", false));
        assertThat(LeveringPolicy.bepaalMetKoppeling(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0599",
                gevestigdInAmsterdam, false)).isEqualTo(new Levering(Ontvanger.GEMEENTE, "0599", true));
        assertThat(LeveringPolicy.bepaalMetKoppeling(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, "0344",
                Optional.of(new LeveringPolicy.Koppeling("0363", true)), false))
                .as("nog in het AZC: de gekoppelde gemeente").isEqualTo(new Levering(Ontvanger.GEMEENTE, "0363", true));
    }
}
