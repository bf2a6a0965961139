package nl.inburgering.duo.voldaan.messaging;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.duo.voldaan.domain.Leerroute;
import nl.inburgering.duo.voldaan.domain.Waardepapier;

class VoldaanEnumVertalingenTest {

    @Test
    void elke_leerroute_en_elk_waardepapier_van_voldaan_gaat_naar_het_contract_van_10() {
        EnumVertalingen.wordtElkeWaardeVertaald(Leerroute.class, InburgeringsplichtVoldaanVertaling::leerroute);
        EnumVertalingen.wordtElkeWaardeVertaald(Waardepapier.class, InburgeringsplichtVoldaanVertaling::waardepapier);
    }
}
