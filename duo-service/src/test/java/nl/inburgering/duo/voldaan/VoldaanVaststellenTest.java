package nl.inburgering.duo.voldaan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.examen.application.Examen;
import nl.inburgering.duo.examen.application.ExamenAanmelden;
import nl.inburgering.duo.examen.application.ExamensHandler;
import nl.inburgering.duo.examen.application.UitslagVaststellen;
import nl.inburgering.duo.examen.domain.Niveau;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.duo.examen.domain.Uitslag;
import nl.inburgering.duo.inspanning.application.InspanningVastleggen;
import nl.inburgering.duo.inspanning.application.InspanningVastleggenHandler;
import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.Route;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggen;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggenHandler;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Vaststellen voldaan (seed §8) against a real broker and PostgreSQL: the facts arrive through the real handlers
 * (examens, results of PVT, MAP and Z-route, inspanning), and the one that completes the leerroute makes DUO beschikken
 * in its own transaction: #10 to the gemeente and to IND, the waardepapier, the plicht ended in the core (#3 beëindigd
 * with reden "Inburgeringsplicht voldaan", {@link PlichtBeeindigd}); once only. IND asks for the beschikking at the
 * source (§15.2).
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@RecordApplicationEvents
@DirtiesContext
class VoldaanVaststellenTest {

    private static final String AMSTERDAM = "0363";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String IND_OIN = "00000001003214369000";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

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
    @Autowired
    ExamensHandler examens;
    @Autowired
    ResultaatVastleggenHandler resultaten;
    @Autowired
    InspanningVastleggenHandler inspanning;
    @Autowired
    ApplicationEvents events;
    @Autowired
    nl.inburgering.duo.dossier.api.Plichtwijziging plichtwijziging;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactie;

    private final LocalDate vandaag = LocalDate.now(NL);

    // ===== B1-route =====

