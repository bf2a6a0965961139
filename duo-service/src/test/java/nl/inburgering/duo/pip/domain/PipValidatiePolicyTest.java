package nl.inburgering.duo.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PipValidatiePolicyTest {

    private static final LocalDate START_PLICHT = LocalDate.of(2026, 3, 1);
    private static final LocalDate VESTIGING = LocalDate.of(2026, 4, 1);
    private static final LocalDate INITIELE_PIP = LocalDate.of(2026, 6, 1);
    private static final LocalDate ACTUELE_PIP = LocalDate.of(2026, 9, 1);

    private static final PipContext EERSTE = new PipContext(START_PLICHT, VESTIGING, true, null, null);
    private static final PipContext GEWIJZIGD = new PipContext(START_PLICHT, VESTIGING, true, INITIELE_PIP,
            ACTUELE_PIP);

    private static Pip pip(LocalDate dagtekening, Leerroute leerroute, Niveau niveau) {
        return new Pip(dagtekening, leerroute, niveau, null, Alfabetisering.NVT, "0363");
    }

    private static Pip pip(Leerroute leerroute, Niveau niveau) {
        return pip(LocalDate.of(2026, 10, 1), leerroute, niveau);
    }

    private static Pip metIntensiteit(Leerroute leerroute, Niveau niveau) {
        return new Pip(LocalDate.of(2026, 10, 1), leerroute, niveau, 600, Alfabetisering.NVT, "0363");
    }

    private static PipBeoordeling beoordeel(Pip pip, PipContext context) {
        return PipValidatiePolicy.beoordeel(pip, context);
    }

    private static void afgewezenMet(PipBeoordeling beoordeling, String veld, String code) {
        assertThat(beoordeling.isGeaccepteerd()).isFalse();
        assertThat(beoordeling.teRegistreren()).isEmpty();
        assertThat(beoordeling.overtredingen()).extracting(Overtreding::veld, Overtreding::code)
                .containsExactly(tuple(veld, code));
    }

    @Test
    void een_geldige_eerste_pip_wordt_ongewijzigd_geregistreerd() {
        Pip pip = pip(Leerroute.B1_ROUTE, Niveau.B1);

        PipBeoordeling beoordeling = beoordeel(pip, EERSTE);

        assertThat(beoordeling.overtredingen()).isEmpty();
        assertThat(beoordeling.teRegistreren()).contains(pip);
    }

    @Test
    void de_dagtekening_mag_niet_voor_de_start_van_de_plicht_liggen() {
        PipContext zonderVestiging = new PipContext(START_PLICHT, null, true, null, null);

        afgewezenMet(beoordeel(pip(START_PLICHT.minusDays(1), Leerroute.B1_ROUTE, Niveau.B1), zonderVestiging),
                "dagtekeningPip", PipValidatiePolicy.DAGTEKENING_VOOR_START_PLICHT);
    }

    @Test
    void de_dagtekening_mag_op_de_startdag_van_de_plicht_liggen() {
        PipContext zonderVestiging = new PipContext(START_PLICHT, null, true, null, null);

        assertThat(beoordeel(pip(START_PLICHT, Leerroute.B1_ROUTE, Niveau.B1), zonderVestiging).isGeaccepteerd())
                .isTrue();
    }

    @Test
    void een_gewijzigde_pip_mag_niet_voor_de_initiele_pip_gedagtekend_zijn() {
        PipContext actueleGelijkAanInitiele = new PipContext(START_PLICHT, VESTIGING, true, INITIELE_PIP,
                INITIELE_PIP);

        PipBeoordeling beoordeling = beoordeel(pip(INITIELE_PIP.minusDays(1), Leerroute.B1_ROUTE, Niveau.B1),
                actueleGelijkAanInitiele);

        assertThat(beoordeling.overtredingen()).extracting(Overtreding::code).containsExactly(
                PipValidatiePolicy.DAGTEKENING_VOOR_INITIELE_PIP, PipValidatiePolicy.DAGTEKENING_VOOR_ACTUELE_PIP);
    }

    @Test
    void een_gewijzigde_pip_mag_niet_voor_de_actuele_pip_gedagtekend_zijn_ook_al_ligt_hij_na_de_initiele() {
        afgewezenMet(beoordeel(pip(ACTUELE_PIP.minusDays(1), Leerroute.B1_ROUTE, Niveau.B1), GEWIJZIGD),
                "dagtekeningPip", PipValidatiePolicy.DAGTEKENING_VOOR_ACTUELE_PIP);
    }

    @Test
    void een_gewijzigde_pip_mag_op_dezelfde_dag_als_de_actuele_pip_gedagtekend_zijn() {
        assertThat(beoordeel(pip(ACTUELE_PIP, Leerroute.B1_ROUTE, Niveau.B1), GEWIJZIGD).isGeaccepteerd()).isTrue();
    }

    @Test
    void de_dagtekening_mag_niet_voor_de_vestiging_in_de_gemeente_liggen() {
        afgewezenMet(beoordeel(pip(VESTIGING.minusDays(1), Leerroute.B1_ROUTE, Niveau.B1), EERSTE),
                "dagtekeningPip", PipValidatiePolicy.DAGTEKENING_VOOR_VESTIGING);
    }

    @Test
    void de_dagtekening_mag_op_de_dag_van_vestiging_liggen() {
        assertThat(beoordeel(pip(VESTIGING, Leerroute.B1_ROUTE, Niveau.B1), EERSTE).isGeaccepteerd()).isTrue();
    }

    @Test
    void zonder_bekende_vestiging_wordt_daar_niet_op_getoetst() {
        PipContext inHetAzc = new PipContext(START_PLICHT, null, true, null, null);

        assertThat(beoordeel(pip(VESTIGING.minusDays(10), Leerroute.B1_ROUTE, Niveau.B1), inHetAzc)
                .isGeaccepteerd()).isTrue();
    }

    @Test
    void a2_mag_niet_met_de_onderwijsroute() {
        afgewezenMet(beoordeel(pip(Leerroute.ONDERWIJSROUTE, Niveau.A2), GEWIJZIGD), "niveau",
                PipValidatiePolicy.A2_MET_ONDERWIJSROUTE);
    }

    @Test
    void b1_mag_met_de_onderwijsroute() {
        assertThat(beoordeel(pip(Leerroute.ONDERWIJSROUTE, Niveau.B1), EERSTE).isGeaccepteerd()).isTrue();
    }

    @Test
    void b1_mag_niet_met_de_z_route() {
        afgewezenMet(beoordeel(pip(Leerroute.Z_ROUTE, Niveau.B1), EERSTE), "niveau",
                PipValidatiePolicy.B1_MET_Z_ROUTE);
    }

    @Test
    void a2_mag_met_de_z_route() {
        assertThat(beoordeel(pip(Leerroute.Z_ROUTE, Niveau.A2), EERSTE).isGeaccepteerd()).isTrue();
    }

    @Test
    void a2_mag_niet_met_de_b1_route_bij_de_eerste_pip_van_de_persoon() {
        afgewezenMet(beoordeel(pip(Leerroute.B1_ROUTE, Niveau.A2), EERSTE), "niveau",
                PipValidatiePolicy.A2_MET_B1_ROUTE_EERSTE_PIP);
    }

    @Test
    void a2_mag_met_de_b1_route_bij_een_gewijzigde_pip_ook_als_een_andere_gemeente_de_eerste_leverde() {
        // DUO's initiële PIP is of any gemeente: a new gemeente after verhuizing is not delivering a first PIP.
        Pip vanNieuweGemeente = new Pip(LocalDate.of(2026, 10, 1), Leerroute.B1_ROUTE, Niveau.A2, null,
                Alfabetisering.NVT, "0599");

        PipBeoordeling beoordeling = beoordeel(vanNieuweGemeente,
                new PipContext(START_PLICHT, LocalDate.of(2026, 9, 15), true, INITIELE_PIP, null));

        assertThat(beoordeling.teRegistreren()).contains(vanNieuweGemeente);
    }

    @Test
    void zonder_niveau_wordt_bij_de_b1_route_b1_vastgesteld() {
        assertThat(beoordeel(pip(Leerroute.B1_ROUTE, null), EERSTE).teRegistreren())
                .contains(pip(Leerroute.B1_ROUTE, Niveau.B1));
    }

    @Test
    void zonder_niveau_wordt_bij_de_onderwijsroute_b1_vastgesteld() {
        assertThat(beoordeel(pip(Leerroute.ONDERWIJSROUTE, null), EERSTE).teRegistreren())
                .contains(pip(Leerroute.ONDERWIJSROUTE, Niveau.B1));
    }

    @Test
    void zonder_niveau_blijft_de_z_route_zonder_niveau() {
        assertThat(beoordeel(pip(Leerroute.Z_ROUTE, null), EERSTE).teRegistreren())
                .contains(pip(Leerroute.Z_ROUTE, null));
    }

    @Test
    void geschatte_intensiteit_mag_bij_de_b1_route_van_een_asielstatushouder() {
        Pip pip = metIntensiteit(Leerroute.B1_ROUTE, Niveau.B1);

        assertThat(beoordeel(pip, EERSTE).teRegistreren()).contains(pip);
    }

    @Test
    void geschatte_intensiteit_mag_niet_bij_de_onderwijsroute() {
        afgewezenMet(beoordeel(metIntensiteit(Leerroute.ONDERWIJSROUTE, Niveau.B1), EERSTE),
                "geschatteIntensiteitB1Route", PipValidatiePolicy.INTENSITEIT_NIET_BIJ_B1_ROUTE);
    }

    @Test
    void geschatte_intensiteit_mag_niet_bij_de_z_route() {
        afgewezenMet(beoordeel(metIntensiteit(Leerroute.Z_ROUTE, Niveau.A2), EERSTE),
                "geschatteIntensiteitB1Route", PipValidatiePolicy.INTENSITEIT_NIET_BIJ_B1_ROUTE);
    }

    @Test
    void geschatte_intensiteit_mag_niet_bij_een_gezinsmigrant() {
        PipContext gezinsmigrant = new PipContext(START_PLICHT, VESTIGING, false, null, null);

        afgewezenMet(beoordeel(metIntensiteit(Leerroute.B1_ROUTE, Niveau.B1), gezinsmigrant),
                "geschatteIntensiteitB1Route", PipValidatiePolicy.INTENSITEIT_NIET_BIJ_ASIELSTATUSHOUDER);
    }

    @Test
    void alle_overtredingen_worden_tegelijk_gemeld() {
        PipContext gezinsmigrant = new PipContext(START_PLICHT, VESTIGING, false, null, null);
        Pip pip = new Pip(START_PLICHT.minusDays(1), Leerroute.ONDERWIJSROUTE, Niveau.A2, 400, Alfabetisering.A,
                "0363");

        assertThat(beoordeel(pip, gezinsmigrant).overtredingen()).extracting(Overtreding::code).containsExactly(
                PipValidatiePolicy.DAGTEKENING_VOOR_START_PLICHT, PipValidatiePolicy.DAGTEKENING_VOOR_VESTIGING,
                PipValidatiePolicy.A2_MET_ONDERWIJSROUTE, PipValidatiePolicy.INTENSITEIT_NIET_BIJ_B1_ROUTE,
                PipValidatiePolicy.INTENSITEIT_NIET_BIJ_ASIELSTATUSHOUDER);
    }
}
