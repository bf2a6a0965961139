package nl.inburgering.instelling.cursist.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.instelling.cursist.api.Contractpartij;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;

/** Everything the instelling records in an inschrijving has a symbol in the contract of #20. */
class ContractCodesTest {

    @Test
    void elke_leerroute_taalniveau_en_contractpartij_van_de_instelling_heeft_een_symbool_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Leerroute.class, ContractCodes::leerroute);
        EnumVertalingen.wordtElkeWaardeVertaald(Taalniveau.class, ContractCodes::taalniveau);
        EnumVertalingen.wordtElkeWaardeVertaald(Contractpartij.class, ContractCodes::contractpartij);
    }
}
