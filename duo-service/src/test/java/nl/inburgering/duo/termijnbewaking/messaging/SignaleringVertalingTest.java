package nl.inburgering.duo.termijnbewaking.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.duo.termijnbewaking.api.Signalering;

class SignaleringVertalingTest {

    @Test
    void elke_reden_van_een_signalering_gaat_naar_het_contract_van_7() {
        EnumVertalingen.wordtElkeWaardeVertaald(Signalering.Reden.class, SignaleringVertaling::reden);
    }
}
