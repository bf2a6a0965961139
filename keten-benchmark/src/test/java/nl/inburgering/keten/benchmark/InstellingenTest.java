package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstellingenTest {

    @Test
    void standaard_draaien_de_diensten_samen_in_een_jvm() {
        assertThat(Instellingen.parse().aparteProcessen()).isFalse();
    }

    @Test
    void met_aparte_processen_draait_elke_dienst_in_een_eigen_jvm_ook_bij_de_korte_wachttijden_van_de_rooktest() {
        Instellingen instellingen = Instellingen.parse("--aparte-processen", "--personen=12");

        assertThat(instellingen.aparteProcessen()).isTrue();
        assertThat(instellingen.metKorteWachttijden().aparteProcessen()).isTrue();
        assertThat(instellingen.personen()).isEqualTo(12);
    }
}
