package nl.inburgering.duo.pip;

import static nl.inburgering.duo.pip.Plichtigen.BEGIN_PLICHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.common.RedenWijzigingPip;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.contracts.event.PipAfgewezen;
import nl.inburgering.contracts.event.PipGeregistreerd;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Seed §4 at DUO through Kafka: the gemeente delivers #16, DUO answers on REGISTRATIE_PIP and, on the first PIP,
 * delivers the inburgeringstermijn (#5) to that gemeente.
 */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class PipRegistratieKafkaTest {

    @Autowired
    private Testopbouw opbouw;

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";

    @Autowired
    private InburgeringsplichtRepository plichten;
    @Autowired
    private PipRepository pips;
    @Autowired
    private InburgeringstermijnRepository termijnen;
    @Autowired
    private InburgeringsaanbodRepository aanbiedingen;

    @Test
    void een_eerste_pip_wordt_geregistreerd_en_de_gemeente_krijgt_de_termijn_van_drie_jaar_vanaf_de_dag_na_de_dagtekening() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), Leerroute.B1_ROUTE, null, null)).build());

        PipGeregistreerd geregistreerd = eerste(bsn, "pip-geregistreerd", PipGeregistreerd.class);
        assertThat(geregistreerd.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(geregistreerd.getEerstePip()).isTrue();
        assertThat(geregistreerd.getNiveau()).as("zonder niveau stelt DUO B1 vast").isEqualTo(NiveauPip.B1);
        InburgeringstermijnVastgesteld termijn = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TopicCatalogue.INBURGERINGSTERMIJN, r -> TestPartner.bevat(r, bsn)).value(),
                InburgeringstermijnVastgesteld.class);
        assertThat(termijn.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(termijn.getStartdatum()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(termijn.getEinddatum()).isEqualTo(LocalDate.of(2029, 3, 10));
        assertThat(termijn.getDagtekeningPip()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void een_afgewezen_pip_geeft_alle_redenen_tegelijk_en_geen_termijn() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSVORMER);

        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(BEGIN_PLICHT.minusDays(1), Leerroute.ONDERWIJSROUTE, NiveauPip.A2, 600)).build());

        PipAfgewezen afgewezen = eerste(bsn, "pip-afgewezen", PipAfgewezen.class);
        assertThat(afgewezen.getWijziging()).isFalse();
        assertThat(afgewezen.getRedenen()).extracting(Afwijzingsreden::getCode).containsExactly(
                "DAGTEKENING_VOOR_START_PLICHT", "DAGTEKENING_VOOR_VESTIGING", "A2_MET_ONDERWIJSROUTE", "INTENSITEIT_NIET_BIJ_B1_ROUTE",
                "INTENSITEIT_NIET_BIJ_ASIELSTATUSHOUDER");
        assertThat(afgewezen.getRedenen()).allSatisfy(reden -> assertThat(reden.getOmschrijving()).isNotBlank());
        assertThat(pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn)).isEmpty();
        assertThat(termijnen.existsById(bsn)).isFalse();
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSTERMIJN,
                r -> TestPartner.bevat(r, bsn))).isEmpty();
    }

    @Test
    void een_tweede_pip_van_een_andere_gemeente_geeft_geen_tweede_termijn_en_verschuift_de_termijn_niet() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), Leerroute.B1_ROUTE, NiveauPip.B1, null)).build());

        gemeenteLevert(bsn, ContractEvents.pipGewijzigd().setBsn(bsn).setGemeentecode(ROTTERDAM)
                .setRedenWijziging(RedenWijzigingPip.AFSCHALEN).setDatumWijziging(LocalDate.of(2026, 9, 1))
                .setPip(pip(LocalDate.of(2026, 9, 1), Leerroute.B1_ROUTE, NiveauPip.A2, null)).build());

        List<PipGeregistreerd> geregistreerd = alle(bsn, "pip-geregistreerd", PipGeregistreerd.class, 2);
        assertThat(geregistreerd).extracting(PipGeregistreerd::getEerstePip).containsExactly(true, false);
        assertThat(geregistreerd.get(1).getNiveau()).as("afschalen naar A2 mag bij een gewijzigde PIP")
                .isEqualTo(NiveauPip.A2);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSTERMIJN,
                r -> TestPartner.bevat(r, bsn))).hasSize(1);
        assertThat(termijnen.findById(bsn).orElseThrow().getStartdatum()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn).orElseThrow().getGemeentecode())
                .isEqualTo(ROTTERDAM);
    }

    @Test
    void dezelfde_levering_twee_keer_geeft_een_registratie() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        PipVastgesteld levering = ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), Leerroute.ZELFREDZAAMHEIDSROUTE, null, null)).build();
        gemeenteLevert(bsn, levering);
        gemeenteLevert(bsn, PipVastgesteld.newBuilder(levering).build());
        // A later, different PIP on the same partition: once it is answered, the repeated one was handled.
        gemeenteLevert(bsn, ContractEvents.pipGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setRedenWijziging(RedenWijzigingPip.WISSELING_LEERROUTE).setDatumWijziging(LocalDate.of(2026, 6, 1))
                .setPip(pip(LocalDate.of(2026, 6, 1), Leerroute.B1_ROUTE, null, null)).build());

        alle(bsn, "pip-geregistreerd", PipGeregistreerd.class, 2);
        assertThat(pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn)).hasSize(2);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.REGISTRATIE_PIP,
                r -> TestPartner.bevat(r, bsn) && isType(r, "pip-geregistreerd"))).hasSize(2);
    }

    @Test
    void een_gewijzigde_pip_zonder_geregistreerde_pip_wordt_afgewezen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        gemeenteLevert(bsn, ContractEvents.pipGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setRedenWijziging(RedenWijzigingPip.OVERIG).setDatumWijziging(LocalDate.of(2026, 6, 1))
                .setPip(pip(LocalDate.of(2026, 6, 1), Leerroute.B1_ROUTE, null, null)).build());

        PipAfgewezen afgewezen = eerste(bsn, "pip-afgewezen", PipAfgewezen.class);
        assertThat(afgewezen.getWijziging()).isTrue();
        assertThat(afgewezen.getRedenen()).extracting(Afwijzingsreden::getCode)
                .containsExactly("GEEN_PIP_OM_TE_WIJZIGEN");
    }

    // --- route changes (seed §5.3, §6.3, §7.3): the reden must be what changes; the termijn never moves

    private void eerstePip(String bsn, Leerroute leerroute, NiveauPip niveau) {
        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), leerroute, niveau, null)).build());
        eerste(bsn, "pip-geregistreerd", PipGeregistreerd.class);
    }

    private static PipGewijzigd wijziging(String bsn, RedenWijzigingPip reden, Leerroute leerroute, NiveauPip niveau) {
        return ContractEvents.pipGewijzigd().setBsn(bsn).setGemeentecode(AMSTERDAM).setRedenWijziging(reden)
                .setDatumWijziging(LocalDate.of(2026, 9, 1))
                .setPip(pip(LocalDate.of(2026, 9, 1), leerroute, niveau, null)).build();
    }

    @Test
    void een_afschaling_van_b1_naar_a2_in_de_b1_route_wordt_geregistreerd_zonder_dat_de_termijn_verschuift() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        eerstePip(bsn, Leerroute.B1_ROUTE, null);

        gemeenteLevert(bsn, wijziging(bsn, RedenWijzigingPip.AFSCHALEN, Leerroute.B1_ROUTE, NiveauPip.A2));

        PipGeregistreerd afgeschaald = alle(bsn, "pip-geregistreerd", PipGeregistreerd.class, 2).get(1);
        assertThat(afgeschaald.getNiveau()).isEqualTo(NiveauPip.A2);
        assertThat(afgeschaald.getEerstePip()).isFalse();
        assertThat(pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn).orElseThrow().alsPip().niveau())
                .isEqualTo(nl.inburgering.duo.pip.domain.Niveau.A2);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSTERMIJN,
                r -> TestPartner.bevat(r, bsn))).hasSize(1);
        assertThat(termijnen.findById(bsn).orElseThrow().getStartdatum()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void een_afschaling_vanuit_de_onderwijsroute_wordt_met_elke_reden_afgewezen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        eerstePip(bsn, Leerroute.ONDERWIJSROUTE, null);

        gemeenteLevert(bsn, wijziging(bsn, RedenWijzigingPip.AFSCHALEN, Leerroute.ONDERWIJSROUTE, NiveauPip.A2));

        PipAfgewezen afgewezen = eerste(bsn, "pip-afgewezen", PipAfgewezen.class);
        assertThat(afgewezen.getWijziging()).isTrue();
        assertThat(afgewezen.getRedenen()).extracting(Afwijzingsreden::getCode).containsExactlyInAnyOrder(
                "A2_MET_ONDERWIJSROUTE", "AFSCHALEN_NIET_VANUIT_B1_IN_B1_ROUTE", "AFSCHALEN_NIET_NAAR_A2_IN_B1_ROUTE");
        assertThat(pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn).orElseThrow().alsPip().leerroute())
                .isEqualTo(nl.inburgering.duo.pip.domain.Leerroute.ONDERWIJSROUTE);
    }

    @Test
    void een_opschaling_in_de_z_route_naar_examens_op_a2_wordt_geregistreerd() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        eerstePip(bsn, Leerroute.ZELFREDZAAMHEIDSROUTE, null);

        gemeenteLevert(bsn, wijziging(bsn, RedenWijzigingPip.OPSCHALEN, Leerroute.ZELFREDZAAMHEIDSROUTE,
                NiveauPip.A2));

        assertThat(alle(bsn, "pip-geregistreerd", PipGeregistreerd.class, 2).get(1).getNiveau())
                .isEqualTo(NiveauPip.A2);
    }

    @Test
    void een_opschaling_buiten_de_z_route_wordt_afgewezen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        eerstePip(bsn, Leerroute.B1_ROUTE, NiveauPip.B1);

        gemeenteLevert(bsn, wijziging(bsn, RedenWijzigingPip.OPSCHALEN, Leerroute.B1_ROUTE, NiveauPip.B1));

        assertThat(eerste(bsn, "pip-afgewezen", PipAfgewezen.class).getRedenen()).extracting(Afwijzingsreden::getCode)
                .containsExactlyInAnyOrder("OPSCHALEN_NIET_VANUIT_Z_ROUTE", "OPSCHALEN_NIET_NAAR_A2_IN_Z_ROUTE");
    }

    @Test
    void een_wisseling_van_leerroute_wordt_geregistreerd_en_een_wisseling_naar_dezelfde_route_afgewezen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        eerstePip(bsn, Leerroute.ONDERWIJSROUTE, null);

        gemeenteLevert(bsn, wijziging(bsn, RedenWijzigingPip.WISSELING_LEERROUTE, Leerroute.ONDERWIJSROUTE, null));
        assertThat(eerste(bsn, "pip-afgewezen", PipAfgewezen.class).getRedenen()).extracting(Afwijzingsreden::getCode)
                .containsExactly("WISSELING_ZONDER_ANDERE_LEERROUTE");

        gemeenteLevert(bsn, wijziging(bsn, RedenWijzigingPip.WISSELING_LEERROUTE, Leerroute.B1_ROUTE, null));
        PipGeregistreerd gewisseld = alle(bsn, "pip-geregistreerd", PipGeregistreerd.class, 2).get(1);
        assertThat(gewisseld.getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(gewisseld.getNiveau()).isEqualTo(NiveauPip.B1);
    }

    @Test
    void een_pip_van_een_persoon_zonder_inburgeringsplicht_bij_duo_wordt_afgewezen() {
        String bsn = TestBsn.nieuw();

        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), Leerroute.B1_ROUTE, null, null)).build());

        assertThat(eerste(bsn, "pip-afgewezen", PipAfgewezen.class).getRedenen())
                .extracting(Afwijzingsreden::getCode).containsExactly("GEEN_INBURGERINGSPLICHT");
    }

    @Test
    void een_pip_gedagtekend_voor_de_verhuizing_naar_de_gemeente_wordt_afgewezen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        InburgeringsplichtEntity plicht = plichten.findById(bsn).orElseThrow();
        plicht.verhuisd(ROTTERDAM, LocalDate.of(2026, 4, 1));
        opbouw.leg(bsn, () -> plichten.save(plicht));

        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(ROTTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 31), Leerroute.B1_ROUTE, null, null)).build());

        assertThat(eerste(bsn, "pip-afgewezen", PipAfgewezen.class).getRedenen())
                .extracting(Afwijzingsreden::getCode).containsExactly("DAGTEKENING_VOOR_VESTIGING");
    }

    @Test
    void een_pip_met_een_ongeldig_bsn_gaat_met_reden_naar_de_dlt() {
        String ongeldig = "123456789";

        gemeenteLevert(ongeldig, ContractEvents.pipVastgesteld().setBsn(ongeldig).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), Leerroute.B1_ROUTE, null, null)).build());

        var dlt = TestPartner.wachtOp(kafka(), TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.deadLetterTopic(),
                r -> TestPartner.bevat(r, ongeldig));
        assertThat(reden(dlt)).contains("ongeldig BSN");
    }

    @Test
    void een_aanbod_met_een_ongeldige_gemeentecode_gaat_met_reden_naar_de_dlt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);

        gemeenteLevert(bsn, aanbod(bsn, "363", LocalDate.of(2026, 4, 1), "12345"));

        var dlt = TestPartner.wachtOp(kafka(), TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP.deadLetterTopic(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(reden(dlt)).contains("ongeldige gemeentecode");
    }

    @Test
    void het_aanbod_van_een_asielstatushouder_met_pip_bij_een_erkende_instelling_wordt_geregistreerd_en_overschreven() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        gemeenteLevert(bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(pip(LocalDate.of(2026, 3, 10), Leerroute.B1_ROUTE, null, 600)).build());

        gemeenteLevert(bsn, aanbod(bsn, AMSTERDAM, LocalDate.of(2026, 4, 1), "12345"));
        gemeenteLevert(bsn, aanbod(bsn, AMSTERDAM, LocalDate.of(2026, 5, 1), "0000012345"));

        List<InburgeringsaanbodGeregistreerd> geregistreerd = alle(bsn, "inburgeringsaanbod-geregistreerd",
                InburgeringsaanbodGeregistreerd.class, 2);
        assertThat(geregistreerd.get(0).getInstellingsnummers()).containsExactly("12345");
        assertThat(aanbiedingen.findByBsnOrderByInstellingsnummer(bsn)).singleElement()
                .satisfies(aanbod -> assertThat(aanbod.getDatumInburgeringsaanbod())
                        .isEqualTo(LocalDate.of(2026, 5, 1)));
    }

    @Test
    void het_aanbod_voor_een_gezinsmigrant_zonder_pip_bij_een_onbekende_instelling_wordt_met_alle_redenen_afgewezen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        gemeenteLevert(bsn, aanbod(bsn, AMSTERDAM, LocalDate.of(2026, 4, 1), "99999"));

        InburgeringsaanbodAfgewezen afgewezen = eerste(bsn, "inburgeringsaanbod-afgewezen",
                InburgeringsaanbodAfgewezen.class);
        assertThat(afgewezen.getRedenen()).extracting(Afwijzingsreden::getCode)
                .containsExactly("GEEN_ASIELMIGRANT", "GEEN_PIP", "INSTELLING_NIET_ERKEND");
        assertThat(aanbiedingen.findByBsnOrderByInstellingsnummer(bsn)).isEmpty();
    }

    // --- arrange ---

    private String plichtige(GedetailleerdeDoelgroep doelgroep) {
        return Plichtigen.plichtige(opbouw, plichten, "4", doelgroep);
    }

    private static PipGegevens pip(LocalDate dagtekening, Leerroute leerroute, NiveauPip niveau, Integer intensiteit) {
        return ContractEvents.pipGegevens().setDagtekeningPip(dagtekening).setLeerroute(leerroute).setNiveau(niveau)
                .setGeschatteIntensiteitB1Route(intensiteit).build();
    }

    private static InburgeringsaanbodVastgesteld aanbod(String bsn, String gemeentecode, LocalDate datum,
            String instellingsnummer) {
        return ContractEvents.inburgeringsaanbodVastgesteld().setBsn(bsn).setGemeentecode(gemeentecode)
                .setInburgeringsaanbod(ContractEvents.inburgeringsaanbod()
                        .setDatumInburgeringsaanbod(datum).setInstellingsnummers(List.of(instellingsnummer)).build())
                .build();
    }

    // --- act and assert through the broker ---

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void gemeenteLevert(String bsn, org.apache.avro.specific.SpecificRecord event) {
        TestPartner.publiceer(kafka(), "g-" + bsn, event);
    }

    private static boolean isType(ConsumerRecord<String, byte[]> record, String type) {
        var header = record.headers().lastHeader("ce_type");
        return header != null && new String(header.value(), StandardCharsets.UTF_8).contains(type);
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> T eerste(String bsn, String type,
            Class<T> schema) {
        return alle(bsn, type, schema, 1).get(0);
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> List<T> alle(String bsn, String type,
            Class<T> schema, int aantal) {
        return TestPartner.wachtOp(kafka(), TopicCatalogue.REGISTRATIE_PIP,
                r -> TestPartner.bevat(r, bsn) && isType(r, type), aantal).stream()
                .map(r -> AvroCodec.decode(r.value(), schema)).toList();
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }
}
