package nl.inburgering.gemeente.handhaving.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.platform.events.InvalidEventException;

class HandhavingMapperTest {

    @Test
    void elke_reden_van_een_signalering_en_elk_oordeel_over_een_verlenging_wordt_gelezen() {
        EnumVertalingen.dektElkeWaarde(Signaleringsreden.class, HandhavingMapper::reden);
        EnumVertalingen.dektElkeWaarde(AanvraagOordeel.class, HandhavingMapper::oordeel);
    }

    @Test
    void een_signalering_wordt_met_reden_datum_en_uiterlijke_leverdatum_gelezen() {
        var gesignaleerd = HandhavingMapper.gesignaleerd(ContractEvents.inburgeringsplichtigeGesignaleerd()
                .setReden(Signaleringsreden.VOORAANKONDIGING_BOETE)
                .setUiterlijkeLeverdatum(ContractEvents.DATUM.plusWeeks(2)).build());
        assertThat(gesignaleerd.signalering().reden()).isEqualTo("VOORAANKONDIGING_BOETE");
        assertThat(gesignaleerd.signalering().datumSignalering()).isEqualTo(ContractEvents.DATUM);
        assertThat(gesignaleerd.signalering().uiterlijkeLeverdatum()).isEqualTo(ContractEvents.DATUM.plusWeeks(2));
    }

    @Test
    void waar_de_gemeente_niets_mee_kan_gaat_naar_de_dode_letters() {
        assertThatThrownBy(() -> HandhavingMapper.gesignaleerd(ContractEvents.inburgeringsplichtigeGesignaleerd()
                .setReden(Signaleringsreden.ONBEKEND).build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> HandhavingMapper.gesignaleerd(ContractEvents.inburgeringsplichtigeGesignaleerd()
                .setUiterlijkeLeverdatum(ContractEvents.DATUM.minusDays(1)).build()))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> HandhavingMapper.boete(ContractEvents.boeteOpgelegd()
                .setTotaalbedrag(new BigDecimal("0.00")).build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> HandhavingMapper.beoordeeld(ContractEvents.aanvraagVerlengingBeoordeeld()
                .setOordeel(AanvraagOordeel.ONBEKEND).build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> HandhavingMapper.gesignaleerd(ContractEvents.inburgeringsplichtigeGesignaleerd()
                .setBsn("123456789").build())).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void een_boete_en_een_beoordeling_worden_met_hun_gegevens_gelezen() {
        var boete = HandhavingMapper.boete(ContractEvents.boeteOpgelegd()
                .setNieuweEinddatumInburgeringstermijn(LocalDate.of(2030, 6, 1)).build());
        assertThat(boete.boete().bedrag()).isEqualByComparingTo("500.00");
        assertThat(boete.boete().nieuweEinddatumInburgeringstermijn()).isEqualTo(LocalDate.of(2030, 6, 1));
        var oordeel = HandhavingMapper.beoordeeld(ContractEvents.aanvraagVerlengingBeoordeeld().build());
        assertThat(oordeel.oordeel()).isEqualTo("TOEKENNING");
    }
}
