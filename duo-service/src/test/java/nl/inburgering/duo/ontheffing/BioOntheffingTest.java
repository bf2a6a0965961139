package nl.inburgering.duo.ontheffing;

import static nl.inburgering.duo.MvcVerzoeken.veld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Ontheffingsgrond;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.event.BeslissingBioGenomen;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.duo.MvcVerzoeken;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Ontheffing BIO (seed §11.3) against a real broker and PostgreSQL: DUO asks the gemeente for its advies when the
 * aanvraag has none (SS140), completes the dossier and hands it to SZW; SZW's medewerker decides in DUO's service,
 * which publishes #21 on SZW's topic; DUO's ontheffing module reads it from Kafka like any partner's event and decides a
 * gehele ontheffing: #12 to the gemeente (SS108) and the end of the plicht. An unknown dossierkenmerk is dead-lettered.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class BioOntheffingTest {

    private static final String AMSTERDAM = "0363";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** Amsterdam subscribes to DUO's notifications (nothing listens: the rows to send are what this test reads). */
    @DynamicPropertySource
    static void abonnement(DynamicPropertyRegistry registry) {
        registry.add("keten.duo.notificatie.abonnementen." + AMSTERDAM_OIN + ".gemeentecode", () -> AMSTERDAM);
        registry.add("keten.duo.notificatie.abonnementen." + AMSTERDAM_OIN + ".url",
                () -> "http://localhost:9/notificaties");
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcClient jdbc;
    @Value("${keten.oin}")
    String duoOin;

    private final LocalDate vandaag = LocalDate.now(NL);

    @Test
    void zonder_advies_vraagt_DUO_de_gemeente_erom_en_na_SZWs_toekenning_eindigt_de_plicht_met_12_aan_de_gemeente() {
        String bsn = plichtige();
        MvcTestResult aanvraag = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/bio", """
                {"bsn": "%s", "datumAanvraag": "%s", "machtigingMedischOnderzoek": false,
                 "toelichting": "Aanvraag BIO zonder advies van de gemeente."}""".formatted(bsn, vandaag));
        assertThat(aanvraag).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.grond").isEqualTo("BIO");
        String kenmerk = veld(aanvraag, "$.id");
        assertThat(gebeurtenissen(bsn)).containsExactly("SS140");

        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + kenmerk + "/naar-szw",
                "{\"toelichting\": \"te vroeg\"}")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("advies");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + kenmerk + "/advies-gemeente", """
                {"advies": "Positief: inburgeren is door de mantelzorg niet haalbaar.", "datumAdvies": "%s",
                 "toelichting": "Advies van Amsterdam ontvangen."}""".formatted(vandaag))).hasStatusOk();
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + kenmerk + "/naar-szw",
                "{\"toelichting\": \"Dossier compleet.\"}")).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("BIJ_SZW");
        assertThat(szw(HttpMethod.GET, "/api/v1/szw/bio-dossiers", null)).hasStatusOk().bodyJson()
                .extractingPath("$[*].dossierkenmerk").asArray().contains(kenmerk);

        MvcTestResult beslist = szw(HttpMethod.POST, "/api/v1/szw/bio-dossiers/" + kenmerk + "/beslissing",
                "{\"oordeel\": \"TOEKENNING\"}");

        assertThat(beslist).hasStatusOk().bodyJson().extractingPath("$.oordeel").isEqualTo("TOEKENNING");
        BeslissingBioGenomen bio = AvroCodec.decode(TestPartner.wachtOp(kafka(), TopicCatalogue.BESLISSING_BIO,
                r -> TestPartner.bevat(r, bsn)).value(), BeslissingBioGenomen.class);
        assertThat(bio.getDossierkenmerk()).isEqualTo(kenmerk);
        OntheffingBeslist bericht = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.BESLISSING_ONTHEFFING, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), OntheffingBeslist.class);
        assertThat(bericht.getGrond()).isEqualTo(Ontheffingsgrond.BIO);
        assertThat(bericht.getSoort()).isEqualTo(Ontheffingsoort.GEHEEL);
        assertThat(bericht.getOordeel()).isEqualTo(AanvraagOordeel.TOEKENNING);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig());
        assertThat(gebeurtenissen(bsn)).contains("SS140", "SS108");
        assertThat(szw(HttpMethod.POST, "/api/v1/szw/bio-dossiers/" + kenmerk + "/beslissing",
                "{\"oordeel\": \"AFWIJZING\"}")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void met_advies_en_machtiging_wacht_DUO_op_de_arts_en_een_afwijzing_van_SZW_laat_de_plicht_staan() {
        String bsn = plichtige();
        String kenmerk = veld(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/bio", """
                {"bsn": "%s", "datumAanvraag": "%s", "adviesGemeente": "Negatief.", "datumAdviesGemeente": "%s",
                 "machtigingMedischOnderzoek": true, "toelichting": "Aanvraag BIO met advies."}"""
                .formatted(bsn, vandaag, vandaag)), "$.id");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + kenmerk + "/naar-szw",
                "{\"toelichting\": \"te vroeg\"}")).hasStatus(HttpStatus.CONFLICT).bodyText().contains("arts");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + kenmerk + "/medisch-advies",
                "{\"arts\": \"Argonaut\", \"advies\": \"Geen medische beperking.\", \"toelichting\": \"Advies arts.\"}"))
                .hasStatusOk();
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + kenmerk + "/naar-szw",
                "{\"toelichting\": \"Dossier compleet.\"}")).hasStatusOk();

        assertThat(szw(HttpMethod.POST, "/api/v1/szw/bio-dossiers/" + kenmerk + "/beslissing",
                "{\"oordeel\": \"AFWIJZING\"}")).hasStatusOk();

        OntheffingBeslist bericht = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.BESLISSING_ONTHEFFING, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), OntheffingBeslist.class);
        assertThat(bericht.getOordeel()).isEqualTo(AanvraagOordeel.AFWIJZING);
        assertThat(gebeurtenissen(bsn)).doesNotContain("SS140").contains("SS118");
        assertThat(dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig()).isTrue();
        assertThat(szw(HttpMethod.POST, "/api/v1/szw/bio-dossiers/" + kenmerk + "/beslissing",
                "{\"oordeel\": \"TOEKENNING\"}")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_beslissing_bio_voor_een_onbekend_dossierkenmerk_gaat_naar_de_dead_letter_topic() {
        String bsn = plichtige();
        TestPartner.publiceer(kafka(), bsn, BeslissingBioGenomen.newBuilder()
                .setBsn(bsn).setDossierkenmerk(UUID.randomUUID().toString()).setOordeel(AanvraagOordeel.TOEKENNING)
                .setDatumBeslissing(vandaag).build());

        assertThat(TestPartner.wachtOpDodeLetter(kafka(), TopicCatalogue.BESLISSING_BIO,
                r -> TestPartner.bevat(r, bsn))).isNotNull();
        assertThat(dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig()).isTrue();
    }

    @Test
    void SZW_ziet_geen_dossier_dat_niet_bij_SZW_ligt_en_een_onjuist_oordeel_noemt_het_probleem() {
        String bsn = plichtige();
        String kenmerk = veld(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/bio", """
                {"bsn": "%s", "datumAanvraag": "%s", "machtigingMedischOnderzoek": false, "toelichting": "BIO"}"""
                .formatted(bsn, vandaag)), "$.id");

        assertThat(szw(HttpMethod.GET, "/api/v1/szw/bio-dossiers", null)).hasStatusOk().bodyJson()
                .extractingPath("$[*].dossierkenmerk").asArray().doesNotContain(kenmerk);
        assertThat(szw(HttpMethod.POST, "/api/v1/szw/bio-dossiers/" + kenmerk + "/beslissing",
                "{\"oordeel\": \"TOEKENNING\"}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(szw(HttpMethod.POST, "/api/v1/szw/bio-dossiers/" + kenmerk + "/beslissing",
                "{\"oordeel\": \"MISSCHIEN\"}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.invalidParams[0].name").isEqualTo("oordeel");
        assertThat(backoffice(HttpMethod.GET, "/api/v1/szw/bio-dossiers", null)).hasStatus(HttpStatus.FORBIDDEN);
    }

    // --- arrange ---

    private String plichtige() {
        return opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));
    }

    private java.util.List<String> gebeurtenissen(String bsn) {
        return jdbc.sql("select gebeurtenis_id from notificatie where bsn = ? order by volgnummer").param(bsn)
                .query(String.class).list();
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    // --- act ---

    private MvcTestResult backoffice(HttpMethod methode, String pad, String body) {
        return MvcVerzoeken.vraag(mvc, methode, pad, body,
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer());
    }

    private MvcTestResult szw(HttpMethod methode, String pad, String body) {
        return MvcVerzoeken.vraag(mvc, methode, pad, body,
                TestTokens.voor("duo-service").rol(Rol.SZW_MEDEWERKER).oin("00000001003214345000").bearer());
    }
}
