package nl.inburgering.gemeente.pip.messaging;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.gemeente.pip.domain.Actualisatiemoment;
import nl.inburgering.gemeente.pip.domain.Alfabetisering;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;

/** Every symbol DUO may send the PIP feature has a meaning here, and everything it sends has a symbol there. */
class PipContractVertalingTest {

    @Test
    void elke_leerroute_van_duo_heeft_een_leerroute_van_de_gemeente_behalve_onbekend() {
        EnumVertalingen.dektElkeWaardeBehalve(Leerroute.class, EnumSet.of(Leerroute.ONBEKEND),
                PipContractVertaling::leerroute);
    }

    @Test
    void elk_niveau_van_duo_heeft_een_niveau_van_de_gemeente_behalve_onbekend() {
        EnumVertalingen.dektElkeWaardeBehalve(NiveauPip.class, EnumSet.of(NiveauPip.ONBEKEND),
                PipContractVertaling::niveau);
    }

    @Test
    void elke_reden_van_een_termijnwijziging_van_duo_wordt_getoond() {
        EnumVertalingen.dektElkeWaarde(RedenWijzigingInburgeringstermijn.class,
                InburgeringstermijnMapper::redenWijziging);
    }

    @Test
    void wat_de_gemeente_in_een_pip_vastlegt_heeft_een_symbool_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(nl.inburgering.gemeente.pip.domain.Leerroute.class,
                PipContractVertaling::leerroute);
        EnumVertalingen.wordtElkeWaardeVertaald(Niveau.class, PipContractVertaling::niveau);
        EnumVertalingen.wordtElkeWaardeVertaald(Alfabetisering.class, PipContractVertaling::alfabetisering);
        EnumVertalingen.wordtElkeWaardeVertaald(RedenWijziging.class, PipContractVertaling::reden);
        EnumVertalingen.wordtElkeWaardeVertaald(Actualisatiemoment.class, PipContractVertaling::actualisatiemoment);
    }
}
