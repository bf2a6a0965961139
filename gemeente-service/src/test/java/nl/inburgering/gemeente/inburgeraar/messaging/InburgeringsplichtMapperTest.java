package nl.inburgering.gemeente.inburgeraar.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.EnumVertalingen;

class InburgeringsplichtMapperTest {

    @Test
    void elke_ontvanger_en_doelgroep_van_de_plicht_wordt_gelezen() {
        EnumVertalingen.dektElkeWaarde(Ontvanger.class, InburgeringsplichtMapper::ontvanger);
        EnumVertalingen.dektElkeWaarde(Doelgroepindeling.class, InburgeringsplichtMapper::doelgroep);
        EnumVertalingen.dektElkeWaarde(GedetailleerdeDoelgroep.class, InburgeringsplichtMapper::gedetailleerdeDoelgroep);
    }
}
