package nl.inburgering.gemeente.vrijstellingontheffing.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.VrijgesteldOnderdeel;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.vrijstellingontheffing.application.BeslissingOpnemen;
import nl.inburgering.platform.events.InvalidEventException;

class BeslissingMapperTest {

    @Test
    void een_gedeeltelijke_vrijstelling_noemt_elk_onderdeel_met_zijn_niveau() {
        BeslissingOpnemen b = BeslissingMapper.vrijstelling(ContractEvents.vrijstellingBeoordeeld()
                .setSoort(Vrijstellingsoort.GEDEELTELIJK)
                .setOnderdelen(List.of(onderdeel(Examenonderdeel.LE, Examenniveau.B1),
                        onderdeel(Examenonderdeel.KNM, Examenniveau.A2)))
                .build());
        assertThat(b.onderdelen()).containsExactly("KNM:A2", "LE:B1");
        assertThat(b.grond()).isEqualTo("DIP");
    }

    @Test
    void een_tijdelijke_vrijstelling_die_eindigt_voor_ze_begint_is_ongeldig() {
        assertThatThrownBy(() -> BeslissingMapper.vrijstelling(ContractEvents.vrijstellingBeoordeeld()
                .setSoort(Vrijstellingsoort.TIJDELIJK).setStartdatum(LocalDate.of(2026, 12, 1))
                .setEinddatum(LocalDate.of(2026, 11, 1)).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("einddatum voor de startdatum");
    }

    @Test
    void een_afgewezen_tijdelijke_vrijstelling_hoeft_geen_periode() {
        assertThat(BeslissingMapper.vrijstelling(ContractEvents.vrijstellingBeoordeeld()
                .setSoort(Vrijstellingsoort.TIJDELIJK).setOordeel(AanvraagOordeel.AFWIJZING).build()).oordeel())
                .isEqualTo("AFWIJZING");
    }

    @Test
    void een_toegekende_gedeeltelijke_ontheffing_zonder_onderdelen_of_met_oordeel_onbekend_is_ongeldig() {
        assertThatThrownBy(() -> BeslissingMapper.ontheffing(ContractEvents.ontheffingBeslist()
                .setSoort(Ontheffingsoort.GEDEELTELIJK).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("zonder onderdelen");
        assertThatThrownBy(() -> BeslissingMapper.ontheffing(ContractEvents.ontheffingBeslist()
                .setOordeel(AanvraagOordeel.ONBEKEND).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("oordeel ONBEKEND");
    }

    private static VrijgesteldOnderdeel onderdeel(Examenonderdeel onderdeel, Examenniveau niveau) {
        return VrijgesteldOnderdeel.newBuilder().setOnderdeel(onderdeel).setNiveau(niveau).build();
    }
}
