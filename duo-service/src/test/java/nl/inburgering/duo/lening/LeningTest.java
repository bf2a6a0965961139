package nl.inburgering.duo.lening;

import static nl.inburgering.duo.MvcVerzoeken.veld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Factuuroordeel;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.event.FactuurBeoordeeld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.MvcVerzoeken;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * De lening (seed §12) at DUO against a real broker and PostgreSQL: the backoffice registers the aanvraag and
 * decides; the instelling's factuur arrives on instelling.facturen.v1 and waits for the inburgeraar's goedkeuring;
 * DUO checks it and pays it from the lening or refuses it with every reason, and tells the instelling
 * (duo.factuurbeoordelingen.v1 per instelling); when the plicht ends the debiteur pays back what was besteed.
 */
// 67890 (Taalschool Noord) is an instelling DUO knows without a keurmerk: its judgement goes to a topic of its own
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.instellingen=12345,67890" },
        webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class LeningTest {

    private static final String AMSTERDAM = "0363";
    private static final String INSTELLING = ContractEvents.INSTELLINGSNUMMER;
    /** In keten.duo.instellingen (DUO knows it) but not in the keurmerk register keten.duo.pip.erkende-instellingen. */
    private static final String ZONDER_KEURMERK = "67890";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    PipRepository pips;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    Plichtbeeindiging plichtbeeindiging;
    @Autowired
    ApplicationEventPublisher gebeurtenissen;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock klok;
    @Value("${keten.oin}")
    String duoOin;

    private final LocalDate vandaag = LocalDate.now(NL);

    @Test
    void een_gezinsmigrant_leent_en_de_goedgekeurde_factuur_van_een_erkende_instelling_wordt_uit_de_lening_betaald() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "5000.00");

        String factuur = factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "1250.00");
        MvcTestResult nogNiet = backoffice(HttpMethod.GET, "/api/v1/leningen/" + lening, null);
        assertThat(nogNiet).bodyJson().extractingPath("$.facturen[0].status").isEqualTo("WACHT_OP_GOEDKEURING");

        MvcTestResult goedgekeurd = goedkeuring(lening, factuur, "ELEKTRONISCH");

        assertThat(goedgekeurd).hasStatusOk();
        assertThat(goedgekeurd).bodyJson().extractingPath("$.facturen[0].status").isEqualTo("BETAALBAAR_GESTELD");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.facturen[0].betaaldOp").isEqualTo(vandaag.toString());
        assertThat(goedgekeurd).bodyJson().extractingPath("$.facturen[0].goedkeuring").isEqualTo("ELEKTRONISCH");
        assertThat(bedrag(goedgekeurd, "$.besteedBedrag")).isEqualByComparingTo("1250.00");
        assertThat(bedrag(goedgekeurd, "$.restant")).isEqualByComparingTo("3750.00");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[*].gebeurtenis").asArray().containsExactly(
                "AANGEVRAAGD", "TOEGEKEND", "FACTUUR_ONTVANGEN", "FACTUUR_GOEDGEKEURD", "FACTUUR_BETAALBAAR_GESTELD");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[*].door").asArray().containsExactly(
                "test-client", "test-client", "systeem", "test-client", "systeem");

        FactuurBeoordeeld bericht = beoordeling("F-" + bsn + "-1");
        assertThat(bericht.getOordeel()).isEqualTo(Factuuroordeel.BETAALBAAR_GESTELD);
        assertThat(bericht.getBedragBetaalbaar()).isEqualByComparingTo("1250.00");
        assertThat(bericht.getRedenenAfwijzing()).isEmpty();
        assertThat(bericht.getDatumBeoordeling()).isEqualTo(vandaag);

        assertThat(goedkeuring(lening, factuur, "ELEKTRONISCH")).hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void de_inburgeraar_keurt_zijn_eigen_factuur_goed_met_DigiD_en_die_van_een_ander_bestaat_voor_hem_niet() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "5000.00");
        String factuur = factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "900.00");
        String ander = opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));
        String pad = "/api/v1/mijn-lening/facturen/" + factuur + "/goedkeuring";

        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.POST, pad, null, inburgeraar(ander)))
                .hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.POST, pad, null,
                TestTokens.voor("duo-service").rol(Rol.INBURGERAAR).bearer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.POST, pad, null,
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer()))
                .hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult goedgekeurd = MvcVerzoeken.vraag(mvc, HttpMethod.POST, pad, null, inburgeraar(bsn));

        assertThat(goedgekeurd).hasStatusOk().bodyJson().extractingPath("$.facturen[0].status")
                .isEqualTo("BETAALBAAR_GESTELD");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[3].door").isEqualTo("inburgeraar (DigiD)");
        assertThat(beoordeling("F-" + bsn + "-1").getOordeel()).isEqualTo(Factuuroordeel.BETAALBAAR_GESTELD);
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.GET, "/api/v1/mijn-lening", null, inburgeraar(bsn)))
                .hasStatusOk().bodyJson().extractingPath("$[0].besteedBedrag").isEqualTo(900.0);
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.GET, "/api/v1/mijn-lening", null, inburgeraar(ander)))
                .hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(0);
    }

    @Test
    void elke_stap_van_de_lening_staat_in_de_historie_met_wie_wanneer_en_waarom() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        Instant voorAanvraag = klok.instant();
        String lening = veld(aanvraag(bsn, "4000.00"), "$.id");
        Instant voorBeslissing = klok.instant();
        backoffice(HttpMethod.POST, "/api/v1/leningen/" + lening + "/beslissing", """
                {"oordeel": "TOEKENNING", "bedrag": 3500.00,
                 "toelichting": "Toegekend tot EUR 3500: de offerte van de instelling."}""");
        String factuur = factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "600.00");
        Instant voorGoedkeuring = klok.instant();
        MvcTestResult goedgekeurd = MvcVerzoeken.vraag(mvc, HttpMethod.POST,
                "/api/v1/mijn-lening/facturen/" + factuur + "/goedkeuring", null, inburgeraar(bsn));
        Instant na = klok.instant();

        assertThat(goedgekeurd).hasStatusOk().bodyJson().extractingPath("$.historie[*].gebeurtenis").asArray()
                .containsExactly("AANGEVRAAGD", "TOEGEKEND", "FACTUUR_ONTVANGEN", "FACTUUR_GOEDGEKEURD",
                        "FACTUUR_BETAALBAAR_GESTELD");
        // who: the backoffice's client for its own steps, the inburgeraar (never his BSN) for his goedkeuring
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[0].door").isEqualTo("test-client");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[1].door").isEqualTo("test-client");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[3].door").isEqualTo("inburgeraar (DigiD)");
        assertThat(tekst(goedgekeurd, "$.historie[*].door")).doesNotContain(bsn);
        // why: the toelichting the backoffice gave, and how the inburgeraar approved
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[0].toelichting")
                .isEqualTo("Aanvraag lening ontvangen via Mijn DUO.");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[1].toelichting")
                .isEqualTo("Toegekend tot EUR 3500: de offerte van de instelling.");
        assertThat(goedgekeurd).bodyJson().extractingPath("$.historie[3].toelichting").asString()
                .contains("Goedgekeurd door de inburgeraar in Mijn DUO", "DigiD");
        // when: the service clock at the moment of the step, each in the order they were taken
        assertThat(moment(goedgekeurd, 0)).isBetween(afgerond(voorAanvraag), afgerond(voorBeslissing).plusMillis(1));
        assertThat(moment(goedgekeurd, 1)).isBetween(afgerond(voorBeslissing), afgerond(voorGoedkeuring).plusMillis(1));
        assertThat(moment(goedgekeurd, 3)).isBetween(afgerond(voorGoedkeuring), afgerond(na).plusMillis(1));
        assertThat(moment(goedgekeurd, 4)).isBetween(moment(goedgekeurd, 3), afgerond(na).plusMillis(1));
    }

    @Test
    void een_factuur_van_een_instelling_zonder_keurmerk_wordt_afgewezen_en_de_instelling_hoort_waarom() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "5000.00");
        TestPartner.publiceer(kafka(), bsn, ContractEvents.factuurIngediend().setBsn(bsn)
                .setFactuurnummer("F-" + bsn + "-1").setInstellingsnummer(ZONDER_KEURMERK)
                .setLeerroute(Leerroute.B1_ROUTE).setNiveau(NiveauPip.B1).setBedrag(new BigDecimal("750.00")).build());
        String factuur = factuurId(lening, "F-" + bsn + "-1");

        MvcTestResult beoordeeld = goedkeuring(lening, factuur, "ELEKTRONISCH");

        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[0].status").isEqualTo("AFGEWEZEN");
        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[0].redenenAfwijzing").asArray().singleElement()
                .asString().contains("niet erkend", "keurmerk", "Blik op Werk");
        assertThat(bedrag(beoordeeld, "$.besteedBedrag")).isEqualByComparingTo("0");
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(),
                TopicCatalogue.FACTUURBEOORDELINGEN.topicVoor(Afnemer.instelling(ZONDER_KEURMERK)),
                r -> TestPartner.bevat(r, "F-" + bsn + "-1"));
        FactuurBeoordeeld bericht = AvroCodec.decode(record.value(), FactuurBeoordeeld.class);
        assertThat(bericht.getOordeel()).isEqualTo(Factuuroordeel.AFGEWEZEN);
        assertThat(bericht.getInstellingsnummer()).isEqualTo(ZONDER_KEURMERK);
        assertThat(bericht.getBedragBetaalbaar()).isEqualByComparingTo("0");
        assertThat(bericht.getRedenenAfwijzing()).singleElement().asString().contains("keurmerk");
    }

    @Test
    void dezelfde_factuur_nogmaals_verstuurd_wordt_een_keer_geregistreerd() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "5000.00");
        factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "100.00");

        publiceerFactuur(bsn, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "100.00");
        publiceerFactuur(bsn, "F-" + bsn + "-2", Leerroute.B1_ROUTE, NiveauPip.B1, "200.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                backoffice(HttpMethod.GET, "/api/v1/leningen/" + lening, null)).bodyJson()
                .extractingPath("$.facturen[*].factuurnummer").asArray()
                .containsExactly("F-" + bsn + "-1", "F-" + bsn + "-2"));
    }

    @Test
    void een_factuur_voor_het_pip_is_vastgesteld_wordt_afgewezen_en_de_instelling_hoort_waarom() {
        String bsn = opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));
        String lening = toegekend(bsn, "5000.00");
        String factuur = factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "800.00");

        MvcTestResult beoordeeld = goedkeuring(lening, factuur, "PAPIER");

        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[0].status").isEqualTo("AFGEWEZEN");
        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[0].goedkeuring").isEqualTo("PAPIER");
        assertThat(bedrag(beoordeeld, "$.besteedBedrag")).isEqualByComparingTo("0");
        FactuurBeoordeeld bericht = beoordeling("F-" + bsn + "-1");
        assertThat(bericht.getOordeel()).isEqualTo(Factuuroordeel.AFGEWEZEN);
        assertThat(bericht.getBedragBetaalbaar()).isEqualByComparingTo("0");
        assertThat(bericht.getRedenenAfwijzing()).singleElement().asString().contains("PIP", "vastgesteld");
    }

    @Test
    void een_factuur_die_niet_de_leerroute_en_het_niveau_van_het_pip_volgt_wordt_afgewezen_met_elke_reden() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "5000.00");
        String factuur = factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.ONDERWIJSROUTE, NiveauPip.A2,
                "800.00");

        MvcTestResult beoordeeld = goedkeuring(lening, factuur, "ELEKTRONISCH");

        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[0].redenenAfwijzing").asArray()
                .containsExactly("De opleiding volgt niet de leerroute van het PIP.",
                        "Het niveau van de opleiding is lager dan dat van het PIP.");
        assertThat(beoordeling("F-" + bsn + "-1").getRedenenAfwijzing()).hasSize(2);
    }

    @Test
    void een_factuur_uit_de_onderwijsroute_heeft_geen_niveau_en_wordt_alleen_op_de_leerroute_van_het_pip_beoordeeld() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "5000.00");
        // the instelling names a niveau only within the B1-route (FactuurIngediend carries ONBEKEND elsewhere)
        String factuur = factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.ONDERWIJSROUTE,
                NiveauPip.ONBEKEND, "800.00");

        MvcTestResult beoordeeld = goedkeuring(lening, factuur, "ELEKTRONISCH");

        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[0].redenenAfwijzing").asArray()
                .containsExactly("De opleiding volgt niet de leerroute van het PIP.");
    }

    @Test
    void een_factuur_boven_wat_er_van_de_lening_over_is_wordt_geheel_afgewezen_met_het_restant_in_de_reden() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "1000.00");
        goedkeuring(lening, factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1,
                "700.00"), "ELEKTRONISCH");
        String tweede = factuurOntvangen(bsn, lening, "F-" + bsn + "-2", Leerroute.B1_ROUTE, NiveauPip.B1, "300.01");

        MvcTestResult beoordeeld = goedkeuring(lening, tweede, "ELEKTRONISCH");

        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[1].status").isEqualTo("AFGEWEZEN");
        assertThat(beoordeeld).bodyJson().extractingPath("$.facturen[1].redenenAfwijzing[0]").asString()
                .contains("hoger dan wat er van de lening over is", "300.00");
        assertThat(bedrag(beoordeeld, "$.besteedBedrag")).isEqualByComparingTo("700.00");
        assertThat(beoordeling("F-" + bsn + "-2").getOordeel()).isEqualTo(Factuuroordeel.AFGEWEZEN);
    }

    @Test
    void na_een_vertrek_uit_Nederland_betaalt_de_debiteur_het_bestede_bedrag_terug_en_een_lager_inkomen_verlaagt_de_termijn() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "8000.00");
        goedkeuring(lening, factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1,
                "6000.00"), "ELEKTRONISCH");

        opbouw.leg(bsn, () -> plichtbeeindiging.beeindig(Bsn.of(bsn), PlichtBeeindigd.Reden.VERTREK_UIT_NEDERLAND,
                vandaag.minusDays(1)));

        MvcTestResult terug = backoffice(HttpMethod.GET, "/api/v1/leningen/" + lening, null);
        assertThat(terug).bodyJson().extractingPath("$.status").isEqualTo("TERUG_TE_BETALEN");
        assertThat(terug).bodyJson().extractingPath("$.redenEindeRecht").isEqualTo("VERTREK_UIT_NEDERLAND");
        assertThat(bedrag(terug, "$.termijnbedrag")).isEqualByComparingTo("50.00");
        assertThat(terug).bodyJson().extractingPath("$.aantalTermijnen").isEqualTo(120);
        assertThat(terug).bodyJson().extractingPath("$.incassoVanaf").isEqualTo(vandaag.plusMonths(6).toString());
        assertThat(terug).bodyJson().extractingPath("$.historie[-1].gebeurtenis").isEqualTo("TERUGBETALING_VASTGESTELD");

        MvcTestResult draagkracht = backoffice(HttpMethod.POST, "/api/v1/leningen/" + lening + "/draagkracht", """
                {"jaarinkomen": 26000.00, "toelichting": "Verzoek verlagen maandbedrag: inkomen gedaald."}""");

        assertThat(draagkracht).hasStatusOk();
        assertThat(bedrag(draagkracht, "$.termijnbedrag")).isEqualByComparingTo("20.00");
        assertThat(draagkracht).bodyJson().extractingPath("$.incassoVanaf").isEqualTo(vandaag.plusMonths(6).toString());
        assertThat(draagkracht).bodyJson().extractingPath("$.historie[-1].gebeurtenis")
                .isEqualTo("DRAAGKRACHT_VASTGESTELD");

        String naEinde = factuurOntvangen(bsn, lening, "F-" + bsn + "-2", Leerroute.B1_ROUTE, NiveauPip.B1, "100.00");
        assertThat(goedkeuring(lening, naEinde, "ELEKTRONISCH")).bodyJson()
                .extractingPath("$.facturen[1].redenenAfwijzing").asArray()
                .contains("De inburgeringsplicht is beëindigd: er worden geen facturen meer betaald.");
    }

    @Test
    void zes_jaar_na_het_einde_van_de_termijn_zonder_voldaan_vervalt_het_recht_en_volgt_de_terugbetaling() {
        String bsn = plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute.B1_ROUTE,
                nl.inburgering.duo.pip.domain.Niveau.B1);
        String lening = toegekend(bsn, "3000.00");
        goedkeuring(lening, factuurOntvangen(bsn, lening, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1,
                "1200.00"), "ELEKTRONISCH");
        LocalDate einde = vandaag.plusYears(3);

        opbouw.leg(bsn, () -> gebeurtenissen.publishEvent(new TermijnIngesteld(Bsn.of(bsn), AMSTERDAM,
                vandaag.minusMonths(6), einde, TermijnIngesteld.Aanleiding.EERSTE_PIP)));

        LocalDate vervaldag = jdbc.sql("select vervaldag from termijn_deadline where bsn = :bsn and soort = :soort"
                + " and gevuurd_op is null").param("bsn", bsn).param("soort", "ZES_JAAR_NA_EINDE_TERMIJN")
                .query(LocalDate.class).single();
        assertThat(vervaldag).isEqualTo(einde.plusYears(6).plusDays(1));

        opbouw.leg(bsn, () -> gebeurtenissen.publishEvent(new DeadlineVerstreken(Bsn.of(bsn),
                Deadlinesoort.ZES_JAAR_NA_EINDE_TERMIJN, vervaldag)));

        MvcTestResult terug = backoffice(HttpMethod.GET, "/api/v1/leningen/" + lening, null);
        assertThat(terug).bodyJson().extractingPath("$.status").isEqualTo("TERUG_TE_BETALEN");
        assertThat(terug).bodyJson().extractingPath("$.redenEindeRecht").isEqualTo("NIET_VOLDAAN_BINNEN_ZES_JAAR");
        assertThat(bedrag(terug, "$.termijnbedrag")).isEqualByComparingTo("10.00");
    }

    @Test
    void een_asielstatushouder_kan_geen_lening_aanvragen() {
        String bsn = TestBsn.nieuw();
        LocalDate begin = vandaag.minusYears(1);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "2" + bsn, AMSTERDAM,
                new Verblijfsgegevens(Verblijfsdoel.ASIEL, false, "SY", LocalDate.of(1990, 6, 15), begin, begin),
                begin);
        plicht.plichtig(begin, GedetailleerdeDoelgroep.ASIELSTATUSHOUDER, begin);
        opbouw.leg(bsn, () -> plichten.save(plicht));

        MvcTestResult aanvraag = aanvraag(bsn, "5000.00");

        assertThat(aanvraag).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(aanvraag).bodyText().contains("asielstatushouder");
    }

    @Test
    void een_onjuiste_aanvraag_en_een_toekenning_boven_het_maximum_noemen_elk_probleem() {
        MvcTestResult fout = backoffice(HttpMethod.POST, "/api/v1/leningen", """
                {"bsn": "123", "gevraagdBedrag": -5, "datumAanvraag": "gisteren"}""");

        assertThat(fout).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fout).bodyJson().extractingPath("$.invalidParams[*].name").asArray()
                .contains("bsn", "gevraagdBedrag", "datumAanvraag", "toelichting");

        String bsn = opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));
        String lening = veld(aanvraag(bsn, "12000.00"), "$.id");
        MvcTestResult teVeel = backoffice(HttpMethod.POST, "/api/v1/leningen/" + lening + "/beslissing", """
                {"oordeel": "TOEKENNING", "bedrag": 10000.01, "toelichting": "Te veel."}""");
        assertThat(teVeel).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[0].name")
                .isEqualTo("bedrag");

        MvcTestResult afwijzingZonderReden = backoffice(HttpMethod.POST, "/api/v1/leningen/" + lening + "/beslissing",
                "{\"oordeel\": \"AFWIJZING\", \"bedrag\": 10, \"toelichting\": \"x\"}");
        assertThat(afwijzingZonderReden).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray().contains("bedrag", "redenen");

        MvcTestResult afgewezen = backoffice(HttpMethod.POST, "/api/v1/leningen/" + lening + "/beslissing", """
                {"oordeel": "AFWIJZING", "redenen": ["Voldoende eigen middelen."], "toelichting": "Beoordeeld."}""");
        assertThat(afgewezen).hasStatusOk().bodyJson().extractingPath("$.redenenAfwijzing[0]")
                .isEqualTo("Voldoende eigen middelen.");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/leningen/_zoek", "{\"bsn\": \"" + bsn + "\"}"))
                .hasStatusOk().bodyJson().extractingPath("$[0].status").isEqualTo("AFGEWEZEN");
    }

    @Test
    void een_factuur_voor_iemand_zonder_lening_of_van_een_onbekende_instelling_gaat_met_de_reden_naar_de_dode_letters() {
        String bsn = opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));

        publiceerFactuur(bsn, "F-" + bsn + "-1", Leerroute.B1_ROUTE, NiveauPip.B1, "100.00");
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.FACTUREN_INSTELLING,
                r -> TestPartner.bevat(r, "F-" + bsn + "-1")))).contains("zonder lening");

        TestPartner.publiceer(kafka(), bsn, ContractEvents.factuurIngediend().setBsn(bsn)
                .setFactuurnummer("F-" + bsn + "-2").setInstellingsnummer("99999").build());
        assertThat(reden(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.FACTUREN_INSTELLING,
                r -> TestPartner.bevat(r, "F-" + bsn + "-2")))).contains("instelling die DUO niet kent (99999)");
    }

    @Test
    void alleen_DUOs_eigen_backoffice_behandelt_een_lening() {
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.POST, "/api/v1/leningen/_zoek", "{\"status\": \"TOEGEKEND\"}",
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin("00000001002564440000").bearer()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.POST, "/api/v1/leningen/_zoek", "{\"status\": \"TOEGEKEND\"}",
                TestTokens.voor("duo-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(AMSTERDAM,
                        "00000001002564440000").bearer())).hasStatus(HttpStatus.FORBIDDEN);
    }

    // --- arrange ---

    private String plichtigeMetPip(nl.inburgering.duo.pip.domain.Leerroute leerroute,
            nl.inburgering.duo.pip.domain.Niveau niveau) {
        String bsn = opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));
        LocalDate dagtekening = vandaag.minusMonths(6);
        opbouw.leg(bsn, () -> pips.save(new PipEntity(bsn, new Pip(dagtekening, leerroute, niveau, null, null,
                AMSTERDAM), false, false, null, null, Kanaal.STELSELDIENST, dagtekening)));
        return bsn;
    }

    private MvcTestResult aanvraag(String bsn, String bedrag) {
        return backoffice(HttpMethod.POST, "/api/v1/leningen", """
                {"bsn": "%s", "gevraagdBedrag": %s, "datumAanvraag": "%s",
                 "toelichting": "Aanvraag lening ontvangen via Mijn DUO."}""".formatted(bsn, bedrag, vandaag));
    }

    private String toegekend(String bsn, String bedrag) {
        MvcTestResult aanvraag = aanvraag(bsn, bedrag);
        assertThat(aanvraag).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status")
                .isEqualTo("AANGEVRAAGD");
        String id = veld(aanvraag, "$.id");
        MvcTestResult beslist = backoffice(HttpMethod.POST, "/api/v1/leningen/" + id + "/beslissing", """
                {"oordeel": "TOEKENNING", "bedrag": %s, "toelichting": "Aanvraag beoordeeld."}""".formatted(bedrag));
        assertThat(beslist).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("TOEGEKEND");
        return id;
    }

    private void publiceerFactuur(String bsn, String nummer, Leerroute leerroute, NiveauPip niveau, String bedrag) {
        TestPartner.publiceer(kafka(), bsn, ContractEvents.factuurIngediend().setBsn(bsn).setFactuurnummer(nummer)
                .setLeerroute(leerroute).setNiveau(niveau).setBedrag(new BigDecimal(bedrag)).build());
    }

    /** The instelling sends the factuur; DUO registers it for the lening. Its id. */
    private String factuurOntvangen(String bsn, String lening, String nummer, Leerroute leerroute, NiveauPip niveau,
            String bedrag) {
        publiceerFactuur(bsn, nummer, leerroute, niveau, bedrag);
        return factuurId(lening, nummer);
    }

    /** Waits until DUO registered the factuur with this number for the lening; its id. */
    private String factuurId(String lening, String nummer) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String json = backoffice(HttpMethod.GET, "/api/v1/leningen/" + lening, null).getResponse()
                    .getContentAsString();
            List<String> ids = JsonPath.read(json, "$.facturen[?(@.factuurnummer == '" + nummer + "')].id");
            if (ids.isEmpty()) {
                return false;
            }
            id[0] = ids.get(0);
            return true;
        });
        return id[0];
    }

    private MvcTestResult goedkeuring(String lening, String factuur, String wijze) {
        return backoffice(HttpMethod.POST, "/api/v1/leningen/" + lening + "/facturen/" + factuur + "/goedkeuring", """
                {"wijze": "%s", "toelichting": "De inburgeraar keurde de factuur goed."}""".formatted(wijze));
    }

    private FactuurBeoordeeld beoordeling(String factuurnummer) {
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(kafka(),
                TopicCatalogue.FACTUURBEOORDELINGEN.topicVoor(Afnemer.instelling(INSTELLING)),
                r -> TestPartner.bevat(r, factuurnummer));
        return AvroCodec.decode(record.value(), FactuurBeoordeeld.class);
    }

    private static String inburgeraar(String bsn) {
        return TestTokens.voor("duo-service").rol(Rol.INBURGERAAR).claim("bsn", bsn).bearer();
    }

    private MvcTestResult backoffice(HttpMethod methode, String pad, String body) {
        return MvcVerzoeken.vraag(mvc, methode, pad, body,
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer());
    }

    /** When the step at this place in the lening's history was taken. */
    private static Instant moment(MvcTestResult antwoord, int plaats) {
        return Instant.parse(String.valueOf(lees(antwoord, "$.historie[" + plaats + "].op")));
    }

    /** The database keeps microseconds: a moment read back is compared at millisecond precision. */
    private static Instant afgerond(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String tekst(MvcTestResult antwoord, String pad) {
        return String.valueOf(lees(antwoord, pad));
    }

    private static Object lees(MvcTestResult antwoord, String pad) {
        try {
            return JsonPath.read(antwoord.getResponse().getContentAsString(), pad);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal bedrag(MvcTestResult antwoord, String pad) {
        try {
            Object waarde = JsonPath.read(antwoord.getResponse().getContentAsString(), pad);
            return new BigDecimal(String.valueOf(waarde));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reden(ConsumerRecord<String, byte[]> dlt) {
        return new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
