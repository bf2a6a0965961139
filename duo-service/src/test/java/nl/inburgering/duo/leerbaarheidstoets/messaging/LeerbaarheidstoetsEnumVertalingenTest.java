package nl.inburgering.duo.leerbaarheidstoets.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.duo.leerbaarheidstoets.domain.Leerbaarheidstoetsresultaat;

class LeerbaarheidstoetsEnumVertalingenTest {

    @Test
    void elk_resultaat_van_de_toets_gaat_naar_het_contract_van_6() {
        EnumVertalingen.wordtElkeWaardeVertaald(Leerbaarheidstoetsresultaat.class,
                LeerbaarheidstoetsUitkomstVastgesteldVertaling::resultaat);
    }
}