    @Test
    void een_gezinsmigrant_die_in_de_b1_route_het_laatste_examen_haalt_heeft_voldaan_en_krijgt_zijn_diploma() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.MAP, vandaag.minusDays(50));
        geslaagd(bsn, Onderdeel.KNM, null, vandaag.minusDays(40));
        geslaagd(bsn, Onderdeel.LE, Niveau.B1, vandaag.minusDays(30));
        geslaagd(bsn, Onderdeel.LU, Niveau.B1, vandaag.minusDays(20));
        geslaagd(bsn, Onderdeel.SC, Niveau.B2, vandaag.minusDays(15));
        assertThat(beschikkingen(bsn)).as("nog een onderdeel te gaan").isZero();

        geslaagd(bsn, Onderdeel.SP, Niveau.B1, vandaag.minusDays(10));

        InburgeringsplichtVoldaan voorDeGemeente = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.BESCHIKKING_VOLDAAN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), InburgeringsplichtVoldaan.class);
        assertThat(voorDeGemeente.getDatumVoldaan()).isEqualTo(vandaag.minusDays(10));
        assertThat(voorDeGemeente.getDatumBeschikking()).isEqualTo(vandaag);
        assertThat(voorDeGemeente.getLeerroute().name()).isEqualTo("B1_ROUTE");
        assertThat(voorDeGemeente.getWaardepapier().name()).isEqualTo("INBURGERINGSDIPLOMA");
        assertThat(TestPartner.wachtOp(kafka(), TopicCatalogue.BESCHIKKING_VOLDAAN.topicVoor(
                nl.inburgering.contracts.Afnemer.van(nl.inburgering.contracts.Ketenpartner.IND)),
                r -> TestPartner.bevat(r, bsn))).as("IND krijgt #10 op zijn eigen topic").isNotNull();

        InburgeringsplichtBeeindigd beeindigd = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn) && type(r).endsWith("inburgeringsplicht-beeindigd")).value(),
                InburgeringsplichtBeeindigd.class);
        assertThat(beeindigd.getRedenGeenInburgeringsplicht())
                .isEqualTo(RedenGeenInburgeringsplicht.INBURGERINGSPLICHT_VOLDAAN);
        assertThat(beeindigd.getEinddatum()).isEqualTo(vandaag.minusDays(10));

        assertThat(plichten.findById(bsn).orElseThrow().getStatus())
                .isEqualTo(InburgeringsplichtEntity.Status.NIET_PLICHTIG);
        assertThat(events.stream(PlichtBeeindigd.class).filter(e -> e.bsn().value().equals(bsn)))
                .singleElement().satisfies(e -> {
                    assertThat(e.reden()).isEqualTo(PlichtBeeindigd.Reden.VOLDAAN);
                    assertThat(e.einddatum()).isEqualTo(vandaag.minusDays(10));
                });
        assertThat(waardepapieren(bsn)).containsExactly("INBURGERINGSDIPLOMA aan INBURGERAAR");
    }

    @Test
    void een_gedeeltelijke_vrijstelling_van_het_laatste_open_onderdeel_maakt_de_plicht_voldaan() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.MAP, vandaag.minusDays(50));
        for (Onderdeel onderdeel : List.of(Onderdeel.LE, Onderdeel.LU, Onderdeel.SC, Onderdeel.KNM)) {
            geslaagd(bsn, onderdeel, onderdeel == Onderdeel.KNM ? null : Niveau.B1, vandaag.minusDays(30));
        }
        assertThat(beschikkingen(bsn)).as("spreekvaardigheid staat nog open").isZero();

        transactie.executeWithoutResult(t -> plichtwijziging.onderdelenVervallen(Bsn.of(bsn),
                java.util.Set.of(nl.inburgering.duo.dossier.api.Plichtonderdeel.SP)));

        assertThat(beschikkingen(bsn)).as("het vrijgestelde onderdeel telt als behaald").isEqualTo(1);
    }

    @Test
    void een_feit_na_voldaan_verandert_niets_meer() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSVORMER, Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.MAP, vandaag.minusDays(50));
        for (Onderdeel onderdeel : List.of(Onderdeel.LE, Onderdeel.LU, Onderdeel.SC, Onderdeel.SP)) {
            geslaagd(bsn, onderdeel, Niveau.B1, vandaag.minusDays(30));
        }
        geslaagd(bsn, Onderdeel.KNM, null, vandaag.minusDays(20));
        assertThat(beschikkingen(bsn)).isEqualTo(1);

        geslaagd(bsn, Onderdeel.LE, Niveau.B2, vandaag.minusDays(5));

        assertThat(beschikkingen(bsn)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_event where topic like 'duo.beschikking-voldaan-%' and"
                + " partitiesleutel = (select partitiesleutel from outbox_event where topic like 'duo.beschikking-voldaan-%'"
                + " order by tijd desc limit 1)").query(Long.class).single())
                .as("één #10 per afnemer (gemeente en IND), niet opnieuw").isEqualTo(2);
        assertThat(jdbc.sql("select datum_voldaan from beschikking_voldaan where bsn = ?").param(bsn)
                .query(LocalDate.class).single()).isEqualTo(vandaag.minusDays(20));
    }

    @Test
    void zonder_afgeronde_map_is_de_b1_route_nog_niet_voldaan_en_blijft_de_plicht() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        for (Onderdeel onderdeel : List.of(Onderdeel.LE, Onderdeel.LU, Onderdeel.SC, Onderdeel.SP)) {
            geslaagd(bsn, onderdeel, Niveau.B1, vandaag.minusDays(30));
        }
        geslaagd(bsn, Onderdeel.KNM, null, vandaag.minusDays(20));

        assertThat(beschikkingen(bsn)).isZero();
        assertThat(plichten.findById(bsn).orElseThrow().getStatus()).isEqualTo(InburgeringsplichtEntity.Status.PLICHTIG);
    }

    // ===== onderwijsroute and Z-route =====

    @Test
    void in_de_onderwijsroute_maakt_het_afgeronde_taalschakeltraject_de_plicht_voldaan() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.GEZINSHERENIGER, Leerroute.ONDERWIJSROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        for (Onderdeel onderdeel : List.of(Onderdeel.LE, Onderdeel.LU, Onderdeel.SC, Onderdeel.SP)) {
            geslaagd(bsn, onderdeel, Niveau.B1, vandaag.minusDays(30));
        }
        geslaagd(bsn, Onderdeel.KNM, null, vandaag.minusDays(20));
        assertThat(beschikkingen(bsn)).isZero();

        inspanning.handle(new InspanningVastleggen(Bsn.of(bsn), Route.INSTELLING, null, new Inspanning("12345",
                "ONDERWIJSROUTE", vandaag.minusDays(3), vandaag.minusYears(1), 600, 580, 0, true,
                vandaag.minusDays(7), "TAALSCHAKELTRAJECT_AFGEROND")));

        assertThat(jdbc.sql("select leerroute || ' ' || datum_voldaan || ' ' || waardepapier from beschikking_voldaan"
                + " where bsn = ?").param(bsn).query(String.class).single())
                .isEqualTo("ONDERWIJSROUTE " + vandaag.minusDays(7) + " INBURGERINGSDIPLOMA");
    }

    @Test
    void een_asielstatushouder_die_de_zroute_afrondt_heeft_voldaan_en_zijn_certificaat_gaat_naar_de_gemeente() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, Leerroute.Z_ROUTE, null);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.MAP, vandaag.minusDays(50));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PARTICIPATIE, vandaag.minusDays(40));
        assertThat(beschikkingen(bsn)).isZero();

        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.ZROUTE, vandaag.minusDays(8));

        InburgeringsplichtVoldaan voorDeGemeente = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.BESCHIKKING_VOLDAAN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), InburgeringsplichtVoldaan.class);
        assertThat(voorDeGemeente.getLeerroute().name()).isEqualTo("ZELFREDZAAMHEIDSROUTE");
        assertThat(voorDeGemeente.getWaardepapier().name()).isEqualTo("INBURGERINGSCERTIFICAAT");
        assertThat(voorDeGemeente.getDatumVoldaan()).isEqualTo(vandaag.minusDays(8));
        assertThat(waardepapieren(bsn)).containsExactly("INBURGERINGSCERTIFICAAT aan GEMEENTE 0363");
    }

    // ===== IND asks at the source (§15.2) =====

    @Test
    void ind_vraagt_de_beschikking_voldaan_bij_de_bron_en_een_gemeente_mag_dat_niet() {
        String bsn = inDeRoute(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, Leerroute.Z_ROUTE, null);
        String zoek = "{\"bsn\": \"" + bsn + "\"}";
        assertThat(zoek(IND_OIN, zoek)).as("nog niet voldaan").hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PVT, vandaag.minusDays(60));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.MAP, vandaag.minusDays(50));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.PARTICIPATIE, vandaag.minusDays(40));
        resultaat(bsn, nl.inburgering.duo.resultaten.domain.Onderdeel.ZROUTE, vandaag.minusDays(8));

        assertThat(zoek(IND_OIN, zoek)).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"datumBeschikking": "%s", "datumVoldaan": "%s", "leerroute": "Z_ROUTE",
                 "waardepapier": "INBURGERINGSCERTIFICAAT"}""".formatted(vandaag, vandaag.minusDays(8)));
        assertThat(zoek(AMSTERDAM_OIN, zoek)).as("een gemeentesysteem vraagt het niet bij de bron")
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(zoek(IND_OIN, "{\"bsn\": \"123\"}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.invalidParams[0].name").isEqualTo("bsn");
        assertThat(zoek(IND_OIN, "{\"bsn\": \"" + TestBsn.nieuw() + "\"}")).as("onbekend bij DUO")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from logboek_dataverwerking where processing_activity_id like '%beschikking-voldaan-raadplegen'")
                .query(Long.class).single()).as("elke raadpleging van een beschikking in het Logboek")
                .isPositive();
    }

    // --- arrange ---

    private String inDeRoute(GedetailleerdeDoelgroep doelgroep, Leerroute leerroute,
            nl.inburgering.duo.pip.domain.Niveau niveau) {
        String bsn = TestBsn.nieuw();
        Verblijfsdoel doel = doelgroep == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER ? Verblijfsdoel.ASIEL
                : Verblijfsdoel.GEZINSHERENIGING;
        LocalDate begin = vandaag.minusYears(1).minusMonths(1);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "7" + bsn, AMSTERDAM,
                new Verblijfsgegevens(doel, false, "ER", LocalDate.of(1991, 2, 3), begin, begin, false), begin);
        plicht.plichtig(begin, doelgroep, begin);
        LocalDate start = vandaag.minusYears(1);
        LocalDate dagtekening = start.minusDays(1);
        opbouw.leg(bsn, () -> {
            plichten.save(plicht);
            pips.save(new PipEntity(bsn, new Pip(dagtekening, leerroute, niveau, null, Alfabetisering.NVT, AMSTERDAM),
                    false, false, null, null, Kanaal.STELSELDIENST, dagtekening));
            termijnen.save(new InburgeringstermijnEntity(bsn, AMSTERDAM,
                    new Inburgeringstermijn(start, start.plusYears(3)), dagtekening, dagtekening));
        });
        return bsn;
    }

    // --- act, through the real handlers ---

    private void geslaagd(String bsn, Onderdeel onderdeel, Niveau niveau, LocalDate examendatum) {
        Examen examen = examens.aanmelden(new ExamenAanmelden(Bsn.of(bsn), onderdeel, niveau));
        examens.plannen(examen.id(), examendatum);
        examens.uitslag(new UitslagVaststellen(examen.id(), Uitslag.GESLAAGD, null));
    }

    private void resultaat(String bsn, nl.inburgering.duo.resultaten.domain.Onderdeel onderdeel, LocalDate datum) {
        assertThat(resultaten.handle(new ResultaatVastleggen(Bsn.of(bsn), AMSTERDAM,
                new Resultaat(onderdeel, datum, null), nl.inburgering.duo.resultaten.domain.Kanaal.M2M)))
                .as("resultaat " + onderdeel + " geregistreerd")
                .isInstanceOf(nl.inburgering.duo.resultaten.application.Resultaatregistratie.Geregistreerd.class);
    }

    private MvcTestResult zoek(String oin, String body) {
        return mvc.post().uri("/api/v1/beschikkingen-voldaan/_zoek").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM)
                        .oin(oin).bearer())
                .content(body).exchange();
    }

    // --- assert ---

    private long beschikkingen(String bsn) {
        return jdbc.sql("select count(*) from beschikking_voldaan where bsn = ?").param(bsn).query(Long.class)
                .single();
    }

    private List<String> waardepapieren(String bsn) {
        return jdbc.sql("select soort || ' aan ' || verstrekt_aan || coalesce(' ' || gemeentecode, '')"
                + " from waardepapier where bsn = ?").param(bsn).query(String.class).list();
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
