package nl.inburgering.duo.pip.messaging;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;

class ContractCodesTest {

    @Test
    void elke_leerroute_niveau_en_alfabetisering_van_de_gemeente_behalve_onbekend_is_er_een_van_duo() {
        EnumVertalingen.dektElkeWaardeBehalve(nl.inburgering.contracts.common.Leerroute.class,
                EnumSet.of(nl.inburgering.contracts.common.Leerroute.ONBEKEND), ContractCodes::leerroute);
        EnumVertalingen.dektElkeWaardeBehalve(NiveauPip.class, EnumSet.of(NiveauPip.ONBEKEND), ContractCodes::niveau);
        EnumVertalingen.dektElkeWaardeBehalve(Alfabetiseringsonderwijs.class,
                EnumSet.of(Alfabetiseringsonderwijs.ONBEKEND), ContractCodes::alfabetisering);
    }

    @Test
    void elke_leerroute_en_elk_niveau_van_duo_gaat_naar_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Leerroute.class, ContractCodes::leerroute);
        EnumVertalingen.wordtElkeWaardeVertaald(Niveau.class, ContractCodes::niveau);
    }
}
