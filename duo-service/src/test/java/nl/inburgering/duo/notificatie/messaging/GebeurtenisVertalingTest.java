package nl.inburgering.duo.notificatie.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.duo.notificatie.domain.AowLeeftijd;
import nl.inburgering.duo.notificatie.domain.Gebeurtenis;

/** Decision 0030: which gebeurtenis of DUO's Gebeurtenissen.md each stelseldienst to a gemeente is. */
class GebeurtenisVertalingTest {

    static {
        nl.inburgering.contracts.AvroTrust.trustContracts(); // builders with enum defaults, as the codec does
    }

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);
    private static final AowLeeftijd AOW = AowLeeftijd.van(Map.of(2024, Period.ofYears(67), 2028, Period.of(67, 3, 0)));

    private final GebeurtenisVertaling zonderPip = new GebeurtenisVertaling(AOW, bsn -> false);
    private final GebeurtenisVertaling metPip = new GebeurtenisVertaling(AOW, bsn -> true);

    private Optional<Gebeurtenis> zonderPip(org.apache.avro.specific.SpecificRecord event) {
        return zonderPip.voor(event, "0363", VANDAAG);
    }

    @Test
    void een_nieuwe_plichtige_gezinsmigrant_is_SS101() {
        assertThat(zonderPip(ContractEvents.inburgeringsplichtVastgesteld()
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT).setAanleiding(Aanleiding.NIEUW)
                .build())).contains(Gebeurtenis.SS101);
    }

    @Test
    void een_asielstatushouder_bij_zijn_gemeente_start_de_tien_weken_en_is_SS139() {
        assertThat(zonderPip(ContractEvents.inburgeringsplichtVastgesteld()
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER).setAanleiding(Aanleiding.NIEUW).build()))
                .contains(Gebeurtenis.SS139);
    }

    @Test
    void wie_binnen_zes_maanden_de_aow_leeftijd_bereikt_is_SS128_en_wie_net_daarna_SS101() {
        // 67 in 2026: born 1959-12-06 reaches it today; 1960-06-06 reaches 67 on 2027-06-06, exactly 6 months on
        assertThat(zonderPip(ContractEvents.inburgeringsplichtVastgesteld()
                .setGeboortedatum(LocalDate.of(1960, 6, 6)).setAanleiding(Aanleiding.NIEUW).build()))
                .contains(Gebeurtenis.SS128);
        assertThat(zonderPip(ContractEvents.inburgeringsplichtVastgesteld()
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGeboortedatum(LocalDate.of(1960, 6, 7)).setAanleiding(Aanleiding.NIEUW).build()))
                .contains(Gebeurtenis.SS101);
    }

    @Test
    void een_overdracht_na_verhuizing_is_SS120_zonder_en_SS121_met_een_pip() {
        var overdracht = ContractEvents.inburgeringsplichtVastgesteld()
                .setAanleiding(Aanleiding.OVERDRACHT_NA_VERHUIZING).build();
        assertThat(zonderPip(overdracht)).contains(Gebeurtenis.SS120);
        assertThat(metPip.voor(overdracht, "0363", VANDAAG)).contains(Gebeurtenis.SS121);
    }

    @Test
    void na_een_verhuizing_hoort_de_vorige_gemeente_het_attentiesignaal_SS122_en_de_nieuwe_geen_tweede_SS120_of_SS121() {
        var gewijzigd = ContractEvents.inburgeringsplichtGewijzigd().setGemeentecode("0363")
                .setVorigeGemeentecode("0599").setRedenWijziging(RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD)
                .build();
        assertThat(metPip.voor(gewijzigd, "0363", VANDAAG)).as("#3 vastgesteld zei het al").isEmpty();
        assertThat(zonderPip.voor(gewijzigd, "0363", VANDAAG)).as("#3 vastgesteld zei het al").isEmpty();
        assertThat(metPip.voor(gewijzigd, "0599", VANDAAG)).contains(Gebeurtenis.SS122);
        assertThat(zonderPip.voor(gewijzigd, "0599", VANDAAG)).contains(Gebeurtenis.SS122);
    }

    @Test
    void een_hervatte_plicht_na_een_tijdelijke_vrijstelling_is_eenmaal_SS129_zonder_pip_en_met_pip_SS130_bij_de_termijn() {
        var hervat = ContractEvents.inburgeringsplichtGewijzigd().setVorigeGemeentecode(null)
                .setRedenWijziging(RedenWijzigingInburgeringsplicht.TIJDELIJKE_VRIJSTELLING_INGETROKKEN).build();
        var verlengd = ContractEvents.inburgeringstermijnGewijzigd()
                .setRedenWijziging(RedenWijzigingInburgeringstermijn.TIJDELIJKE_VRIJSTELLING_INGETROKKEN).build();

        assertThat(zonderPip.voor(hervat, "0363", VANDAAG)).contains(Gebeurtenis.SS129);
        assertThat(metPip.voor(hervat, "0363", VANDAAG)).isEmpty();
        assertThat(metPip.voor(verlengd, "0363", VANDAAG)).contains(Gebeurtenis.SS130);
    }

    @Test
    void de_termijn_gestart_is_SS102_ambtshalve_verlengd_SS103_en_op_verzoek_SS104() {
        assertThat(zonderPip(ContractEvents.inburgeringstermijnVastgesteld().build())).contains(Gebeurtenis.SS102);
        assertThat(zonderPip(ContractEvents.inburgeringstermijnGewijzigd()
                .setRedenWijziging(RedenWijzigingInburgeringstermijn.VERLENGING_AMBTSHALVE).build()))
                .contains(Gebeurtenis.SS103);
        assertThat(zonderPip(ContractEvents.inburgeringstermijnGewijzigd()
                .setRedenWijziging(RedenWijzigingInburgeringstermijn.VERLENGING_OP_VERZOEK).build()))
                .contains(Gebeurtenis.SS104);
    }

    @Test
    void de_leerbaarheidstoets_klaargezet_is_SS137_en_zijn_uitkomst_SS131() {
        assertThat(zonderPip(ContractEvents.leerbaarheidstoetsKlaargezet().build())).contains(Gebeurtenis.SS137);
        assertThat(zonderPip(ContractEvents.leerbaarheidstoetsUitkomstVastgesteld().build()))
                .contains(Gebeurtenis.SS131);
    }

    @Test
    void een_afgewezen_verlenging_is_SS113_en_een_toegekende_wordt_gemeld_als_de_gewijzigde_termijn() {
        assertThat(zonderPip(ContractEvents.aanvraagVerlengingBeoordeeld().setOordeel(AanvraagOordeel.AFWIJZING)
                .build())).contains(Gebeurtenis.SS113);
        assertThat(zonderPip(ContractEvents.aanvraagVerlengingBeoordeeld().setOordeel(AanvraagOordeel.TOEKENNING)
                .build())).isEmpty();
    }

    @Test
    void voldaan_is_SS106_een_examenuitslag_SS199_en_een_boete_SS103() {
        assertThat(zonderPip(ContractEvents.inburgeringsplichtVoldaan().build())).contains(Gebeurtenis.SS106);
        assertThat(zonderPip(ContractEvents.examenresultaatVastgesteld().build())).contains(Gebeurtenis.SS199);
        assertThat(zonderPip(ContractEvents.boeteOpgelegd().build())).contains(Gebeurtenis.SS103);
    }

    @Test
    void examenresultaten_en_boetes_die_na_een_verhuizing_opnieuw_geleverd_worden_zijn_geen_nieuwe_gebeurtenis() {
        assertThat(zonderPip(ContractEvents.examenresultaatVastgesteld()
                .setAanleiding(Aanleiding.OVERDRACHT_NA_VERHUIZING).build())).isEmpty();
        assertThat(zonderPip(ContractEvents.boeteOpgelegd().setAanleiding(Aanleiding.OVERDRACHT_NA_VERHUIZING).build()))
                .isEmpty();
    }

    @Test
    void een_beeindigde_plicht_is_SS110_of_bij_overlijden_SS111_en_voldaan_volgt_uit_de_beschikking() {
        assertThat(zonderPip(ContractEvents.inburgeringsplichtBeeindigd()
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.VERBLIJFSDOEL_GEWIJZIGD).build()))
                .contains(Gebeurtenis.SS110);
        assertThat(zonderPip(ContractEvents.inburgeringsplichtBeeindigd()
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.OVERLIJDEN).build()))
                .contains(Gebeurtenis.SS111);
        assertThat(zonderPip(ContractEvents.inburgeringsplichtBeeindigd()
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.INBURGERINGSPLICHT_VOLDAAN).build()))
                .isEmpty();
    }

    @Test
    void een_aanvraag_verlenging_is_het_attentiesignaal_SS112_en_een_termijnsignaal_het_nabije_SS126() {
        assertThat(zonderPip(ContractEvents.inburgeringsplichtigeGesignaleerd()
                .setReden(Signaleringsreden.AANVRAAG_VERLENGING_ONTVANGEN).build())).contains(Gebeurtenis.SS112);
        assertThat(zonderPip(ContractEvents.inburgeringsplichtigeGesignaleerd()
                .setReden(Signaleringsreden.VIER_WEKEN_VOOR_EINDE_TERMIJN).build())).contains(Gebeurtenis.SS126);
    }

    @Test
    void maatschappelijke_begeleiding_en_de_antwoorden_op_16_en_17_zijn_geen_gebeurtenis() {
        assertThat(zonderPip(ContractEvents.rechtOpMaatschappelijkeBegeleidingVastgesteld().build())).isEmpty();
        assertThat(zonderPip(ContractEvents.pipGeregistreerd().build())).isEmpty();
    }

    // --- every symbol of the contract enums is decided (a new one fails here, not silently in production)

    @Test
    void elke_reden_van_een_gewijzigde_termijn_heeft_een_gebeurtenis() {
        EnumVertalingen.dektElkeWaarde(RedenWijzigingInburgeringstermijn.class, GebeurtenisVertaling::termijnGewijzigd);
    }

    @Test
    void elke_signaleringsreden_heeft_een_gebeurtenis() {
        EnumVertalingen.dektElkeWaarde(Signaleringsreden.class, GebeurtenisVertaling::gesignaleerd);
    }

    @Test
    void elke_reden_van_een_beeindigde_plicht_heeft_een_gebeurtenis_behalve_die_met_een_eigen_beschikking() {
        EnumVertalingen.dektElkeWaardeBehalve(RedenGeenInburgeringsplicht.class,
                EnumSet.of(RedenGeenInburgeringsplicht.INBURGERINGSPLICHT_VOLDAAN,
                        RedenGeenInburgeringsplicht.VOLLEDIGE_VRIJSTELLING,
                        RedenGeenInburgeringsplicht.VOLLEDIGE_ONTHEFFING),
                GebeurtenisVertaling::beeindigd);
    }

    @Test
    void elke_reden_van_een_gewijzigde_plicht_heeft_een_gebeurtenis_behalve_wat_gebeurtenissen_md_niet_kent() {
        EnumVertalingen.dektElkeWaardeBehalve(RedenWijzigingInburgeringsplicht.class,
                EnumSet.of(RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD,
                        RedenWijzigingInburgeringsplicht.OVERIG, RedenWijzigingInburgeringsplicht.ONBEKEND),
                // the row of the gemeente the plicht left (GEMEENTE_GEWIJZIGD: SS122; the new one heard #3 vastgesteld)
                reden -> zonderPip.voor(ContractEvents.inburgeringsplichtGewijzigd().setRedenWijziging(reden)
                        .setGemeentecode("0599").setVorigeGemeentecode("0363").build(), "0363", VANDAAG).orElse(null));
    }

    @Test
    void een_afgewezen_verzoek_om_gehele_vrijstelling_of_ontheffing_en_een_toegekende_hebben_een_gebeurtenis() {
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.GEHEEL, AanvraagOordeel.TOEKENNING))
                .isEqualTo(Gebeurtenis.SS107);
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.GEHEEL, AanvraagOordeel.AFWIJZING))
                .isEqualTo(Gebeurtenis.SS114);
        assertThat(GebeurtenisVertaling.ontheffing(Ontheffingsoort.GEHEEL, AanvraagOordeel.TOEKENNING))
                .isEqualTo(Gebeurtenis.SS108);
        assertThat(GebeurtenisVertaling.ontheffing(Ontheffingsoort.GEHEEL, AanvraagOordeel.AFWIJZING))
                .isEqualTo(Gebeurtenis.SS118);
    }

    @Test
    void een_ontheffing_is_ss108_geheel_ss119_gedeeltelijk_toegekend_en_ss118_afgewezen_zoals_gebeurtenissen_md() {
        assertThat(GebeurtenisVertaling.ontheffing(Ontheffingsoort.GEDEELTELIJK, AanvraagOordeel.TOEKENNING))
                .isEqualTo(Gebeurtenis.SS119);
        assertThat(GebeurtenisVertaling.ontheffing(Ontheffingsoort.GEDEELTELIJK, AanvraagOordeel.AFWIJZING))
                .isEqualTo(Gebeurtenis.SS118);
        assertThat(GebeurtenisVertaling.ontheffing(Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN,
                AanvraagOordeel.AFWIJZING)).isEqualTo(Gebeurtenis.SS118);
        // Gebeurtenissen.md names no gebeurtenis for granted aangepaste examenomstandigheden
        assertThat(GebeurtenisVertaling.ontheffing(Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN,
                AanvraagOordeel.TOEKENNING)).isNull();
    }

    @Test
    void elk_afgewezen_verzoek_om_vrijstelling_heeft_de_gebeurtenis_van_zijn_soort() {
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.GEHEEL, AanvraagOordeel.AFWIJZING))
                .isEqualTo(Gebeurtenis.SS114);
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.TIJDELIJK, AanvraagOordeel.AFWIJZING))
                .isEqualTo(Gebeurtenis.SS115);
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.GEDEELTELIJK, AanvraagOordeel.AFWIJZING))
                .isEqualTo(Gebeurtenis.SS116);
    }

    @Test
    void een_toegekende_gedeeltelijke_vrijstelling_is_ss117_en_een_tijdelijke_meldt_alleen_de_beeindigde_plicht_als_ss109() {
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.GEDEELTELIJK, AanvraagOordeel.TOEKENNING))
                .isEqualTo(Gebeurtenis.SS117);
        assertThat(GebeurtenisVertaling.vrijstelling(Vrijstellingsoort.TIJDELIJK, AanvraagOordeel.TOEKENNING))
                .isNull();
        assertThat(GebeurtenisVertaling.beeindigd(RedenGeenInburgeringsplicht.TIJDELIJKE_VRIJSTELLING))
                .isEqualTo(Gebeurtenis.SS109);
    }
}
