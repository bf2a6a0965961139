package nl.inburgering.gemeente.intake.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.testdata.EnumVertalingen;

class LeerbaarheidstoetsMapperTest {

    @Test
    void elk_resultaat_van_de_leerbaarheidstoets_wordt_getoond() {
        EnumVertalingen.dektElkeWaarde(LeerbaarheidstoetsResultaat.class, LeerbaarheidstoetsMapper::resultaat);
    }
}
