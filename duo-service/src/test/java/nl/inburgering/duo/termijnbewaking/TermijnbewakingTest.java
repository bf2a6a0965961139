package nl.inburgering.duo.termijnbewaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.PlichtGeleverd;
import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.duo.termijnbewaking.api.Termijnbewaking;
import nl.inburgering.duo.termijnbewaking.application.TermijnbewakingJob;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.time.VerschuifbareKlok;

/**
 * Termijnbewaking at DUO (issue 14 item 1) against a real broker and PostgreSQL: the first PIP plans the deadlines of
 * the termijn, the job fires each once and in order whatever runs twice, and the gemeente gets the #7 signals.
 */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.klok.verschuifbaar=true",
        "keten.duo.termijnbewaking.interval=PT1H" }, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@Import(TermijnbewakingTest.Opname.class)
@DirtiesContext
class TermijnbewakingTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String AMSTERDAM = "0363";
    private static final LocalDate BEGIN_PLICHT = LocalDate.of(2026, 1, 5);
    /** A first PIP of 10 March 2026: the termijn ends Saturday 10 March 2029, so it runs until Monday 12 March. */
    private static final LocalDate DAGTEKENING = LocalDate.of(2026, 3, 10);
    /** A Tuesday after VIER_WEKEN_NA_EINDE (10 April 2029) and before its levertermijn. */
    private static final LocalDate NA_DRIE_JAAR = LocalDate.of(2029, 5, 1);

    /** Records every DeadlineVerstreken in the order the job fires them, and can make one person's fail. */
    @TestConfiguration
    static class Opname {

        final List<DeadlineVerstreken> gevuurd = Collections.synchronizedList(new ArrayList<>());
        final Set<Bsn> faalVoor = ConcurrentHashMap.newKeySet();

        @EventListener
        void verstreken(DeadlineVerstreken deadline) {
            if (faalVoor.contains(deadline.bsn())) {
                throw new IllegalStateException("een afhandeling die faalt");
            }
            gevuurd.add(deadline);
        }

        List<Deadlinesoort> van(String bsn) {
            synchronized (gevuurd) {
                return gevuurd.stream().filter(d -> d.bsn().value().equals(bsn)).map(DeadlineVerstreken::soort)
                        .toList();
            }
        }
    }

    @Autowired
    TermijnbewakingJob job;
    @Autowired
    Opname opname;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Termijnbewaking termijnbewaking;
    @Autowired
    Deadlineplanning deadlineplanning;
    @Autowired
    ApplicationEventPublisher events;
    @Value("${keten.oin}")
    String duoOin;

    @AfterEach
    void klokTerug() {
        VerschuifbareKlok.GEDEELD.zetTerug();
        opname.faalVoor.clear();
    }

    @Test
    void de_eerste_pip_plant_de_deadlines_van_de_termijn_en_de_backoffice_ziet_ze() {
        String bsn = plichtigeMetEerstePip();

        assertThat(backoffice("{\"bsn\": \"" + bsn + "\"}")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"deadlines": [
                  {"soort": "KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE", "vervaldag": "2029-01-13", "gevuurd": false},
                  {"soort": "VIER_WEKEN_VOOR_EINDE", "vervaldag": "2029-02-13", "gevuurd": false},
                  {"soort": "EINDE_TERMIJN", "vervaldag": "2029-03-13", "gevuurd": false},
                  {"soort": "VIER_WEKEN_NA_EINDE", "vervaldag": "2029-04-10", "gevuurd": false}],
                 "kennisgevingen": []}""");
        assertThat(backoffice("{\"bsn\": \"123\"}")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().extractingPath("$.invalidParams[0].name")
                .isEqualTo("bsn");
        assertThat(backoffice("{\"bsn\": \"" + TestBsn.nieuw() + "\"}")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void drie_jaar_later_vuurt_elke_deadline_eenmaal_in_volgorde_en_krijgt_de_gemeente_de_signalen_met_de_juiste_data() {
        String bsn = plichtigeMetEerstePip();

        VerschuifbareKlok.GEDEELD.zetOp(NA_DRIE_JAAR.atTime(9, 0).atZone(NL).toInstant());
        job.vuur();
        job.vuur();

        assertThat(opname.van(bsn)).containsExactly(Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE,
                Deadlinesoort.VIER_WEKEN_VOOR_EINDE, Deadlinesoort.EINDE_TERMIJN, Deadlinesoort.VIER_WEKEN_NA_EINDE);
        List<InburgeringsplichtigeGesignaleerd> signalen = TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.NOTIFICATIE_OM_REDEN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn), 3).stream()
                .map(r -> AvroCodec.decode(r.value(), InburgeringsplichtigeGesignaleerd.class)).toList();
        // 10 werkdagen from Tuesday 1 May 2029: Hemelvaartsdag 10 May does not count (no besluit for 2029 yet)
        LocalDate uiterlijk = LocalDate.of(2029, 5, 16);
        assertThat(signalen).extracting(s -> s.getReden(), s -> s.getGemeentecode(),
                s -> s.getEinddatumInburgeringstermijn(), s -> s.getDatumSignalering(), s -> s.getUiterlijkeLeverdatum())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Signaleringsreden.VIER_WEKEN_VOOR_EINDE_TERMIJN, AMSTERDAM,
                                LocalDate.of(2029, 3, 10), NA_DRIE_JAAR, uiterlijk),
                        org.assertj.core.groups.Tuple.tuple(Signaleringsreden.VOORAANKONDIGING_BOETE, AMSTERDAM,
                                LocalDate.of(2029, 3, 10), NA_DRIE_JAAR, null),
                        org.assertj.core.groups.Tuple.tuple(Signaleringsreden.VIER_WEKEN_NA_EINDE_TERMIJN, AMSTERDAM,
                                LocalDate.of(2029, 3, 10), NA_DRIE_JAAR, uiterlijk));
        assertThat(backoffice("{\"bsn\": \"" + bsn + "\"}")).hasStatusOk().bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.deadlines[*].gevuurd").asArray()
                            .containsExactly(true, true, true, true, false);
                    assertThat(json).extractingPath("$.deadlines[4].soort").isEqualTo("LEVERTERMIJN_GEMEENTE");
                    assertThat(json).extractingPath("$.deadlines[4].vervaldag").isEqualTo("2029-05-17");
                    assertThat(json).extractingPath("$.kennisgevingen[*].soort").asArray()
                            .containsExactly("TWEE_MAANDEN_VOOR_EINDE_TERMIJN");
                });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> TestPartner.alles(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.NOTIFICATIE_OM_REDEN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).size() == 3);
    }

    @Test
    void twee_instanties_van_de_job_tegelijk_geven_elke_deadline_een_effect() throws Exception {
        String bsn = plichtigeMetEerstePip();
        VerschuifbareKlok.GEDEELD.zetOp(NA_DRIE_JAAR.atTime(9, 0).atZone(NL).toInstant());

        ExecutorService tweeInstanties = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var eerste = tweeInstanties.submit(() -> {
                start.await();
                return job.vuur();
            });
            var tweede = tweeInstanties.submit(() -> {
                start.await();
                return job.vuur();
            });
            start.countDown();
            eerste.get();
            tweede.get();
        } finally {
            tweeInstanties.shutdown();
        }

        assertThat(opname.van(bsn)).containsExactly(Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE,
                Deadlinesoort.VIER_WEKEN_VOOR_EINDE, Deadlinesoort.EINDE_TERMIJN, Deadlinesoort.VIER_WEKEN_NA_EINDE);
        assertThat(jdbc.sql("select count(*) from termijn_kennisgeving where bsn = ?").param(bsn).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from termijn_deadline where bsn = ? and soort = 'LEVERTERMIJN_GEMEENTE'")
                .param(bsn).query(Long.class).single()).isEqualTo(1);
        TestPartner.wachtOp(kafka(), TestPartner.gemeentetopic(TopicCatalogue.NOTIFICATIE_OM_REDEN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn), 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> TestPartner.alles(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.NOTIFICATIE_OM_REDEN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).size() == 3);
    }

    @Test
    void een_deadline_waarvan_de_afhandeling_faalt_rolt_alleen_terug_en_vuurt_bij_de_volgende_run() {
        String faalt = plichtigeMetEerstePip();
        String ander = plichtigeMetEerstePip();
        opname.faalVoor.add(Bsn.of(faalt));
        VerschuifbareKlok.GEDEELD.zetOp(NA_DRIE_JAAR.atTime(9, 0).atZone(NL).toInstant());

        job.vuur();

        assertThat(opname.van(ander)).hasSize(4);
        assertThat(opname.van(faalt)).isEmpty();
        assertThat(jdbc.sql("select count(*) from termijn_deadline where bsn = ? and gevuurd_op is not null")
                .param(faalt).query(Long.class).single()).as("niets van hem gevuurd, ook de latere niet").isZero();
        assertThat(jdbc.sql("select count(*) from termijn_kennisgeving where bsn = ?").param(faalt).query(Long.class)
                .single()).as("de kennisgeving rolde mee terug").isZero();

        opname.faalVoor.clear();
        job.vuur();

        assertThat(opname.van(faalt)).containsExactly(Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE,
                Deadlinesoort.VIER_WEKEN_VOOR_EINDE, Deadlinesoort.EINDE_TERMIJN, Deadlinesoort.VIER_WEKEN_NA_EINDE);
        assertThat(opname.van(ander)).hasSize(4);
    }

    @Test
    void een_deadline_die_een_andere_module_plant_vuurt_eenmaal_en_een_vervallen_deadline_niet() {
        String bsn = plichtigeMetEerstePip();
        opbouw.leg(bsn, () -> {
            deadlineplanning.plan(Bsn.of(bsn), Deadlinesoort.EINDE_TIJDELIJKE_VRIJSTELLING,
                    LocalDate.of(2027, 1, 4), "0363");
            deadlineplanning.plan(Bsn.of(bsn), Deadlinesoort.EEN_JAAR_NA_VERTREK, LocalDate.of(2027, 1, 5), "0363");
        });
        opbouw.leg(bsn, () -> deadlineplanning.vervalt(Bsn.of(bsn), Deadlinesoort.EEN_JAAR_NA_VERTREK));
        VerschuifbareKlok.GEDEELD.zetOp(LocalDate.of(2027, 1, 6).atTime(9, 0).atZone(NL).toInstant());

        job.vuur();
        job.vuur();

        assertThat(opname.van(bsn)).containsOnlyOnce(Deadlinesoort.EINDE_TIJDELIJKE_VRIJSTELLING)
                .doesNotContain(Deadlinesoort.EEN_JAAR_NA_VERTREK);
    }

    @Test
    void het_einde_van_de_plicht_laat_elke_ongevuurde_deadline_vallen() {
        String bsn = plichtigeMetEerstePip();

        opbouw.leg(bsn, () -> events.publishEvent(new PlichtBeeindigd(Bsn.of(bsn), LocalDate.now(NL),
                PlichtBeeindigd.Reden.VOLDAAN, java.time.Instant.now())));
        VerschuifbareKlok.GEDEELD.zetOp(NA_DRIE_JAAR.atTime(9, 0).atZone(NL).toInstant());
        job.vuur();

        assertThat(jdbc.sql("select count(*) from termijn_deadline where bsn = ?").param(bsn).query(Long.class)
                .single()).isZero();
        assertThat(opname.van(bsn)).isEmpty();
    }

    @Test
    void een_verlenging_vervangt_de_ongevuurde_deadlines_van_de_termijn_en_laat_de_gevuurde_staan() {
        String bsn = plichtigeMetEerstePip();
        // the kennisgeving of the first termijn (13 January 2029) has gone out
        VerschuifbareKlok.GEDEELD.zetOp(LocalDate.of(2029, 1, 20).atTime(9, 0).atZone(NL).toInstant());
        job.vuur();
        assertThat(opname.van(bsn)).containsExactly(Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE);

        // a verlenging of a year: the termijn now ends Sunday 10 March 2030, so it runs until Monday 11 March
        opbouw.leg(bsn, () -> events.publishEvent(new TermijnIngesteld(Bsn.of(bsn), AMSTERDAM,
                DAGTEKENING.plusDays(1), LocalDate.of(2030, 3, 10), TermijnIngesteld.Aanleiding.VERLENGING_OP_VERZOEK)));

        assertThat(backoffice("{\"bsn\": \"" + bsn + "\"}")).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.deadlines[*].soort").asArray().containsExactly(
                    "KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE", "KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE",
                    "VIER_WEKEN_VOOR_EINDE", "EINDE_TERMIJN", "VIER_WEKEN_NA_EINDE");
            assertThat(json).extractingPath("$.deadlines[*].vervaldag").asArray().containsExactly(
                    "2029-01-13", "2030-01-12", "2030-02-12", "2030-03-12", "2030-04-09");
            assertThat(json).extractingPath("$.deadlines[*].gevuurd").asArray()
                    .containsExactly(true, false, false, false, false);
            assertThat(json).extractingPath("$.kennisgevingen[*].einddatumTermijn").asArray()
                    .containsExactly("2029-03-10");
        });
    }

    @Test
    void tien_weken_na_de_plicht_met_een_pip_is_de_leerroute_niet_te_laat() {
        String bsn = plichtigeMetEerstePip();
        LocalDate geleverd = LocalDate.now(NL);
        opbouw.leg(bsn, () -> events.publishEvent(new PlichtGeleverd(Bsn.of(bsn), true, AMSTERDAM, false,
                geleverd.atStartOfDay(NL).toInstant())));

        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(71));
        job.vuur();

        assertThat(opname.van(bsn)).contains(Deadlinesoort.TIEN_WEKEN_LEERROUTE);
        assertThat(termijnbewaking.leerrouteTeLaat(Bsn.of(bsn))).isFalse();
    }

    @Test
    void tien_weken_nadat_de_plicht_de_gemeente_bereikte_zonder_pip_is_de_leerroute_te_laat() {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVNummer("8" + bsn).setVerblijfsdoel(Verblijfsdoel.GEZINSVORMING).setNationaliteit("AF")
                .setIngangsdatumVerblijfsrecht(LocalDate.now(NL).minusMonths(2))
                .setDatumInschrijving(LocalDate.now(NL).minusMonths(1)).setGemeentecodeInschrijving(AMSTERDAM).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from termijn_deadline where bsn = ? and soort = 'TIEN_WEKEN_LEERROUTE'").param(bsn)
                .query(Long.class).single() == 1);

        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(69));
        job.vuur();
        assertThat(termijnbewaking.leerrouteTeLaat(Bsn.of(bsn))).as("nog binnen de tien weken").isFalse();

        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(2));
        job.vuur();
        assertThat(termijnbewaking.leerrouteTeLaat(Bsn.of(bsn))).isTrue();
        // the #3 went out today (real time): the ten weeks ran out 70 days later
        assertThat(termijnbewaking.leerrouteTeLaatSinds(Bsn.of(bsn))).contains(LocalDate.now(NL).plusWeeks(10));
    }

    // --- arrange ---

    /** A gezinsmigrant plichtig since 5 January 2026 in Amsterdam whose first PIP (#16) DUO registered. */
    private String plichtigeMetEerstePip() {
        String bsn = TestBsn.nieuw();
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "6" + bsn, AMSTERDAM,
                new Verblijfsgegevens(nl.inburgering.duo.dossier.domain.Verblijfsdoel.GEZINSHERENIGING, false, "SY",
                        LocalDate.of(1990, 6, 15), BEGIN_PLICHT, BEGIN_PLICHT),
                BEGIN_PLICHT);
        plicht.plichtig(BEGIN_PLICHT, GedetailleerdeDoelgroep.GEZINSHERENIGER, BEGIN_PLICHT);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        TestPartner.publiceer(kafka(), "g-" + bsn, ContractEvents.pipVastgesteld().setBsn(bsn).setGemeentecode(AMSTERDAM)
                .setPip(ContractEvents.pipGegevens().setDagtekeningPip(DAGTEKENING).setLeerroute(Leerroute.B1_ROUTE)
                        .build())
                .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from termijn_deadline where bsn = ?").param(bsn).query(Long.class).single() == 4);
        return bsn;
    }

    private MvcTestResult backoffice(String body) {
        return mvc.post().uri("/api/v1/termijnbewaking/_zoek")
                .header(HttpHeaders.AUTHORIZATION,
                        TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
