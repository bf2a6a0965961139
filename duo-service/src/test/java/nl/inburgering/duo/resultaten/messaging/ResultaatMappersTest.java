package nl.inburgering.duo.resultaten.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.ZrouteOnderdeel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggen;
import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.events.InvalidEventException;

class ResultaatMappersTest {

    private static final LocalDate DATUM = LocalDate.of(2027, 5, 3);

    @Test
    void een_afgerond_pvt_is_de_datum_ondertekening_van_de_gemeente_over_de_stelseldienst() {
        ResultaatVastleggen command = ResultaatMappers.alsCommand(ContractEvents.pvtResultaatVastgesteld()
                .setGemeentecode("0363").setAfgerond(true).setDatumOndertekening(DATUM).build());

        assertThat(command.gemeentecode()).isEqualTo("0363");
        assertThat(command.kanaal()).isEqualTo(Kanaal.STELSELDIENST);
        assertThat(command.resultaat()).isEqualTo(new Resultaat(Onderdeel.PVT, DATUM, null));
    }

    @Test
    void een_niet_afgeronde_map_is_een_intrekking_of_alleen_de_indicatie_verwijtbaarheid() {
        assertThat(ResultaatMappers.alsCommand(ContractEvents.mapResultaatVastgesteld().setAfgerond(false)
                .setDatumEindgesprek(null).build()).resultaat().isIntrekking()).isTrue();
        assertThat(ResultaatMappers.alsCommand(ContractEvents.mapResultaatVastgesteld().setAfgerond(false)
                .setDatumEindgesprek(null).setNietAfrondenVerwijtbaar(true).build()).resultaat())
                .isEqualTo(new Resultaat(Onderdeel.MAP, null, true));
    }

    @Test
    void een_afgerond_resultaat_zonder_datum_of_een_niet_afgerond_met_datum_is_een_ongeldig_event() {
        assertThatThrownBy(() -> ResultaatMappers.alsCommand(ContractEvents.pvtResultaatVastgesteld().setAfgerond(true)
                .setDatumOndertekening(null).build())).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("afgerond zonder datumOndertekening");
        assertThatThrownBy(() -> ResultaatMappers.alsCommand(ContractEvents.mapResultaatVastgesteld().setAfgerond(false)
                .setDatumEindgesprek(DATUM).build())).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("niet afgerond maar met een datumEindgesprek");
    }

    @Test
    void het_eindgesprek_is_de_afronding_van_de_zroute_en_de_participatiecomponent_een_eigen_onderdeel() {
        assertThat(ResultaatMappers.alsCommand(ContractEvents.zrouteOnderdeelAfgerond()
                .setOnderdeel(ZrouteOnderdeel.EINDGESPREK).setDatumAfronding(DATUM).build()).resultaat())
                .isEqualTo(new Resultaat(Onderdeel.ZROUTE, DATUM, null));
        assertThat(ResultaatMappers.alsCommand(ContractEvents.zrouteOnderdeelAfgerond()
                .setOnderdeel(ZrouteOnderdeel.PARTICIPATIECOMPONENT).setDatumAfronding(DATUM).build()).resultaat())
                .isEqualTo(new Resultaat(Onderdeel.PARTICIPATIE, DATUM, null));
    }

    @Test
    void een_onbekend_zroute_onderdeel_een_ongeldig_bsn_of_een_ongeldige_gemeentecode_is_een_ongeldig_event() {
        assertThatThrownBy(() -> ResultaatMappers.alsCommand(ContractEvents.zrouteOnderdeelAfgerond()
                .setOnderdeel(ZrouteOnderdeel.ONBEKEND).build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> ResultaatMappers.alsCommand(ContractEvents.pvtResultaatVastgesteld()
                .setBsn("123456789").build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> ResultaatMappers.alsCommand(ContractEvents.mapResultaatVastgesteld()
                .setGemeentecode("363").build())).isInstanceOf(InvalidEventException.class);
    }
}
