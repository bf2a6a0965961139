package nl.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.examen.domain.Niveau;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.duo.examen.domain.Uitslag;
import nl.inburgering.duo.examen.persistence.ExamenEntity;
import nl.inburgering.duo.examen.persistence.ExamenRepository;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Seed §13.2 at DUO: after a verhuizing the plicht of a plichtige goes to the new gemeente, so both views agree: #3
 * vastgesteld OVERDRACHT_NA_VERHUIZING (SS120 / SS121) and in the same transaction #3 gewijzigd GEMEENTE_GEWIJZIGD to
 * both gemeenten (SS122 for the old one), then his examenresultaten again to the new gemeente (issue 16, decision 0037).
 */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class VerhuizingLeveringTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";

    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    ExamenRepository examens;

    /** Both gemeenten registered a Notificatie API endpoint (nobody listens: the notifications are recorded). */
    @DynamicPropertySource
    static void abonnementen(DynamicPropertyRegistry registry) {
        registry.add("keten.duo.notificatie.abonnementen.00000001002564440000.gemeentecode", () -> AMSTERDAM);
        registry.add("keten.duo.notificatie.abonnementen.00000001002564440000.url",
                () -> "http://127.0.0.1:9/notificaties");
        registry.add("keten.duo.notificatie.abonnementen.00000001002220647000.gemeentecode", () -> ROTTERDAM);
        registry.add("keten.duo.notificatie.abonnementen.00000001002220647000.url",
                () -> "http://127.0.0.1:9/notificaties");
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void indLevert(String bsn, Verblijfsdoel doel, String gemeentecode) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.verblijfsdoelDoorgegeven()
                .setBsn(bsn).setVerblijfsdoel(doel)
                .setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 9, 1)).setGemeentecodeInschrijving(gemeentecode)
                .setDatumInschrijving(LocalDate.of(2026, 9, 14)).build());
    }

    private static void brpVerhuist(String bsn, String van, String naar) {
        brpVerhuist(bsn, van, naar, LocalDate.of(2026, 11, 2));
    }

    private static void brpVerhuist(String bsn, String van, String naar, LocalDate datum) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.ingezeteneVerhuisd().setBsn(bsn)
                .setGemeentecodeOud(van).setGemeentecodeNieuw(naar).setDatumVerhuizing(datum).build());
    }

    private static void amsterdamSteltPipVast(String bsn) {
        TestPartner.publiceer(kafka(), "g-" + bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(ContractEvents.pipGegevens().setDagtekeningPip(LocalDate.of(2026, 10, 1))
                        .setLeerroute(Leerroute.B1_ROUTE).setNiveau(null).setGeschatteIntensiteitB1Route(null).build())
                .build());
        TestPartner.wachtOp(kafka(), TopicCatalogue.REGISTRATIE_PIP,
                r -> TestPartner.bevat(r, bsn) && type(r).contains("pip-geregistreerd"));
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The facts of #3 for the person on the gemeente's topic, in the order they were published. */
    private static List<ConsumerRecord<String, byte[]>> plichtfeitenVan(String gemeentecode, String bsn, int aantal) {
        return TestPartner.wachtOp(kafka(), TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, gemeentecode),
                r -> TestPartner.bevat(r, bsn), aantal);
    }

    private List<String> notificatiesVan(String gemeentecode, String bsn) {
        return jdbc.sql("select gebeurtenis_id from notificatie where gemeentecode = ? and bsn = ?"
                + " order by registratie_datum_tijd, volgnummer").param(gemeentecode).param(bsn).query(String.class).list();
    }

    private static InburgeringsplichtVastgesteld plichtOpTopicVan(String gemeentecode, String bsn) {
        return AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, gemeentecode),
                r -> TestPartner.bevat(r, bsn)).value(), InburgeringsplichtVastgesteld.class);
    }

    @Test
    void na_een_verhuizing_levert_duo_de_plicht_aan_de_nieuwe_gemeente_als_overdracht() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, AMSTERDAM);
        assertThat(plichtOpTopicVan(AMSTERDAM, bsn).getAanleiding()).isEqualTo(Aanleiding.NIEUW);

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM);

        InburgeringsplichtVastgesteld aanRotterdam = plichtOpTopicVan(ROTTERDAM, bsn);
        assertThat(aanRotterdam.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(aanRotterdam.getOntvanger()).isEqualTo(Ontvanger.GEMEENTE);
        assertThat(aanRotterdam.getAanleiding()).isEqualTo(Aanleiding.OVERDRACHT_NA_VERHUIZING);
        assertThat(aanRotterdam.getBegindatum()).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void de_verhuizing_van_een_niet_plichtige_levert_niets() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.KENNISMIGRANT, AMSTERDAM);
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> plichten.findById(bsn).orElseThrow().getGemeentecode().equals(ROTTERDAM));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from outbox_event"
                + " where gepubliceerd_op is null").query(Long.class).single() == 0);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn)))
                .isEmpty();
    }

    @Test
    void een_gezinsmigrant_met_een_pip_van_amsterdam_verhuist_naar_rotterdam_die_hem_krijgt_met_SS121_en_amsterdam_hoort_SS122() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, AMSTERDAM);
        plichtOpTopicVan(AMSTERDAM, bsn);
        amsterdamSteltPipVast(bsn);

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM);

        List<ConsumerRecord<String, byte[]>> aanRotterdam = plichtfeitenVan(ROTTERDAM, bsn, 2);
        assertThat(aanRotterdam).extracting(r -> type(r).replaceAll(".*inburgeringsplicht-", ""))
                .as("vastgesteld voor gewijzigd").containsExactly("vastgesteld", "gewijzigd");
        assertThat(aanRotterdam.get(0).key()).isEqualTo(aanRotterdam.get(1).key());
        assertThat(AvroCodec.decode(aanRotterdam.get(0).value(), InburgeringsplichtVastgesteld.class).getAanleiding())
                .isEqualTo(Aanleiding.OVERDRACHT_NA_VERHUIZING);
        InburgeringsplichtGewijzigd gewijzigd = AvroCodec.decode(aanRotterdam.get(1).value(),
                InburgeringsplichtGewijzigd.class);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD);
        assertThat(gewijzigd.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(gewijzigd.getVorigeGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(gewijzigd.getDatumWijziging()).isEqualTo(LocalDate.of(2026, 11, 2));
        InburgeringsplichtGewijzigd aanAmsterdam = AvroCodec.decode(plichtfeitenVan(AMSTERDAM, bsn, 2).get(1).value(),
                InburgeringsplichtGewijzigd.class);
        assertThat(aanAmsterdam.getVorigeGemeentecode()).isEqualTo(AMSTERDAM);

        await().atMost(Duration.ofSeconds(30)).until(() -> notificatiesVan(AMSTERDAM, bsn).contains("SS122"));
        assertThat(notificatiesVan(ROTTERDAM, bsn)).filteredOn(g -> g.equals("SS120") || g.equals("SS121"))
                .as("eenmaal: het gewijzigd zegt het niet nog eens").containsExactly("SS121");
    }

    @Test
    void een_asielstatushouder_die_al_in_zijn_gekoppelde_gemeente_woonde_en_voor_zijn_pip_verhuist_gaat_met_SS120_naar_de_nieuwe_gemeente() {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVerblijfsdoel(Verblijfsdoel.ASIEL).setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 6, 1))
                .setGemeentecodeInschrijving("0344").setDatumInschrijving(LocalDate.of(2026, 6, 8)).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.inburgeraarGekoppeldAanGemeente().setBsn(bsn)
                .setGemeentecode(AMSTERDAM).setDatumKoppeling(LocalDate.of(2026, 7, 1)).build());
        plichtOpTopicVan(AMSTERDAM, bsn);
        brpVerhuist(bsn, "0344", AMSTERDAM, LocalDate.of(2026, 8, 3));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> plichten.findById(bsn).orElseThrow().getGemeentecode().equals(AMSTERDAM));

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM, LocalDate.of(2026, 11, 2));

        InburgeringsplichtVastgesteld aanRotterdam = plichtOpTopicVan(ROTTERDAM, bsn);
        assertThat(aanRotterdam.getAanleiding()).isEqualTo(Aanleiding.OVERDRACHT_NA_VERHUIZING);
        assertThat(aanRotterdam.getGemeentecode()).isEqualTo(ROTTERDAM);
        await().atMost(Duration.ofSeconds(30)).until(() -> notificatiesVan(ROTTERDAM, bsn).contains("SS120"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notificatiesVan(AMSTERDAM, bsn).contains("SS122"));
        assertThat(notificatiesVan(ROTTERDAM, bsn)).filteredOn(g -> g.equals("SS120") || g.equals("SS121"))
                .containsExactly("SS120");
    }

    @Test
    void na_een_verhuizing_krijgt_alleen_de_nieuwe_gemeente_de_examenresultaten_opnieuw_met_een_nieuw_id() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, AMSTERDAM);
        plichtOpTopicVan(AMSTERDAM, bsn);
        opbouw.leg(bsn, () -> {
            ExamenEntity knm = new ExamenEntity(bsn, Onderdeel.KNM, null, Instant.parse("2026-10-01T08:00:00Z"));
            knm.plan(LocalDate.of(2026, 10, 20));
            knm.uitslag(Uitslag.GESLAAGD, null, LocalDate.of(2026, 10, 27));
            knm.geleverdAan(AMSTERDAM, List.of("00IN"));
            examens.save(knm);
        });

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM);

        ExamenresultaatVastgesteld aanRotterdam = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.EXAMENRESULTATEN, ROTTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), ExamenresultaatVastgesteld.class);
        assertThat(aanRotterdam.getAanleiding()).isEqualTo(Aanleiding.OVERDRACHT_NA_VERHUIZING);
        assertThat(aanRotterdam.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(aanRotterdam.getInstellingsnummers()).as("de instellingen hadden het al").isEmpty();
        assertThat(aanRotterdam.getDatumDefinitieveUitslag()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(TestPartner.alles(kafka(), TestPartner.gemeentetopic(TopicCatalogue.EXAMENRESULTATEN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn))).as("Amsterdam had het al").isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> notificatiesVan(ROTTERDAM, bsn).contains("SS120"));
        assertThat(notificatiesVan(ROTTERDAM, bsn)).as("geen SS199 voor een oud resultaat").doesNotContain("SS199");
    }
}
