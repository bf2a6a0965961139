package nl.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.AsielrechtenWijzigingVerblijfsdoel;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.common.SoortWijzigingVerblijfsrecht;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity.Status;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/** Issue 15 item 3, seed §13.4, §13.5: DUO applies its plicht policy again on IND's Wijziging verblijfsrecht (#2). */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class WijzigingVerblijfsrechtTest {

    private static final String GEMEENTE = "0344";
    private static final LocalDate WIJZIGING = LocalDate.of(2026, 9, 20);

    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    ToetsRepository toetsen;

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void indLevert(String bsn, Verblijfsdoel doel) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.verblijfsdoelDoorgegeven()
                .setBsn(bsn).setVerblijfsdoel(doel).setOpvangInCoaLocatie(false)
                .setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 9, 1)).setGemeentecodeInschrijving(GEMEENTE)
                .setDatumInschrijving(LocalDate.of(2026, 9, 14)).build());
    }

    private static void indWijzigt(String bsn, SoortWijzigingVerblijfsrecht soort, Verblijfsdoel vorig,
            Verblijfsdoel nieuw) {
        indWijzigt(bsn, soort, vorig, nieuw, WIJZIGING);
    }

    private static void indWijzigt(String bsn, SoortWijzigingVerblijfsrecht soort, Verblijfsdoel vorig,
            Verblijfsdoel nieuw, LocalDate ingangsdatum) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.verblijfsrechtGewijzigd().setBsn(bsn)
                .setSoortWijziging(soort).setVorigVerblijfsdoel(vorig).setNieuwVerblijfsdoel(nieuw)
                .setIngangsdatumWijziging(ingangsdatum).setGemeentecodeInschrijving(GEMEENTE).build());
    }

    private static void gemeenteGeeftKeuzeDoor(String bsn, AsielrechtenWijzigingVerblijfsdoel keuze,
            LocalDate datumWijzigingDoelgroep) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.doelgroepkeuzeDoorgegeven().setBsn(bsn)
                .setGemeentecode(GEMEENTE).setKeuze(keuze).setDatumWijzigingDoelgroep(datumWijzigingDoelgroep)
                .setDatumOndertekening(datumWijzigingDoelgroep.plusDays(3)).build());
    }

    private static ConsumerRecord<String, byte[]> plichtbericht(String bsn, String soort) {
        return TestPartner.wachtOp(kafka(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, bsn) && type(r).endsWith(soort));
    }

    private static String type(ConsumerRecord<String, byte[]> r) {
        var header = r.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void een_student_die_gezinsvormer_wordt_wordt_plichtig_bij_zijn_gemeente_met_een_klaargezette_toets() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.STUDIE);
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));

        indWijzigt(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD, Verblijfsdoel.STUDIE,
                Verblijfsdoel.GEZINSVORMING);

        var vastgesteld = AvroCodec.decode(plichtbericht(bsn, "vastgesteld").value(),
                InburgeringsplichtVastgesteld.class);
        assertThat(vastgesteld.getGemeentecode()).isEqualTo(GEMEENTE);
        assertThat(vastgesteld.getBegindatum()).isEqualTo(WIJZIGING);
        assertThat(vastgesteld.getGedetailleerdeDoelgroep()).isEqualTo(GedetailleerdeDoelgroep.GEZINSVORMER);
        assertThat(plichten.findById(bsn).orElseThrow().getStatus()).isEqualTo(Status.PLICHTIG);
        assertThat(toetsen.findByBsnOrderByKlaargezetOpAsc(bsn)).hasSize(1);
    }

    @Test
    void een_asielstatushouder_van_wie_het_verblijfsrecht_wordt_ingetrokken_is_niet_meer_plichtig() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.ASIEL);
        plichtbericht(bsn, "vastgesteld");

        indWijzigt(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSRECHT_BEEINDIGD, Verblijfsdoel.ASIEL, null);

        var beeindigd = AvroCodec.decode(plichtbericht(bsn, "beeindigd").value(), InburgeringsplichtBeeindigd.class);
        assertThat(beeindigd.getRedenGeenInburgeringsplicht())
                .isEqualTo(RedenGeenInburgeringsplicht.VERBLIJFSDOEL_GEWIJZIGD);
        assertThat(plichten.findById(bsn).orElseThrow().isPlichtig()).isFalse();
    }

    @Test
    void een_gezinsmigrant_die_asiel_krijgt_gaat_als_asielstatushouder_naar_de_gemeente_met_de_datum_van_de_wijziging() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING);
        plichtbericht(bsn, "vastgesteld");

        indWijzigt(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD, Verblijfsdoel.GEZINSHERENIGING,
                Verblijfsdoel.ASIEL);

        // he lives in his gemeente already: the gemeente gets the change, not COA
        var gewijzigd = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, GEMEENTE),
                r -> TestPartner.bevat(r, bsn) && type(r).endsWith("gewijzigd")).value(),
                InburgeringsplichtGewijzigd.class);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringsplicht.DOELGROEP_GEWIJZIGD);
        assertThat(gewijzigd.getGedetailleerdeDoelgroep()).isEqualTo(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        assertThat(gewijzigd.getDatumWijziging()).isEqualTo(WIJZIGING);
        assertThat(plichten.findById(bsn).orElseThrow().getDoelgroepGewijzigdOp()).isEqualTo(WIJZIGING);
    }

    @Test
    void de_keuze_van_een_gezinsmigrant_die_asielstatushouder_werd_wordt_binnen_10_weken_bevestigd_aan_de_gemeente() {
        String bsn = TestBsn.nieuw();
        LocalDate recent = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusWeeks(2);
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING);
        plichtbericht(bsn, "vastgesteld");
        indWijzigt(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD, Verblijfsdoel.GEZINSHERENIGING,
                Verblijfsdoel.ASIEL, recent);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recent.equals(plichten.findById(bsn).orElseThrow().getDoelgroepGewijzigdOp()));

        gemeenteGeeftKeuzeDoor(bsn, AsielrechtenWijzigingVerblijfsdoel.OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT,
                recent);

        var bevestigd = TestPartner.wachtOp(kafka(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, bsn) && type(r).endsWith("gewijzigd") && AvroCodec.decode(r.value(),
                        InburgeringsplichtGewijzigd.class).getRedenWijziging()
                        == RedenWijzigingInburgeringsplicht.DOELGROEPKEUZE_BEVESTIGD);
        var gewijzigd = AvroCodec.decode(bevestigd.value(), InburgeringsplichtGewijzigd.class);
        assertThat(gewijzigd.getAsielrechtenWijzigingVerblijfsdoel())
                .isEqualTo(AsielrechtenWijzigingVerblijfsdoel.OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT);
        assertThat(gewijzigd.getDatumWijziging()).isEqualTo(recent);
    }

    @Test
    void een_doelgroepkeuze_zonder_doelgroepwijziging_gaat_met_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING);
        plichtbericht(bsn, "vastgesteld");

        gemeenteGeeftKeuzeDoor(bsn, AsielrechtenWijzigingVerblijfsdoel.BEHOUD_ASIELRECHTEN, LocalDate.of(2026, 9, 20));

        var dlt = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP,
                r -> TestPartner.bevat(r, bsn));
        assertThat(new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("geen doelgroepwijziging");
        assertThat(plichten.findById(bsn).orElseThrow().getDoelgroepkeuze()).isNull();
    }

    @Test
    void een_wijziging_van_verblijfsrecht_van_een_persoon_zonder_verblijfsdoelen_gaat_met_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();

        indWijzigt(bsn, SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD, Verblijfsdoel.STUDIE,
                Verblijfsdoel.GEZINSVORMING);

        var dlt = TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.WIJZIGING_VERBLIJFSRECHT,
                r -> TestPartner.bevat(r, bsn));
        assertThat(new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("geen Verblijfsdoelen");
        assertThat(plichten.existsById(bsn)).isFalse();
    }
}
