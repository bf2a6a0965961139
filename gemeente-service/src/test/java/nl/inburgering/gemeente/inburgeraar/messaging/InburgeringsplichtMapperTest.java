package nl.inburgering.gemeente.inburgeraar.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.platform.events.InvalidEventException;

class InburgeringsplichtMapperTest {

    @Test
    void elke_ontvanger_en_doelgroep_van_de_plicht_wordt_gelezen() {
        EnumVertalingen.dektElkeWaarde(Ontvanger.class, InburgeringsplichtMapper::ontvanger);
        EnumVertalingen.dektElkeWaarde(Doelgroepindeling.class, InburgeringsplichtMapper::doelgroep);
        EnumVertalingen.dektElkeWaarde(GedetailleerdeDoelgroep.class, InburgeringsplichtMapper::gedetailleerdeDoelgroep);
    }

    @Test
    void een_verhuizing_noemt_de_vorige_gemeente_en_zonder_die_gaat_hij_naar_de_dead_letters() {
        var verhuisd = InburgeringsplichtMapper.alsCommand(ContractEvents.inburgeringsplichtGewijzigd()
                .setOntvanger(Ontvanger.GEMEENTE).build()).orElseThrow();
        assertThat(verhuisd.isVerhuizing()).isTrue();
        assertThat(verhuisd.vorigeGemeentecode()).isEqualTo(ContractEvents.VORIGE_GEMEENTECODE);

        assertThatThrownBy(() -> InburgeringsplichtMapper.alsCommand(ContractEvents.inburgeringsplichtGewijzigd()
                .setOntvanger(Ontvanger.GEMEENTE).setVorigeGemeentecode(null).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("vorigeGemeentecode");
        var overig = InburgeringsplichtMapper.alsCommand(ContractEvents.inburgeringsplichtGewijzigd()
                .setOntvanger(Ontvanger.GEMEENTE).setRedenWijziging(RedenWijzigingInburgeringsplicht.OVERIG)
                .setVorigeGemeentecode(null).build()).orElseThrow();
        assertThat(overig.isVerhuizing()).isFalse();
    }
}
