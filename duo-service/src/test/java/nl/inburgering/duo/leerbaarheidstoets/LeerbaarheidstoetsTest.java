package nl.inburgering.duo.leerbaarheidstoets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.avro.specific.SpecificRecordBase;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Seed §4.2 at DUO, against a real broker and PostgreSQL: the toets klaargezet with an examennummer for the gemeente
 * that receives the plicht (never COA), the toetsbegeleider's verklaring over Kafka, the uitslag from DUO's
 * toetsafname-systeem over REST, and the uitkomst (#6) exactly once, in either order. Also #17 gevolgde uren.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class LeerbaarheidstoetsTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** A Wednesday in a week without holidays: the uitkomst is due by the end of Friday 21 November 2025. */
    private static final LocalDate AFNAME = LocalDate.of(2025, 11, 19);
    private static final Instant UITERLIJK = LocalDate.of(2025, 11, 22).atStartOfDay(NL).toInstant();
    private static final String UITSLAG = "/api/v1/leerbaarheidstoetsen/_uitslag";
    private static final String DUO_OIN = "00000001003214345000";
    /** Twelve characters at random (Crockford's base32), as DUO's API allows: not guessable, not counting. */
    private static final String EXAMENNUMMER = "[0-9A-HJKMNP-TV-Z]{12}";
    private static final String UITKOMST_TYPE = TopicCatalogue.eventTypeOf(LeerbaarheidstoetsUitkomstVastgesteld.class)
            .type();
    private static final String KLAARGEZET_TYPE = TopicCatalogue.eventTypeOf(LeerbaarheidstoetsKlaargezet.class).type();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    // --- klaarzetten with the plicht (#3) ---

    @Test
    void een_plichtige_gezinsmigrant_krijgt_met_de_plicht_een_klaargezette_toets_met_examennummer_voor_zijn_gemeente() {
        String bsn = TestBsn.nieuw();

        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING, "0363");

        LeerbaarheidstoetsKlaargezet klaargezet = klaargezet(bsn, 1).get(0);
        assertThat(klaargezet.getGemeentecode()).isEqualTo("0363");
        assertThat(klaargezet.getHerkansing()).isFalse();
        assertThat(klaargezet.getExamennummer()).matches(EXAMENNUMMER);
        assertThat(klaargezet.getDatumKlaargezet()).isEqualTo(LocalDate.now(NL));
        assertThat(status(klaargezet.getExamennummer())).isEqualTo("KLAARGEZET");
    }

    @Test
    void een_asielstatushouder_in_het_azc_krijgt_de_klaargezette_toets_bij_de_koppeling_via_zijn_gemeente_en_niet_via_coa() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.ASIEL, "0344");
        InburgeringsplichtVastgesteld aanCoa = plicht(bsn, 1).get(0);
        assertThat(aanCoa.getOntvanger()).isEqualTo(Ontvanger.COA);
        await().atMost(Duration.ofSeconds(30)).until(() -> klaargezetInOutbox(bsn).isEmpty() && toetsen(bsn) == 1);

        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.inburgeraarGekoppeldAanGemeente().setBsn(bsn)
                .setGemeentecode("0599").setDatumKoppeling(LocalDate.now(NL))
                .build());

        assertThat(plicht(bsn, 2).get(1).getGemeentecode()).isEqualTo("0599");
        LeerbaarheidstoetsKlaargezet klaargezet = klaargezet(bsn, 1).get(0);
        assertThat(klaargezet.getGemeentecode()).isEqualTo("0599");
        assertThat(klaargezet.getExamennummer()).matches(EXAMENNUMMER);
        assertThat(klaargezetInOutbox(bsn)).as("alleen de gekoppelde gemeente, nooit COA").hasSize(1);
    }

    // --- the verklaring of the toetsbegeleider ---

    @Test
    void na_een_negatieve_verklaring_ordentelijk_verloop_zet_duo_een_nieuwe_toets_klaar_met_een_nieuw_examennummer() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, "0363");
        String eerste = klaargezet(bsn, 1).get(0).getExamennummer();

        verklaar(bsn, "0363", eerste, false, "De kandidaat kreeg hulp van een tolk.");

        LeerbaarheidstoetsKlaargezet herkansing = klaargezet(bsn, 2).get(1);
        assertThat(herkansing.getHerkansing()).isTrue();
        assertThat(herkansing.getGemeentecode()).isEqualTo("0363");
        assertThat(herkansing.getExamennummer()).matches(EXAMENNUMMER).isNotEqualTo(eerste);
        assertThat(status(eerste)).isEqualTo("ONGELDIG");
        assertThat(status(herkansing.getExamennummer())).isEqualTo("KLAARGEZET");
        assertThat(uitslag(eerste, "60,00")).as("de uitslag van een ongeldige toets telt niet")
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void na_een_ordentelijke_verklaring_en_dan_de_uitslag_gaat_de_uitkomst_eenmaal_naar_de_gemeente() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING, "0363");
        String examennummer = klaargezet(bsn, 1).get(0).getExamennummer();

        verklaar(bsn, "0363", examennummer, true, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> "AFGENOMEN".equals(status(examennummer)));
        assertThat(uitkomstenInOutbox(bsn)).isEmpty();

        assertThat(uitslag(examennummer, "61,50")).hasStatusOk().bodyJson()
                .extractingPath("$.uitkomstGeleverd").isEqualTo(true);

        LeerbaarheidstoetsUitkomstVastgesteld uitkomst = uitkomst(bsn);
        assertThat(uitkomst.getGemeentecode()).isEqualTo("0363");
        assertThat(uitkomst.getResultaat()).isEqualTo(LeerbaarheidstoetsResultaat.B1_ROUTE_HAALBAAR);
        assertThat(uitkomst.getBehaaldeScore()).isEqualTo("61,50");
        assertThat(uitkomst.getBenodigdeScore()).isEqualTo("55,00");
        assertThat(uitkomst.getDatumAfname()).isEqualTo(AFNAME);
        assertThat(uitkomstenInOutbox(bsn)).singleElement().isEqualTo(UITERLIJK);

        assertThat(uitslag(examennummer, "61,50")).as("al geleverd").hasStatus(HttpStatus.CONFLICT);
        long verklaringen = verklaringenOntvangen();
        verklaar(bsn, "0363", examennummer, true, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> verklaringenOntvangen() > verklaringen);
        assertThat(status(examennummer)).isEqualTo("AFGEROND");
        assertThat(uitkomstenInOutbox(bsn)).as("een tweede verklaring levert niet opnieuw").hasSize(1);
    }

    @Test
    void na_de_uitslag_en_dan_een_ordentelijke_verklaring_gaat_de_uitkomst_eenmaal_naar_de_gemeente() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING, "0363");
        String examennummer = klaargezet(bsn, 1).get(0).getExamennummer();

        assertThat(uitslag(examennummer, "42,25")).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"examennummer\": \"" + examennummer
                        + "\", \"status\": \"AFGENOMEN\", \"uitkomstGeleverd\": false}");
        assertThat(uitkomstenInOutbox(bsn)).isEmpty();

        verklaar(bsn, "0363", null, true, "Rustig verlopen.");

        LeerbaarheidstoetsUitkomstVastgesteld uitkomst = uitkomst(bsn);
        assertThat(uitkomst.getResultaat()).isEqualTo(LeerbaarheidstoetsResultaat.B1_ROUTE_NIET_HAALBAAR);
        assertThat(uitkomst.getBehaaldeScore()).isEqualTo("42,25");
        assertThat(uitkomst.getBenodigdeScore()).isEqualTo("55,00");
        assertThat(uitkomst.getDatumAfname()).isEqualTo(AFNAME);
        assertThat(uitkomstenInOutbox(bsn)).singleElement().isEqualTo(UITERLIJK);
        assertThat(uitslag(examennummer, "42,25")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void een_toets_zonder_score_heeft_als_uitkomst_onbekend() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING, "0363");
        String examennummer = klaargezet(bsn, 1).get(0).getExamennummer();
        verklaar(bsn, "0363", examennummer, true, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> "AFGENOMEN".equals(status(examennummer)));

        assertThat(uitslag(examennummer, null)).hasStatusOk();

        LeerbaarheidstoetsUitkomstVastgesteld uitkomst = uitkomst(bsn);
        assertThat(uitkomst.getResultaat()).isEqualTo(LeerbaarheidstoetsResultaat.ONBEKEND);
        assertThat(uitkomst.getBehaaldeScore()).isNull();
        assertThat(uitkomst.getBenodigdeScore()).isEqualTo("55,00");
    }

    @Test
    void een_negatieve_verklaring_zonder_toelichting_gaat_met_reden_naar_de_dlt_en_de_toets_blijft_klaargezet() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSHERENIGING, "0363");
        String examennummer = klaargezet(bsn, 1).get(0).getExamennummer();

        verklaar(bsn, "0363", examennummer, false, null);

        assertThat(dltReden(TopicCatalogue.VERLOOP_LEERBAARHEIDSTOETS.deadLetterTopic(), bsn))
                .contains("zonder toelichting");
        assertThat(status(examennummer)).isEqualTo("KLAARGEZET");
    }

    @Test
    void een_verklaring_met_een_ongeldige_gemeentecode_gaat_met_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();

        verklaar(bsn, "363", null, true, null);

        assertThat(dltReden(TopicCatalogue.VERLOOP_LEERBAARHEIDSTOETS.deadLetterTopic(), bsn))
                .contains("ongeldige gemeentecode");
    }

    // --- the uitslag endpoint's errors ---

    @Test
    void een_uitslag_voor_een_onbekend_examennummer_is_niet_gevonden() {
        assertThat(uitslag("LBT999999999", "61,50")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void een_ongeldige_uitslag_meldt_alle_problemen_tegelijk() {
        MvcTestResult antwoord = post(UITSLAG, """
                {"examennummer": "LBT0000000000001", "datumAfname": "19-11-2025", "behaaldeScore": "61.5"}
                """, TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(DUO_OIN).bearer());

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name")
                .asArray().containsExactlyInAnyOrder("examennummer", "datumAfname", "behaaldeScore");
    }

    @Test
    void een_uitslag_met_een_afname_in_de_toekomst_of_zonder_examennummer_is_ongeldig() {
        MvcTestResult antwoord = post(UITSLAG, "{\"datumAfname\": \"" + LocalDate.now(NL).plusDays(2) + "\"}",
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).oin(DUO_OIN).bearer());

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].code")
                .asArray().containsExactlyInAnyOrder("required", "future");
    }

    @Test
    void een_klantmanager_van_een_gemeente_geeft_geen_uitslag_door() {
        assertThat(post(UITSLAG, "{\"examennummer\": \"LBT000000001\", \"datumAfname\": \"2025-11-19\"}",
                TestTokens.voor("duo-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363", "00000001002220647000")
                        .bearer())).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void het_partnersysteem_van_een_andere_organisatie_zet_geen_score_en_de_toets_blijft_klaargezet() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, "0363");
        String examennummer = klaargezet(bsn, 1).get(0).getExamennummer();
        String body = "{\"examennummer\": \"" + examennummer + "\", \"datumAfname\": \"" + AFNAME
                + "\", \"behaaldeScore\": \"99,00\"}";

        MvcTestResult vanEenGemeentesysteem = post(UITSLAG, body, TestTokens.voor("duo-service")
                .rol(Rol.PARTNERSYSTEEM).gemeente("0363", "00000001002564440000").bearer());
        MvcTestResult vanEenBackofficeElders = post(UITSLAG, body,
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin("00000001001234567000").bearer());

        assertThat(vanEenGemeentesysteem).hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(vanEenBackofficeElders).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(status(examennummer)).isEqualTo("KLAARGEZET");
    }

    // --- #17 gevolgde uren ---

    @Test
    void een_latere_stand_van_de_gevolgde_uren_vervangt_een_eerdere_en_een_oudere_niet() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.ASIEL, "0344");
        plicht(bsn, 1);

        urenGemeld(bsn, "0599", LocalDate.of(2026, 3, 31), 40);
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(40).equals(taaluren(bsn, "0599")));

        urenGemeld(bsn, "0599", LocalDate.of(2026, 2, 28), 25);
        // Same key, same partition: once this later event is in, the older stand before it was handled too.
        urenGemeld(bsn, "0363", LocalDate.of(2026, 2, 28), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> taaluren(bsn, "0363") != null);
        assertThat(taaluren(bsn, "0599")).as("een oudere stand overschrijft een nieuwere niet").isEqualTo(40);

        urenGemeld(bsn, "0599", LocalDate.of(2026, 4, 30), 55);
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(55).equals(taaluren(bsn, "0599")));
        assertThat(jdbc.sql("select peildatum from gevolgde_uren where bsn = ? and gemeentecode = '0599'").param(bsn)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void gevolgde_uren_buiten_0_tot_en_met_9999_gaan_met_reden_naar_de_dlt() {
        String bsn = TestBsn.nieuw();

        urenGemeld(bsn, "0363", LocalDate.of(2026, 3, 31), -4);

        assertThat(dltReden(TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE.deadLetterTopic(), bsn)).contains("buiten 0");
    }

    // --- arrange and act ---

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void indLevert(String bsn, Verblijfsdoel doel, String gemeente) {
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVerblijfsdoel(doel).setIngangsdatumVerblijfsrecht(LocalDate.of(2025, 9, 1))
                .setGemeentecodeInschrijving(gemeente).setDatumInschrijving(LocalDate.of(2025, 9, 8)).build());
    }

    private static void verklaar(String bsn, String gemeente, String examennummer, boolean ordentelijk,
            String toelichting) {
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.leerbaarheidstoetsVerloopVerklaard().setBsn(bsn)
                .setGemeentecode(gemeente).setExamennummer(examennummer).setDatumAfname(AFNAME)
                .setOrdentelijkVerloop(ordentelijk).setToelichting(toelichting).build());
    }

    private static void urenGemeld(String bsn, String gemeente, LocalDate peildatum, int taaluren) {
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.gevolgdeUrenGemeld().setBsn(bsn).setGemeentecode(gemeente)
                .setPeildatum(peildatum).setUrenTaallesEnKnmBredeIntake(taaluren)
                .setUrenParticipatieactiviteitenBredeIntake(10).setUrenParticipatieAlsTaalles(0)
                .setUrenParticipatieZroute(0).setActualisatiemoment(Actualisatiemoment.TUSSENTIJDS).build());
    }

    private MvcTestResult uitslag(String examennummer, String score) {
        String body = "{\"examennummer\": \"" + examennummer + "\", \"datumAfname\": \"" + AFNAME + "\""
                + (score == null ? "" : ", \"behaaldeScore\": \"" + score + "\"") + "}";
        return post(UITSLAG, body, TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM)
                .oin(DUO_OIN).bearer());
    }

    private MvcTestResult post(String uri, String body, String token) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body)
                .header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private static String dltReden(String topic, String bsn) {
        return new String(TestPartner.wachtOp(kafka(), topic, r -> TestPartner.bevat(r, bsn)).headers()
                .lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    private static List<InburgeringsplichtVastgesteld> plicht(String bsn, int aantal) {
        return TestPartner.wachtOp(kafka(), TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn),
                aantal).stream().map(r -> AvroCodec.decode(r.value(), InburgeringsplichtVastgesteld.class)).toList();
    }

    private static List<LeerbaarheidstoetsKlaargezet> klaargezet(String bsn, int aantal) {
        return TestPartner.wachtOp(kafka(), TopicCatalogue.UITKOMST_LEERBAARHEIDSTOETS,
                r -> KLAARGEZET_TYPE.equals(type(r)) && TestPartner.bevat(r, bsn), aantal).stream()
                .map(r -> AvroCodec.decode(r.value(), LeerbaarheidstoetsKlaargezet.class)).toList();
    }

    private static LeerbaarheidstoetsUitkomstVastgesteld uitkomst(String bsn) {
        return AvroCodec.decode(TestPartner.wachtOp(kafka(), TopicCatalogue.UITKOMST_LEERBAARHEIDSTOETS,
                r -> UITKOMST_TYPE.equals(type(r)) && TestPartner.bevat(r, bsn)).value(),
                LeerbaarheidstoetsUitkomstVastgesteld.class);
    }

    /** The deadlines of the uitkomsten of this person in the outbox, one per uitkomst. */
    private List<Instant> uitkomstenInOutbox(String bsn) {
        return vanOutbox(UITKOMST_TYPE, LeerbaarheidstoetsUitkomstVastgesteld.class, bsn);
    }

    private List<Instant> klaargezetInOutbox(String bsn) {
        return vanOutbox(KLAARGEZET_TYPE, LeerbaarheidstoetsKlaargezet.class, bsn);
    }

    private <T extends SpecificRecordBase> List<Instant> vanOutbox(String type, Class<T> schema, String bsn) {
        record Rij(byte[] payload, Timestamp uiterlijk) {
        }
        return jdbc.sql("select payload, uiterlijk_op from outbox_event where type = ? order by volgnummer")
                .param(type).query((rs, i) -> new Rij(rs.getBytes(1), rs.getTimestamp(2))).list().stream()
                .filter(rij -> bsn.equals(AvroCodec.decode(rij.payload(), schema).get("bsn")))
                .map(rij -> rij.uiterlijk().toInstant()).toList();
    }

    /** The tests of this class run one after another: a new row here is the verklaring just sent. */
    private long verklaringenOntvangen() {
        return jdbc.sql("select count(*) from inbox_event where type = ?")
                .param(TopicCatalogue.eventTypeOf(LeerbaarheidstoetsVerloopVerklaard.class).type()).query(Long.class)
                .single();
    }

    private long toetsen(String bsn) {
        return jdbc.sql("select count(*) from leerbaarheidstoets where bsn = ?").param(bsn).query(Long.class).single();
    }

    private String status(String examennummer) {
        return jdbc.sql("select status from leerbaarheidstoets where examennummer = ?").param(examennummer)
                .query(String.class).optional().orElse(null);
    }

    private Integer taaluren(String bsn, String gemeente) {
        return jdbc.sql("select uren_taalles_en_knm_brede_intake from gevolgde_uren where bsn = ? and gemeentecode = ?")
                .param(bsn).param(gemeente).query(Integer.class).optional().orElse(null);
    }
}
