package nl.inburgering.duo.handhaving;

import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static nl.inburgering.duo.MvcVerzoeken.veld;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;


import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Boeteonderdeel;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.common.Boeteregel;
import nl.inburgering.contracts.Topic;
import nl.inburgering.duo.MvcVerzoeken;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.Route;
import nl.inburgering.duo.inspanning.persistence.InspanningEntity;
import nl.inburgering.duo.inspanning.persistence.InspanningRepository;
import nl.inburgering.duo.m2m.M2mSpec;
import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.pip.persistence.TermijnhistorieEntity;
import nl.inburgering.duo.pip.persistence.TermijnhistorieRepository;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.duo.resultaten.persistence.ResultaatEntity;
import nl.inburgering.duo.resultaten.persistence.ResultaatRepository;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Handhaving op resultaat and verlenging at DUO (seed §9.3) against a real broker and PostgreSQL: at the gemeente's
 * levertermijn after the signal 4 weeks after the end (the event the termijnbewaking job publishes, published here in
 * a transaction as the job does) DUO judges verwijtbaarheid and either extends the termijn (#5) or fines the person
 * (#8) with a new termijn (#5); the backoffice handles a verlengingsaanvraag (#7, #9, #5) and an ambtshalve
 * verlenging (#5). Every #5 shows in DUO's M2M Inburgeringstermijn API with its verlengingsgrond.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@RecordApplicationEvents
@DirtiesContext
class HandhavingEnVerlengingTest {

    private static final String AMSTERDAM = "0363";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
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
    TermijnhistorieRepository historie;
    @Autowired
    InspanningRepository inspanningen;
    @Autowired
    ResultaatRepository resultaten;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;
    @Value("${keten.oin}")
    String duoOin;
    @Autowired
    Plichtwijziging plichtwijziging;

    private final LocalDate vandaag = LocalDate.now(NL);

    // ===== handhaving op resultaat (§9.3.1) =====

    @Test
    void wie_na_het_einde_van_de_termijn_niets_deed_krijgt_een_boete_aan_zijn_gemeente_en_een_nieuwe_termijn() {
        LocalDate einde = vandaag.minusDays(50);
        String bsn = plichtigeMetTermijn(einde, Leerroute.B1_ROUTE, Niveau.B1);

        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));

        BoeteOpgelegd boete = AvroCodec.decode(opGemeentetopic(TopicCatalogue.OPGELEGDE_BOETE, bsn).value(),
                BoeteOpgelegd.class);
        assertThat(boete.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(boete.getBoeteregels()).extracting(Boeteregel::getOnderdeel)
                .containsExactly(Boeteonderdeel.LEERROUTE, Boeteonderdeel.PVT, Boeteonderdeel.MAP);
        assertThat(boete.getTotaalbedrag()).isEqualByComparingTo(new BigDecimal("1930.00"));
        assertThat(boete.getDatumBeschikking()).isEqualTo(vandaag);
        assertThat(boete.getNieuweEinddatumInburgeringstermijn()).isEqualTo(vandaag.plusYears(2));
        assertThat(boete.getBeschikkingskenmerk()).startsWith("BOETE-");

        InburgeringstermijnGewijzigd gewijzigd = gewijzigd(bsn);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringstermijn.NIEUWE_TERMIJN_NA_BOETE);
        assertThat(gewijzigd.getStartdatum()).isEqualTo(vandaag.plusDays(1));
        assertThat(gewijzigd.getEinddatum()).isEqualTo(vandaag.plusYears(2));
        assertThat(gewijzigd.getVorigeEinddatum()).isEqualTo(einde);
        assertThat(events.stream(TermijnIngesteld.class).filter(t -> t.bsn().value().equals(bsn)))
                .extracting(TermijnIngesteld::aanleiding)
                .containsExactly(TermijnIngesteld.Aanleiding.NIEUWE_TERMIJN_NA_BOETE);
        assertThat(termijnM2m(bsn, "/inburgeringstermijn/historie")).bodyJson().extractingPath("$[*].einddatum")
                .asArray().containsExactly(einde.plusDays(1).toString(), vandaag.plusYears(2).plusDays(1).toString());
    }

    @Test
    void na_een_verhuizing_krijgt_alleen_de_nieuwe_gemeente_de_opgelegde_boete_opnieuw_met_een_nieuw_id() {
        String bsn = plichtigeMetTermijn(vandaag.minusDays(50), Leerroute.B1_ROUTE, Niveau.B1);
        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));
        ConsumerRecord<String, byte[]> aanAmsterdam = opGemeentetopic(TopicCatalogue.OPGELEGDE_BOETE, bsn);
        BoeteOpgelegd opgelegd = AvroCodec.decode(aanAmsterdam.value(), BoeteOpgelegd.class);

        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "brp-" + bsn,
                nl.inburgering.contracts.testdata.ContractEvents.ingezeteneVerhuisd().setBsn(bsn)
                        .setGemeentecodeOud(AMSTERDAM).setGemeentecodeNieuw("0599").setDatumVerhuizing(vandaag).build());

        ConsumerRecord<String, byte[]> aanRotterdam = TestPartner.wachtOp(
                KetenTestInfrastructuur.kafkaBootstrapServers(),
                TestPartner.gemeentetopic(TopicCatalogue.OPGELEGDE_BOETE, "0599"), r -> TestPartner.bevat(r, bsn));
        BoeteOpgelegd opnieuw = AvroCodec.decode(aanRotterdam.value(), BoeteOpgelegd.class);
        assertThat(opnieuw.getAanleiding()).isEqualTo(nl.inburgering.contracts.common.Aanleiding.OVERDRACHT_NA_VERHUIZING);
        assertThat(opnieuw.getGemeentecode()).isEqualTo("0599");
        assertThat(opnieuw.getBeschikkingskenmerk()).isEqualTo(opgelegd.getBeschikkingskenmerk());
        assertThat(opnieuw.getBoeteregels()).isEqualTo(opgelegd.getBoeteregels());
        assertThat(opnieuw.getTotaalbedrag()).isEqualByComparingTo(opgelegd.getTotaalbedrag());
        assertThat(opnieuw.getDatumBeschikking()).isEqualTo(opgelegd.getDatumBeschikking());
        assertThat(opnieuw.getNieuweEinddatumInburgeringstermijn())
                .isEqualTo(opgelegd.getNieuweEinddatumInburgeringstermijn());
        assertThat(new String(aanRotterdam.headers().lastHeader("ce_id").value()))
                .isNotEqualTo(new String(aanAmsterdam.headers().lastHeader("ce_id").value()));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TestPartner.gemeentetopic(TopicCatalogue.OPGELEGDE_BOETE, AMSTERDAM), r -> TestPartner.bevat(r, bsn)))
                .as("Amsterdam had hem al").hasSize(1);
    }

    @Test
    void een_onderdeel_dat_een_gedeeltelijke_ontheffing_wegnam_krijgt_geen_boete() {
        String bsn = plichtigeMetTermijn(vandaag.minusDays(50), Leerroute.B1_ROUTE, Niveau.B1);
        transactie.executeWithoutResult(t -> plichtwijziging.onderdelenVervallen(Bsn.of(bsn),
                java.util.Set.of(Plichtonderdeel.PVT, Plichtonderdeel.MAP)));

        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));

        BoeteOpgelegd boete = AvroCodec.decode(opGemeentetopic(TopicCatalogue.OPGELEGDE_BOETE, bsn).value(),
                BoeteOpgelegd.class);
        assertThat(boete.getBoeteregels()).extracting(Boeteregel::getOnderdeel)
                .containsExactly(Boeteonderdeel.LEERROUTE);
    }

    @Test
    void dezelfde_deadline_nog_eens_beoordeelt_duo_niet_opnieuw() {
        String bsn = plichtigeMetTermijn(vandaag.minusDays(50), Leerroute.B1_ROUTE, Niveau.B1);

        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));
        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));

        assertThat(aantal("select count(*) from handhavingsoordeel where bsn = ?", bsn)).isEqualTo(1);
        assertThat(aantal("select count(*) from inburgeringstermijn_historie where bsn = ?", bsn)).isEqualTo(2);
        assertThat(aantal("select count(*) from outbox_event where type like '%boete-opgelegd%'"
                + " and position(convert_to(?, 'UTF8') in payload) > 0", bsn)).isEqualTo(1);
    }

    @Test
    void de_levertermijnen_na_het_signaal_voor_het_einde_en_na_de_vooraankondiging_vragen_nog_geen_oordeel() {
        LocalDate einde = vandaag.plusDays(10);
        String bsn = plichtigeMetTermijn(einde, Leerroute.B1_ROUTE, Niveau.B1);

        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag);
        deadline(bsn, Deadlinesoort.EINDE_TERMIJN, einde.plusDays(1));
        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, einde.plusDays(15));

        assertThat(aantal("select count(*) from handhavingsoordeel where bsn = ?", bsn)).isZero();
        assertThat(termijnen.findById(bsn).orElseThrow().getEinddatum()).isEqualTo(einde);
    }

    @Test
    void wie_niet_verwijtbaar_overschreed_krijgt_een_ambtshalve_verlenging_met_de_verlengingsgrond() {
        LocalDate einde = vandaag.minusDays(50);
        String bsn = plichtigeMetTermijn(einde, Leerroute.Z_ROUTE, null);
        opbouw.leg(bsn, () -> {
            InspanningEntity stand = new InspanningEntity(bsn, "12345");
            stand.vervang(new Inspanning("12345", "Z_ROUTE", vandaag.minusDays(60), vandaag.minusYears(2), 600, 560,
                    0, false, null, "EINDE_TERMIJN"), Route.GEMEENTE, AMSTERDAM, Instant.now());
            inspanningen.save(stand);
            for (Onderdeel onderdeel : List.of(Onderdeel.PVT, Onderdeel.MAP)) {
                ResultaatEntity resultaat = new ResultaatEntity(bsn, onderdeel);
                resultaat.vervang(new Resultaat(onderdeel, vandaag.minusYears(1), null), AMSTERDAM,
                        nl.inburgering.duo.resultaten.domain.Kanaal.STELSELDIENST, Instant.now());
                resultaten.save(resultaat);
            }
        });

        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));

        InburgeringstermijnGewijzigd gewijzigd = gewijzigd(bsn);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringstermijn.VERLENGING_AMBTSHALVE);
        assertThat(gewijzigd.getEinddatum()).isEqualTo(einde.plusYears(1));
        assertThat(gewijzigd.getVerlengingsgrondcode()).isEqualTo("7");
        assertThat(termijnM2m(bsn, "/inburgeringstermijn")).bodyJson().isEqualTo("""
                {"startdatum": "%s", "einddatum": "%s", "verlengingsgrondcode": "7",
                 "verlengingsgrondomschrijving": "Bijzondere omstandigheden", "wijzigingsdatum": "%s"}"""
                .formatted(einde.minusYears(3).plusDays(1), einde.plusYears(1).plusDays(1), vandaag));
        assertThat(aantal("select count(*) from handhavingsoordeel where bsn = ? and uitkomst = 'NIET_VERWIJTBAAR'"
                + " and beschikkingskenmerk is null", bsn)).isEqualTo(1);
        assertThat(events.stream(TermijnIngesteld.class).filter(t -> t.bsn().value().equals(bsn)))
                .extracting(TermijnIngesteld::aanleiding)
                .containsExactly(TermijnIngesteld.Aanleiding.VERLENGING_AMBTSHALVE);
    }

    @Test
    void wie_niets_deed_maar_wiens_leerroute_de_gemeente_te_laat_vaststelde_wordt_verlengd_zonder_boete() {
        LocalDate einde = vandaag.minusDays(50);
        String bsn = plichtige();
        // ten weeks after the plicht reached the gemeente DUO held no PIP: termijnbewaking records the leerroute late
        deadline(bsn, Deadlinesoort.TIEN_WEKEN_LEERROUTE, einde.minusYears(3).minusDays(1));
        metPipEnTermijn(bsn, einde, Leerroute.B1_ROUTE, Niveau.B1);

        deadline(bsn, Deadlinesoort.LEVERTERMIJN_GEMEENTE, vandaag.minusDays(1));

        InburgeringstermijnGewijzigd gewijzigd = gewijzigd(bsn);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringstermijn.VERLENGING_AMBTSHALVE);
        assertThat(gewijzigd.getVerlengingsgrondcode()).as("de gemeente was te laat met de leerroute").isEqualTo("6");
        assertThat(aantal("select count(*) from handhavingsoordeel where bsn = ? and uitkomst = 'NIET_VERWIJTBAAR'"
                + " and beschikkingskenmerk is null", bsn)).isEqualTo(1);
        assertThat(aantal("select count(*) from outbox_event where type like '%boete-opgelegd%'"
                + " and position(convert_to(?, 'UTF8') in payload) > 0", bsn)).isZero();
    }

    // ===== verlenging op verzoek (§9.3.2) =====

    @Test
    void een_aanvraag_binnen_zes_maanden_voor_het_einde_meldt_duo_aan_de_gemeente_en_een_toekenning_verlengt() {
        LocalDate einde = vandaag.plusMonths(3);
        String bsn = plichtigeMetTermijn(einde, Leerroute.B1_ROUTE, Niveau.B1);

        MvcTestResult aanvraag = backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen", """
                {"bsn": "%s", "datumAanvraag": "%s", "onderbouwing": "Langdurig ziek, verklaring van de huisarts."}"""
                .formatted(bsn, vandaag));
        assertThat(aanvraag).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("INGEDIEND");
        String id = veld(aanvraag, "$.id");
        assertThat(aanvraag).hasHeader(HttpHeaders.LOCATION, "/api/v1/verlengingsaanvragen/" + id);
        InburgeringsplichtigeGesignaleerd signaal = AvroCodec.decode(opGemeentetopic(TopicCatalogue.NOTIFICATIE_OM_REDEN,
                bsn).value(), InburgeringsplichtigeGesignaleerd.class);
        assertThat(signaal.getReden()).isEqualTo(Signaleringsreden.AANVRAAG_VERLENGING_ONTVANGEN);
        assertThat(signaal.getDatumAanvraagVerlenging()).isEqualTo(vandaag);
        assertThat(signaal.getEinddatumInburgeringstermijn()).isEqualTo(einde);

        MvcTestResult beoordeling = backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen/" + id + "/beoordeling",
                """
                {"oordeel": "TOEKENNING", "verlengingsgrondcode": "3", "nieuweEinddatum": "%s"}"""
                .formatted(einde.plusYears(1)));

        assertThat(beoordeling).hasStatusOk().bodyJson().extractingPath("$.oordeel").isEqualTo("TOEKENNING");
        AanvraagVerlengingBeoordeeld beoordeeld = AvroCodec.decode(opGemeentetopic(
                TopicCatalogue.BEOORDELING_AANVRAAG_VERLENGING, bsn).value(), AanvraagVerlengingBeoordeeld.class);
        assertThat(beoordeeld.getOordeel()).isEqualTo(AanvraagOordeel.TOEKENNING);
        assertThat(beoordeeld.getVerlengingsgrondcode()).isEqualTo("3");
        assertThat(beoordeeld.getVerlengingsgrondomschrijving()).isEqualTo("Niet-verwijtbaar door ziekte");
        assertThat(beoordeeld.getNieuweEinddatumInburgeringstermijn()).isEqualTo(einde.plusYears(1));
        InburgeringstermijnGewijzigd gewijzigd = gewijzigd(bsn);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringstermijn.VERLENGING_OP_VERZOEK);
        assertThat(gewijzigd.getEinddatum()).isEqualTo(einde.plusYears(1));
        assertThat(events.stream(TermijnIngesteld.class).filter(t -> t.bsn().value().equals(bsn)))
                .extracting(TermijnIngesteld::aanleiding).containsExactly(TermijnIngesteld.Aanleiding.VERLENGING_OP_VERZOEK);
        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen/_zoek", "{\"bsn\": \"" + bsn + "\"}"))
                .hasStatusOk().bodyJson().extractingPath("$[*].status").asArray().containsExactly("BEOORDEELD");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen/" + id + "/beoordeling",
                "{\"oordeel\": \"AFWIJZING\"}")).hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void een_afgewezen_aanvraag_gaat_naar_de_gemeente_en_laat_de_termijn_staan() {
        LocalDate einde = vandaag.plusMonths(2);
        String bsn = plichtigeMetTermijn(einde, Leerroute.B1_ROUTE, Niveau.B1);
        String id = veld(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen", """
                {"bsn": "%s", "datumAanvraag": "%s", "onderbouwing": "Te weinig lessen."}""".formatted(bsn, vandaag)),
                "$.id");

        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen/" + id + "/beoordeling",
                "{\"oordeel\": \"AFWIJZING\"}")).hasStatusOk();

        AanvraagVerlengingBeoordeeld beoordeeld = AvroCodec.decode(opGemeentetopic(
                TopicCatalogue.BEOORDELING_AANVRAAG_VERLENGING, bsn).value(), AanvraagVerlengingBeoordeeld.class);
        assertThat(beoordeeld.getOordeel()).isEqualTo(AanvraagOordeel.AFWIJZING);
        assertThat(beoordeeld.getNieuweEinddatumInburgeringstermijn()).isNull();
        assertThat(termijnen.findById(bsn).orElseThrow().getEinddatum()).isEqualTo(einde);
        assertThat(events.stream(TermijnIngesteld.class).filter(t -> t.bsn().value().equals(bsn))).isEmpty();
    }

    @Test
    void een_aanvraag_eerder_dan_zes_maanden_voor_het_einde_of_zonder_termijn_is_een_conflict() {
        String vroeg = plichtigeMetTermijn(vandaag.plusYears(1), Leerroute.B1_ROUTE, Niveau.B1);
        String zonderTermijn = plichtige();

        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen", """
                {"bsn": "%s", "datumAanvraag": "%s", "onderbouwing": "Ziek."}""".formatted(vroeg, vandaag)))
                .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyText()
                .contains("pas vanaf " + vandaag.plusYears(1).minusMonths(6));
        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen", """
                {"bsn": "%s", "datumAanvraag": "%s", "onderbouwing": "Ziek."}""".formatted(zonderTermijn, vandaag)))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("geen inburgeringstermijn");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen", """
                {"bsn": "%s", "datumAanvraag": "%s", "onderbouwing": "Ziek."}""".formatted(TestBsn.nieuw(), vandaag)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(aantal("select count(*) from verlengingsaanvraag where bsn = ?", vroeg)).isZero();
    }

    @Test
    void ongeldige_verzoeken_melden_alle_problemen_tegelijk() {
        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen", """
                {"bsn": "123456780", "datumAanvraag": "%s"}""".formatted(vandaag.plusDays(1))))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray()
                .containsExactlyInAnyOrder("bsn", "datumAanvraag", "onderbouwing");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/verlengingsaanvragen/" + UUID.randomUUID() + "/beoordeling",
                "{\"oordeel\": \"TOEKENNING\", \"nieuweEinddatum\": \"volgend jaar\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name").asArray()
                .containsExactlyInAnyOrder("verlengingsgrondcode", "nieuweEinddatum");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/termijnverlengingen", """
                {"bsn": "123456789", "nieuweEinddatum": "%s", "periode": "P6M"}""".formatted(vandaag)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name").asArray()
                .containsExactlyInAnyOrder("bsn", "verlengingsgrondcode", "periode");
        String bsn = plichtigeMetTermijn(vandaag.plusMonths(1), Leerroute.B1_ROUTE, Niveau.B1);
        assertThat(backoffice(HttpMethod.POST, "/api/v1/termijnverlengingen", """
                {"bsn": "%s", "verlengingsgrondcode": "99", "periode": "P6M"}""".formatted(bsn)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[0].name")
                .isEqualTo("verlengingsgrondcode");
    }

    // ===== ambtshalve verlenging (§9.3.3) =====

    @Test
    void ambtshalve_verlengt_duo_om_een_te_laat_aanbod_pas_binnen_zes_maanden_en_om_een_bijzondere_situatie_altijd() {
        LocalDate einde = vandaag.plusYears(1);
        String bsn = plichtigeMetTermijn(einde, Leerroute.B1_ROUTE, Niveau.B1);

        assertThat(backoffice(HttpMethod.POST, "/api/v1/termijnverlengingen", """
                {"bsn": "%s", "verlengingsgrondcode": "6", "periode": "P6M"}""".formatted(bsn)))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("pas vanaf");
        MvcTestResult verlengd = backoffice(HttpMethod.POST, "/api/v1/termijnverlengingen", """
                {"bsn": "%s", "verlengingsgrondcode": "7", "periode": "P6M"}""".formatted(bsn));

        assertThat(verlengd).hasStatusOk().bodyJson().isEqualTo("""
                {"gemeentecode": "0363", "startdatum": "%s", "einddatum": "%s", "vorigeEinddatum": "%s",
                 "verlengingsgrondcode": "7"}"""
                .formatted(einde.minusYears(3).plusDays(1), einde.plusMonths(6), einde));
        InburgeringstermijnGewijzigd gewijzigd = gewijzigd(bsn);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringstermijn.VERLENGING_AMBTSHALVE);
        assertThat(gewijzigd.getVerlengingsgrondomschrijving()).isEqualTo("Bijzondere omstandigheden");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/termijnverlengingen", """
                {"bsn": "%s", "verlengingsgrondcode": "7", "nieuweEinddatum": "%s"}""".formatted(bsn, einde)))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("niet na de huidige einddatum");
    }

    @Test
    void alleen_duos_eigen_backoffice_verlengt_of_beslist_over_een_aanvraag() {
        String bsn = plichtigeMetTermijn(vandaag.plusMonths(1), Leerroute.B1_ROUTE, Niveau.B1);
        String body = "{\"bsn\": \"" + bsn + "\", \"verlengingsgrondcode\": \"7\", \"periode\": \"P6M\"}";

        assertThat(vraag(HttpMethod.POST, "/api/v1/termijnverlengingen", body, TestTokens.voor("duo-service")
                .rol(Rol.PARTNERSYSTEEM).gemeente(AMSTERDAM, AMSTERDAM_OIN).bearer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(vraag(HttpMethod.POST, "/api/v1/termijnverlengingen", body, TestTokens.voor("duo-service")
                .rol(Rol.DUO_BACKOFFICE).oin("00000001001234567000").bearer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(vraag(HttpMethod.POST, "/api/v1/verlengingsaanvragen/_zoek", "{\"bsn\": \"" + bsn + "\"}",
                TestTokens.voor("duo-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(AMSTERDAM, AMSTERDAM_OIN)
                        .bearer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(aantal("select count(*) from inburgeringstermijn_historie where bsn = ?", bsn)).isEqualTo(1);
    }

    // --- arrange ---

    /** A gezinsmigrant ingeschreven in Amsterdam, without a PIP. */
    private String plichtige() {
        String bsn = TestBsn.nieuw();
        LocalDate begin = vandaag.minusYears(4);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "6" + bsn, AMSTERDAM,
                new Verblijfsgegevens(Verblijfsdoel.GEZINSHERENIGING, false, "MA", LocalDate.of(1991, 2, 3), begin,
                        begin), begin);
        plicht.plichtig(begin, GedetailleerdeDoelgroep.GEZINSHERENIGER, begin);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }

    /** A plichtige with a PIP of Amsterdam and a termijn that ends on {@code einde}; nothing achieved yet. */
    private String plichtigeMetTermijn(LocalDate einde, Leerroute leerroute, Niveau niveau) {
        String bsn = plichtige();
        metPipEnTermijn(bsn, einde, leerroute, niveau);
        return bsn;
    }

    private void metPipEnTermijn(String bsn, LocalDate einde, Leerroute leerroute, Niveau niveau) {
        LocalDate dagtekening = einde.minusYears(3);
        opbouw.leg(bsn, () -> {
            pips.save(new PipEntity(bsn, new Pip(dagtekening, leerroute, niveau, null, null, AMSTERDAM), false, false,
                    null, null, Kanaal.STELSELDIENST, dagtekening));
            termijnen.save(new InburgeringstermijnEntity(bsn, AMSTERDAM,
                    new Inburgeringstermijn(dagtekening.plusDays(1), einde), dagtekening, dagtekening));
            historie.save(new TermijnhistorieEntity(bsn, dagtekening.plusDays(1), einde, null, null, dagtekening));
        });
    }

    /** As the termijnbewaking job does: the event in the transaction that marks the deadline fired. */
    private void deadline(String bsn, Deadlinesoort soort, LocalDate vervaldag) {
        transactie.executeWithoutResult(status -> publisher.publishEvent(new DeadlineVerstreken(Bsn.of(bsn), soort,
                vervaldag)));
    }

    private long aantal(String sql, String bsn) {
        return jdbc.sql(sql).param(bsn).query(Long.class).single();
    }

    private ConsumerRecord<String, byte[]> opGemeentetopic(Topic stelseldienst, String bsn) {
        return TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TestPartner.gemeentetopic(stelseldienst, AMSTERDAM), r -> TestPartner.bevat(r, bsn));
    }

    private InburgeringstermijnGewijzigd gewijzigd(String bsn) {
        return TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSTERMIJN, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn) && r.headers().lastHeader("ce_type") != null
                        && new String(r.headers().lastHeader("ce_type").value()).contains("gewijzigd"), 1).stream()
                .map(r -> AvroCodec.decode(r.value(), InburgeringstermijnGewijzigd.class)).findFirst().orElseThrow();
    }

    // --- act ---

    private MvcTestResult backoffice(HttpMethod methode, String pad, String body) {
        return vraag(methode, pad, body, TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer());
    }

    private MvcTestResult vraag(HttpMethod methode, String pad, String body, String token) {
        return MvcVerzoeken.vraag(mvc, methode, pad, body, token);
    }

    /** DUO's M2M Inburgeringstermijn API as Amsterdam's system asks it, request and response checked by the spec. */
    private MvcTestResult termijnM2m(String bsn, String pad) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION,
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).gemeente(AMSTERDAM, AMSTERDAM_OIN).bearer());
        headers.set("bron", AMSTERDAM_OIN);
        headers.set("doel", duoOin);
        headers.set("berichtId", UUID.randomUUID().toString());
        MvcTestResult antwoord = M2mSpec.INBURGERINGSTERMIJN.vraag(mvc, HttpMethod.GET, "/personen/" + bsn + pad,
                headers, null);
        assertThat(fouten(M2mSpec.INBURGERINGSTERMIJN.valideerVerzoek(antwoord.getMvcResult()))).isEmpty();
        assertThat(antwoord).hasStatusOk();
        return antwoord;
    }
}
