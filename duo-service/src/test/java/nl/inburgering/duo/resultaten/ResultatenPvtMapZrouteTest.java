package nl.inburgering.duo.resultaten;

import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.OnderdeelPvtMapZroute;
import nl.inburgering.contracts.common.ZrouteOnderdeel;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteAfgewezen;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteGeregistreerd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.m2m.M2mSpec;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Stelseldienst #17 at DUO (seed §5.2, §6.2, §7.2): the results of PVT, MAP and Z-route over Kafka and over DUO's
 * published M2M "MAP, PVT en Z-route API" 1.0.0, against a real broker and PostgreSQL. Both write the same
 * registration, so what one delivers the other shows. Every M2M response is checked against DUO's spec; every
 * request meant to be valid too.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class ResultatenPvtMapZrouteTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Duration WACHTTIJD = Duration.ofSeconds(30);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    PipRepository pips;
    @Autowired
    InburgeringstermijnRepository termijnen;
    @Value("${keten.oin}")
    String duoOin;

    private final LocalDate vandaag = LocalDate.now(NL);

    // ===== #17 over Kafka =====

    @Test
    void een_pvt_van_de_gemeente_over_kafka_wordt_geregistreerd_en_is_via_de_m2m_api_te_raadplegen() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(true).setDatumOndertekening(vandaag.minusDays(3)).setDatumVastgesteld(vandaag).build());

        await().atMost(WACHTTIJD).until(() -> datum(bsn, "PVT") != null);
        assertThat(datum(bsn, "PVT")).isEqualTo(vandaag.minusDays(3));
        assertThat(geldig(HttpMethod.GET, "/personen/" + bsn + "/pvt", null)).hasStatusOk()
                .hasHeader("API-Version", "1.0.0").bodyJson()
                .isStrictlyEqualTo("{\"datumOndertekeningPvt\": \"" + vandaag.minusDays(3) + "\"}");
    }

    // --- after a verhuizing the old gemeente brings its results up to date (seed §14.2.1, decision 0037) ---

    private void verhuistNaarRotterdamMetEenPipDaar(String bsn, LocalDate datumVerhuizing) {
        TestPartner.publiceer(kafka(), "brp-" + bsn, ContractEvents.ingezeteneVerhuisd().setBsn(bsn)
                .setGemeentecodeOud(AMSTERDAM).setGemeentecodeNieuw(ROTTERDAM).setDatumVerhuizing(datumVerhuizing)
                .build());
        await().atMost(WACHTTIJD)
                .until(() -> plichten.findById(bsn).orElseThrow().getGemeentecode().equals(ROTTERDAM));
        opbouw.leg(bsn, () -> pips.save(new PipEntity(bsn, pip(ROTTERDAM, vandaag.minusDays(1), Leerroute.B1_ROUTE,
                Niveau.B1), false, false, null, null, Kanaal.STELSELDIENST, vandaag.minusDays(1))));
    }

    @Test
    void na_een_verhuizing_registreert_duo_de_pvt_van_de_oude_gemeente_binnen_tien_werkdagen_ook_na_de_pip_van_de_nieuwe() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);
        verhuistNaarRotterdamMetEenPipDaar(bsn, vandaag.minusDays(3));

        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(true).setDatumOndertekening(vandaag.minusDays(5)).setDatumVastgesteld(vandaag).build());

        await().atMost(WACHTTIJD).until(() -> datum(bsn, "PVT") != null);
        assertThat(datum(bsn, "PVT")).isEqualTo(vandaag.minusDays(5));
        assertThat(redenen(bsn)).isEmpty();
    }

    @Test
    void na_de_tien_werkdagen_na_de_verhuizing_weigert_duo_de_pvt_van_de_oude_gemeente_met_de_reden() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);
        verhuistNaarRotterdamMetEenPipDaar(bsn, vandaag.minusDays(30));

        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(true).setDatumOndertekening(vandaag.minusDays(5)).setDatumVastgesteld(vandaag).build());

        await().atMost(WACHTTIJD).until(() -> !redenen(bsn).isEmpty());
        assertThat(redenen(bsn)).containsExactly("GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE");
        assertThat(datum(bsn, "PVT")).isNull();
    }

    @Test
    void een_map_via_de_m2m_api_trekt_de_gemeente_over_kafka_weer_in() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);
        assertThat(geldig(HttpMethod.PUT, "/personen/" + bsn + "/map",
                "{\"datumEindgesprekMap\": \"" + vandaag.minusDays(1) + "\"}")).hasStatusOk();
        assertThat(datum(bsn, "MAP")).isEqualTo(vandaag.minusDays(1));

        gemeenteLevert(bsn, ContractEvents.mapResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(false).setDatumEindgesprek(null).setDatumVastgesteld(vandaag).build());

        await().atMost(WACHTTIJD).until(() -> registraties(bsn) == 0);
        assertThat(geldig(HttpMethod.GET, "/personen/" + bsn + "/map", null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_resultaat_dat_regels_breekt_wordt_niet_geregistreerd_en_de_afwijzing_blijft_met_alle_redenen() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSVORMER);

        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(true).setDatumOndertekening(vandaag.plusDays(2)).setDatumVastgesteld(vandaag).build());

        await().atMost(WACHTTIJD).until(() -> !redenen(bsn).isEmpty());
        assertThat(redenen(bsn)).containsExactly("GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE", "DATUM_IN_TOEKOMST");
        assertThat(jdbc.sql("select onderdeel || ' ' || gemeentecode || ' ' || kanaal from resultaat_afwijzing"
                + " where bsn = ?").param(bsn).query(String.class).single()).isEqualTo("PVT 0363 STELSELDIENST");
        assertThat(registraties(bsn)).isZero();
    }

    @Test
    void een_asielstatushouder_in_de_zroute_rondt_participatie_en_eindgesprek_af_en_voldoet_daarmee() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, Leerroute.Z_ROUTE, null);
        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setDatumOndertekening(vandaag.minusDays(20)).setDatumVastgesteld(vandaag).build());
        gemeenteLevert(bsn, ContractEvents.zrouteOnderdeelAfgerond().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(ZrouteOnderdeel.PARTICIPATIECOMPONENT).setDatumAfronding(vandaag.minusDays(10)).build());
        gemeenteLevert(bsn, ContractEvents.zrouteOnderdeelAfgerond().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(ZrouteOnderdeel.EINDGESPREK).setDatumAfronding(vandaag.minusDays(5)).build());

        await().atMost(WACHTTIJD).until(() -> datum(bsn, "ZROUTE") != null);
        assertThat(datum(bsn, "PARTICIPATIE")).isEqualTo(vandaag.minusDays(10));
        assertThat(datum(bsn, "ZROUTE")).isEqualTo(vandaag.minusDays(5));

        MvcTestResult naAfronding = geldig(HttpMethod.PUT, "/personen/" + bsn + "/map",
                "{\"datumEindgesprekMap\": \"" + vandaag.minusDays(1) + "\"}");
        assertThat(naAfronding).as("de plicht is voldaan via de Z-route").hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$[*].fouttekst").asArray().containsExactly(
                        "De inburgeringsplicht moet nog niet voldaan zijn via de Z-route.",
                        "De datum eindgesprek MAP mag niet na de datum afronding Z-route liggen.");
    }

    @Test
    void de_participatie_van_een_gezinsmigrant_wordt_afgewezen() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.Z_ROUTE, Niveau.A2);

        gemeenteLevert(bsn, ContractEvents.zrouteOnderdeelAfgerond().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(ZrouteOnderdeel.PARTICIPATIECOMPONENT).setDatumAfronding(vandaag.minusDays(10)).build());

        await().atMost(WACHTTIJD).until(() -> !redenen(bsn).isEmpty());
        assertThat(redenen(bsn)).containsExactly("PARTICIPATIE_ALLEEN_ASIELSTATUSHOUDER");
        assertThat(registraties(bsn)).isZero();
    }

    @Test
    void een_afgerond_pvt_zonder_datum_gaat_met_reden_naar_de_dlt() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(true).setDatumOndertekening(null).build());

        assertThat(reden(TestPartner.wachtOp(kafka(), TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE.deadLetterTopic(),
                r -> TestPartner.bevat(r, bsn)))).contains("afgerond zonder datumOndertekening");
    }

    @Test
    void een_zroute_onderdeel_dat_duo_niet_kent_gaat_met_reden_naar_de_dlt() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, Leerroute.Z_ROUTE, null);

        gemeenteLevert(bsn, ContractEvents.zrouteOnderdeelAfgerond().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(ZrouteOnderdeel.ONBEKEND).build());

        assertThat(reden(TestPartner.wachtOp(kafka(), TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE.deadLetterTopic(),
                r -> TestPartner.bevat(r, bsn)))).contains("onbekend onderdeel");
    }

    // ===== DUO's answer to the gemeente (REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE), for #17 and for the M2M PUT =====

    @Test
    void duo_beantwoordt_een_geregistreerd_pvt_van_kafka_op_het_eigen_topic_van_de_gemeente() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        gemeenteLevert(bsn, ContractEvents.pvtResultaatVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setAfgerond(true).setDatumOndertekening(vandaag.minusDays(3)).setDatumVastgesteld(vandaag).build());

        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn));
        ResultaatPvtMapZrouteGeregistreerd antwoord = AvroCodec.decode(record.value(),
                ResultaatPvtMapZrouteGeregistreerd.class);
        assertThat(antwoord.getOnderdeel()).isEqualTo(OnderdeelPvtMapZroute.PVT);
        assertThat(antwoord.getDatum()).isEqualTo(vandaag.minusDays(3));
        assertThat(antwoord.getIngetrokken()).isFalse();
        assertThat(antwoord.getViaM2m()).isFalse();
        assertThat(antwoord.getDatumRegistratie()).isEqualTo(vandaag);
    }

    @Test
    void duo_beantwoordt_een_afgewezen_zroute_onderdeel_van_kafka_met_elke_reden() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.Z_ROUTE, Niveau.A2);

        gemeenteLevert(bsn, ContractEvents.zrouteOnderdeelAfgerond().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setOnderdeel(ZrouteOnderdeel.PARTICIPATIECOMPONENT).setDatumAfronding(vandaag.plusDays(10)).build());

        ResultaatPvtMapZrouteAfgewezen antwoord = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), ResultaatPvtMapZrouteAfgewezen.class);
        assertThat(antwoord.getOnderdeel()).isEqualTo(OnderdeelPvtMapZroute.ZROUTE_PARTICIPATIECOMPONENT);
        assertThat(antwoord.getDatum()).isEqualTo(vandaag.plusDays(10));
        assertThat(antwoord.getRedenen()).extracting(r -> r.getCode())
                .containsExactlyElementsOf(redenen(bsn));
        assertThat(antwoord.getRedenen()).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r.getOmschrijving()).isNotBlank());
        assertThat(antwoord.getViaM2m()).isFalse();
    }

    @Test
    void een_map_via_de_m2m_api_en_de_intrekking_ervan_bereiken_ook_de_gemeente() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);
        String pad = "/personen/" + bsn + "/map";

        assertThat(geldig(HttpMethod.PUT, pad, "{\"datumEindgesprekMap\": \"" + vandaag.minusDays(1) + "\"}"))
                .hasStatusOk();
        assertThat(geldig(HttpMethod.PUT, pad, "{}")).hasStatusOk();

        List<ResultaatPvtMapZrouteGeregistreerd> antwoorden = TestPartner.wachtOp(kafka(),
                TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE, r -> TestPartner.bevat(r, bsn), 2).stream()
                .map(r -> AvroCodec.decode(r.value(), ResultaatPvtMapZrouteGeregistreerd.class)).toList();
        assertThat(antwoorden).allSatisfy(a -> {
            assertThat(a.getGemeentecode()).isEqualTo(AMSTERDAM);
            assertThat(a.getOnderdeel()).isEqualTo(OnderdeelPvtMapZroute.MAP);
            assertThat(a.getViaM2m()).isTrue();
        });
        assertThat(antwoorden.get(0).getDatum()).isEqualTo(vandaag.minusDays(1));
        assertThat(antwoorden.get(0).getIngetrokken()).isFalse();
        assertThat(antwoorden.get(1).getDatum()).isNull();
        assertThat(antwoorden.get(1).getIngetrokken()).isTrue();
    }

    @Test
    void een_via_de_m2m_api_afgewezen_pvt_bereikt_de_gemeente_met_dezelfde_redenen_als_de_403() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        assertThat(geldig(HttpMethod.PUT, "/personen/" + bsn + "/pvt",
                "{\"datumOndertekeningPvt\": \"" + vandaag.plusDays(1) + "\", \"verwijtbaar\": \"Nee\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);

        ResultaatPvtMapZrouteAfgewezen antwoord = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), ResultaatPvtMapZrouteAfgewezen.class);
        assertThat(antwoord.getViaM2m()).isTrue();
        assertThat(antwoord.getVerwijtbaar()).isFalse();
        assertThat(antwoord.getRedenen()).extracting(r -> r.getOmschrijving()).containsExactly(
                "De datum ondertekening PVT mag niet in de toekomst liggen.",
                "Als de datum ondertekening PVT voor de einddatum van de inburgeringstermijn ligt, mag"
                        + " 'Verwijtbaar (Ja/Nee)' niet geleverd worden.",
                "'Verwijtbaar' mag alleen 'Nee' zijn als de einddatum van de inburgeringstermijn binnen twee"
                        + " maanden valt.");
    }

    // ===== the M2M MAP, PVT en Z-route API 1.0.0 =====

    @Test
    void de_gemeente_levert_de_map_met_verwijtbaarheid_na_een_verlopen_termijn_en_ziet_de_datum_terug() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1,
                vandaag.minusYears(3), vandaag.minusDays(20));

        assertThat(geldig(HttpMethod.PUT, "/personen/" + bsn + "/map",
                "{\"datumEindgesprekMap\": \"" + vandaag.minusDays(2) + "\", \"verwijtbaar\": \"Ja\"}"))
                .hasStatusOk().hasHeader("API-Version", "1.0.0");

        assertThat(geldig(HttpMethod.GET, "/personen/" + bsn + "/map", null)).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"datumEindgesprekMap\": \"" + vandaag.minusDays(2) + "\"}");
        assertThat(jdbc.sql("select verwijtbaar from resultaat where bsn = ? and onderdeel = 'MAP'").param(bsn)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void een_pvt_dat_regels_breekt_krijgt_403_met_elke_reden_als_foutmelding() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        MvcTestResult antwoord = geldig(HttpMethod.PUT, "/personen/" + bsn + "/pvt",
                "{\"datumOndertekeningPvt\": \"" + vandaag.plusDays(1) + "\", \"verwijtbaar\": \"Nee\"}");

        assertThat(antwoord).hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson().extractingPath("$[*].fouttekst").asArray().containsExactly(
                        "De datum ondertekening PVT mag niet in de toekomst liggen.",
                        "Als de datum ondertekening PVT voor de einddatum van de inburgeringstermijn ligt, mag"
                                + " 'Verwijtbaar (Ja/Nee)' niet geleverd worden.",
                        "'Verwijtbaar' mag alleen 'Nee' zijn als de einddatum van de inburgeringstermijn binnen twee"
                                + " maanden valt.");
        assertThat(registraties(bsn)).isZero();
        assertThat(jdbc.sql("select kanaal from resultaat_afwijzing where bsn = ?").param(bsn).query(String.class)
                .single()).isEqualTo("M2M");
    }

    @Test
    void de_gemeente_rondt_de_zroute_af_en_trekt_de_datum_weer_in() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSVORMER, Leerroute.Z_ROUTE, Niveau.A2);
        String pad = "/personen/" + bsn + "/zroute";

        assertThat(geldig(HttpMethod.PUT, pad, "{\"datumAfrondingZroute\": \"" + vandaag + "\"}")).hasStatusOk();
        assertThat(datum(bsn, "ZROUTE")).isEqualTo(vandaag);

        assertThat(geldig(HttpMethod.PUT, pad, "{}")).hasStatusOk();
        assertThat(registraties(bsn)).isZero();
        assertThat(geldig(HttpMethod.PUT, pad, "{}")).as("niets meer om in te trekken")
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$[0].fouttekst").asString()
                .startsWith("Bij een wijziging");
    }

    @Test
    void de_zroute_afronden_voor_wie_de_b1_route_volgt_wordt_afgewezen() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        assertThat(geldig(HttpMethod.PUT, "/personen/" + bsn + "/zroute",
                "{\"datumAfrondingZroute\": \"" + vandaag + "\"}")).hasStatus(HttpStatus.FORBIDDEN).bodyJson()
                .extractingPath("$[*].fouttekst").asArray().containsExactly(
                        "De actuele PIP van de inburgeringsplichtige is niet de Z-route.",
                        "Niveau B1 mag niet in combinatie met de Z-route.");
    }

    @Test
    void zonder_geregistreerde_datum_of_van_een_onbekende_persoon_is_er_niets_gevonden() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);

        assertThat(geldig(HttpMethod.GET, "/personen/" + bsn + "/pvt", null)).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(geldig(HttpMethod.GET, "/personen/" + TestBsn.nieuw() + "/map", null))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(HttpMethod.PUT, "/personen/" + TestBsn.nieuw() + "/pvt",
                "{\"datumOndertekeningPvt\": \"" + vandaag + "\"}")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_verzoek_met_een_fout_bsn_zonder_bron_en_een_ongeldige_body_meldt_alle_problemen() {
        HttpHeaders headers = headers(AMSTERDAM_OIN, AMSTERDAM);
        headers.remove("bron");

        MvcTestResult antwoord = vraag(HttpMethod.PUT, "/personen/123456780/map", headers,
                "{\"datumEindgesprekMap\": \"31-12-2026\", \"verwijtbaar\": \"Misschien\"}");

        assertThat(fouten(M2mSpec.MAP_PVT_ZROUTE.valideerVerzoek(antwoord.getMvcResult()))).isNotEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).hasHeader("API-Version", "1.0.0").bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray()
                .containsExactlyInAnyOrder("bsn", "bron", "datumEindgesprekMap", "verwijtbaar");
    }

    @Test
    void een_gemeente_waarvoor_de_persoon_niet_relevant_is_ziet_en_levert_niets() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);
        geldig(HttpMethod.PUT, "/personen/" + bsn + "/pvt", "{\"datumOndertekeningPvt\": \"" + vandaag + "\"}");

        MvcTestResult lezen = vraag(HttpMethod.GET, "/personen/" + bsn + "/pvt", headers(ROTTERDAM_OIN, ROTTERDAM),
                null);
        assertThat(lezen).as("zoals een onbekende persoon").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(lezen).bodyText().doesNotContain(vandaag.toString());
        assertThat(fouten(M2mSpec.MAP_PVT_ZROUTE.valideerVerzoek(lezen.getMvcResult()))).isEmpty();
        assertThat(vraag(HttpMethod.PUT, "/personen/" + bsn + "/map", headers(ROTTERDAM_OIN, ROTTERDAM),
                "{\"datumEindgesprekMap\": \"" + vandaag + "\"}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(registraties(bsn)).isOne();
    }

    @Test
    void de_vorige_gemeente_mag_de_persoon_nog_een_maand_zien_maar_levert_geen_resultaat_meer() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE, Niveau.B1);
        geldig(HttpMethod.PUT, "/personen/" + bsn + "/pvt", "{\"datumOndertekeningPvt\": \"" + vandaag + "\"}");
        // Rotterdam had the earlier PIP; Amsterdam's actuele PIP is younger than a month (clause 4).
        opbouw.leg(bsn, () -> {
            PipEntity actuele = pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn).orElseThrow();
            pips.delete(actuele);
            pips.save(new PipEntity(bsn, pip(ROTTERDAM, vandaag.minusYears(1).minusDays(1), Leerroute.B1_ROUTE,
                    Niveau.B1), false, false, null, null, Kanaal.M2M, vandaag.minusYears(1)));
            pips.save(new PipEntity(bsn, pip(AMSTERDAM, vandaag.minusDays(3), Leerroute.B1_ROUTE, Niveau.B1), false,
                    false, null, null, Kanaal.M2M, vandaag.minusDays(3)));
        });
        HttpHeaders rotterdam = headers(ROTTERDAM_OIN, ROTTERDAM);

        assertThat(vraag(HttpMethod.GET, "/personen/" + bsn + "/pvt", rotterdam, null)).hasStatusOk();
        MvcTestResult schrijven = vraag(HttpMethod.PUT, "/personen/" + bsn + "/pvt", headers(ROTTERDAM_OIN, ROTTERDAM),
                "{\"datumOndertekeningPvt\": \"" + vandaag.minusDays(1) + "\"}");
        assertThat(schrijven).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$[0].fouttekst").asString()
                .startsWith("Niet geautoriseerd");
        assertThat(datum(bsn, "PVT")).isEqualTo(vandaag);
    }

    // --- arrange ---

    /** A plichtige ingeschreven in Amsterdam, without a PIP. */
    private String plichtige(GedetailleerdeDoelgroep doelgroep) {
        String bsn = TestBsn.nieuw();
        Verblijfsdoel doel = doelgroep == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER ? Verblijfsdoel.ASIEL
                : Verblijfsdoel.GEZINSHERENIGING;
        LocalDate begin = vandaag.minusYears(3).minusMonths(1);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "6" + bsn, AMSTERDAM,
                new Verblijfsgegevens(doel, false, "ER", LocalDate.of(1991, 2, 3), begin, begin), begin);
        plicht.plichtig(begin, doelgroep, begin);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }

    /** A plichtige with Amsterdam's actuele PIP in the leerroute, his termijn from a year ago for three years. */
    private String inDeRoute(GedetailleerdeDoelgroep doelgroep, Leerroute leerroute, Niveau niveau) {
        return inDeRoute(doelgroep, leerroute, niveau, vandaag.minusYears(1), vandaag.plusYears(2));
    }

    private String inDeRoute(GedetailleerdeDoelgroep doelgroep, Leerroute leerroute, Niveau niveau, LocalDate start,
            LocalDate einde) {
        String bsn = plichtige(doelgroep);
        LocalDate dagtekening = start.minusDays(1);
        opbouw.leg(bsn, () -> {
            pips.save(new PipEntity(bsn, pip(AMSTERDAM, dagtekening, leerroute, niveau), false, false, null, null,
                    Kanaal.STELSELDIENST, dagtekening));
            termijnen.save(new InburgeringstermijnEntity(bsn, AMSTERDAM, new Inburgeringstermijn(start, einde),
                    dagtekening, dagtekening));
        });
        return bsn;
    }

    private static Pip pip(String gemeente, LocalDate dagtekening, Leerroute leerroute, Niveau niveau) {
        return new Pip(dagtekening, leerroute, niveau, null, Alfabetisering.NVT, gemeente);
    }

    private LocalDate datum(String bsn, String onderdeel) {
        return jdbc.sql("select datum from resultaat where bsn = ? and onderdeel = ?").params(bsn, onderdeel)
                .query(LocalDate.class).optional().orElse(null);
    }

    private long registraties(String bsn) {
        return jdbc.sql("select count(*) from resultaat where bsn = ?").param(bsn).query(Long.class).single();
    }

    private List<String> redenen(String bsn) {
        return jdbc.sql("select r.code from resultaat_afwijzing a join resultaat_afwijzing_reden r"
                + " on r.afwijzing_id = a.id where a.bsn = ? order by a.afgewezen_op, r.volgnummer").param(bsn)
                .query(String.class).list();
    }

    // --- act, through the broker and with the spec checks ---

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void gemeenteLevert(String bsn, SpecificRecord event) {
        TestPartner.publiceer(kafka(), "g-" + bsn, event);
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    private HttpHeaders headers(String oin, String gemeentecode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION,
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, oin).bearer());
        headers.set("bron", oin);
        headers.set("doel", duoOin);
        headers.set("berichtId", UUID.randomUUID().toString());
        return headers;
    }

    /** A request of Amsterdam that follows the spec: checked as such; its berichtId comes back. */
    private MvcTestResult geldig(HttpMethod methode, String pad, String body) {
        HttpHeaders headers = headers(AMSTERDAM_OIN, AMSTERDAM);
        MvcTestResult antwoord = vraag(methode, pad, headers, body);
        assertThat(fouten(M2mSpec.MAP_PVT_ZROUTE.valideerVerzoek(antwoord.getMvcResult()))).as("verzoek volgens de spec")
                .isEmpty();
        assertThat(antwoord).hasHeader("berichtId", headers.getFirst("berichtId"));
        return antwoord;
    }

    /** Any request: the response must follow the spec. */
    private MvcTestResult vraag(HttpMethod methode, String pad, HttpHeaders headers, String body) {
        return M2mSpec.MAP_PVT_ZROUTE.vraag(mvc, methode, pad, headers, body);
    }
}
