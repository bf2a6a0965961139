package nl.inburgering.instelling.inspanning.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.inspanning.domain.Actualisatiemoment;

/** Everything the instelling reports has a symbol in the contract of #18. */
class InspanningContractTest {

    @Test
    void elke_leerroute_van_de_instelling_heeft_een_leerroute_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Leerroute.class, InspanningContract::leerroute);
    }

    @Test
    void elk_actualisatiemoment_van_de_instelling_heeft_een_symbool_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Actualisatiemoment.class, InspanningContract::actualisatiemoment);
    }
}
