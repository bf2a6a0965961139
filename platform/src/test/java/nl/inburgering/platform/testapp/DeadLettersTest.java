package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.testapp.PlatformTestApplication.InschrijvingListener;

/**
 * Dead letters without personal data, and a dead-letter topic that is not a dead end: the operator lists them and
 * replays one after a fix (issue 11, items 8 and 17; decision 0013).
 */
@PlatformIntegratieTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DeadLettersTest {

    private static final String TOPIC = "brp.inschrijvingen.v1";
    private static final String DLT = TOPIC + "-dlt";

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KetenProperties properties;

    private static final String BEHEERDER = TestTokens.voor("platform-test").rol(Rol.BEHEERDER).bearer();

    private long ontvangen(String bsn, String gemeentecode) {
        return jdbc.sql("select count(*) from ontvangen_inschrijving where bsn = ? and gemeentecode = ?")
                .params(bsn, gemeentecode).query(Long.class).single();
    }

    private ResultActions lijst(String query) throws Exception {
        return mvc.perform(get("/beheer/dead-letters" + query).header("Authorization", BEHEERDER));
    }

    private ResultActions herverwerk(ConsumerRecord<?, ?> deadLetter) throws Exception {
        return mvc.perform(post("/beheer/dead-letters/{topic}/{partitie}/{offset}/_herverwerk", deadLetter.topic(),
                deadLetter.partition(), deadLetter.offset()).header("Authorization", BEHEERDER));
    }

    @AfterEach
    void herstel() {
        InschrijvingListener.WEIGEREN.clear();
    }

    /** A validated part of an inschrijving, as a handler of a service might check it. */
    record Verblijf(@NotNull LocalDate ingangsdatum, @Pattern(regexp = "\\d{10}") String vNummer) {
    }

    private static RuntimeException validatiefout(String bsn) {
        var overtredingen = Validation.buildDefaultValidatorFactory().getValidator().validate(new Verblijf(null, bsn));
        return new ConstraintViolationException("verblijf van BSN " + bsn + " (V-nummer "
                + InschrijvingListener.V_NUMMER + "): " + overtredingen, overtredingen);
    }

    private static RuntimeException eigenRegel(String bsn) {
        return new InvalidEventException("inschrijving van " + bsn + " met V-nummer " + InschrijvingListener.V_NUMMER
                + " heeft geen verblijfsrecht");
    }

    private ConsumerRecord<String, byte[]> deadLetterNa(String gemeentecode, Function<String, RuntimeException> fout,
            String bsn) {
        InschrijvingListener.WEIGEREN.put(gemeentecode, fout);
        inschrijver.schrijfIn(bsn, gemeentecode);
        return TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), DLT,
                r -> TestPartner.bevat(r, bsn));
    }

    private static String header(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void geenPersoonsgegevensInDeHeaders(ConsumerRecord<String, byte[]> deadLetter, String bsn) {
        for (Header header : deadLetter.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                    .doesNotContain(bsn).doesNotContain(InschrijvingListener.V_NUMMER);
        }
    }

    @Test
    void een_regel_die_het_bsn_en_een_v_nummer_noemt_laat_in_de_dlt_alleen_een_reden_zonder_persoonsgegevens() {
        String bsn = TestBsn.nieuw();

        ConsumerRecord<String, byte[]> deadLetter = deadLetterNa("8801",
                InschrijvingListener::weigeringMetPersoonsgegevens, bsn);

        geenPersoonsgegevensInDeHeaders(deadLetter, bsn);
        assertThat(header(deadLetter, "keten_dlt-reden")).isEqualTo("ONGELDIGE_WAARDE");
        assertThat(header(deadLetter, "kafka_dlt-exception-message"))
                .startsWith("ONGELDIGE_WAARDE: een waarde in het event voldoet niet aan een validatieregel");
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(deadLetter, "kafka_dlt-exception-cause-fqcn"))
                .isEqualTo(org.springframework.dao.DuplicateKeyException.class.getName());
        assertThat(header(deadLetter, "kafka_dlt-exception-stacktrace"))
                .contains("Caused by: org.springframework.dao.DuplicateKeyException")
                .contains("at nl.inburgering.platform.testapp.PlatformTestApplication$InschrijvingListener")
                .doesNotContain("Key (").doesNotContain("al bekend");
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
    }

    @Test
    void een_validatiefout_laat_in_de_dlt_de_velden_en_regels_zien_maar_niet_de_waarden() {
        String bsn = TestBsn.nieuw();

        ConsumerRecord<String, byte[]> deadLetter = deadLetterNa("8802", DeadLettersTest::validatiefout, bsn);

        geenPersoonsgegevensInDeHeaders(deadLetter, bsn);
        assertThat(header(deadLetter, "keten_dlt-reden")).isEqualTo("ONGELDIGE_WAARDE");
        assertThat(header(deadLetter, "keten_dlt-velden")).isEqualTo("ingangsdatum (NotNull), vNummer (Pattern)");
        assertThat(header(deadLetter, "kafka_dlt-exception-message"))
                .endsWith("velden: ingangsdatum (NotNull), vNummer (Pattern)");
    }

    @Test
    void een_eigen_regel_van_de_dienst_houdt_zijn_uitleg_met_bsn_en_v_nummer_gemaskeerd() {
        String bsn = TestBsn.nieuw();

        ConsumerRecord<String, byte[]> deadLetter = deadLetterNa("8803", DeadLettersTest::eigenRegel, bsn);

        geenPersoonsgegevensInDeHeaders(deadLetter, bsn);
        assertThat(header(deadLetter, "keten_dlt-reden")).isEqualTo("ONGELDIG_EVENT");
        assertThat(header(deadLetter, "kafka_dlt-exception-message"))
                .endsWith("inschrijving van ********* met V-nummer ********** heeft geen verblijfsrecht");
    }

    // issue 11 item 17: the list, the replay, the retention

    @Test
    void de_beheerder_ziet_de_dead_letters_van_zijn_dienst_met_herkomst_en_reden_maar_zonder_inhoud() throws Exception {
        String bsn = TestBsn.nieuw();
        ConsumerRecord<String, byte[]> deadLetter = deadLetterNa("8811",
                InschrijvingListener::weigeringMetPersoonsgegevens, bsn);
        String eventId = header(deadLetter, "ce_id");
        String letter = "$.deadLetters[?(@.eventId == '" + eventId + "')]";

        lijst("?topic=" + TOPIC + "&paginaGrootte=100").andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString(bsn))))
                .andExpect(jsonPath("$.topics", contains(DLT)))
                .andExpect(jsonPath("$.volledig").value(true))
                .andExpect(jsonPath(letter + ".topic", contains(DLT)))
                .andExpect(jsonPath(letter + ".partitie", contains(deadLetter.partition())))
                .andExpect(jsonPath(letter + ".offset", contains((int) deadLetter.offset())))
                .andExpect(jsonPath(letter + ".tijd", hasSize(1)))
                .andExpect(jsonPath(letter + ".origineel.topic", contains(TOPIC)))
                .andExpect(jsonPath(letter + ".origineel.partitie", contains(deadLetter.partition())))
                .andExpect(jsonPath(letter + ".eventType", contains("nl.inburgering.brp.ingezetene-ingeschreven")))
                .andExpect(jsonPath(letter + ".bron", contains(org.hamcrest.Matchers.endsWith(":systeem:platform-test"))))
                .andExpect(jsonPath(letter + ".reden.code", contains("ONGELDIGE_WAARDE")))
                .andExpect(jsonPath(letter + ".reden.uitzondering", contains(IllegalArgumentException.class.getName())))
                .andExpect(jsonPath(letter + ".herverwerkingen[*].op", hasSize(0)))
                .andExpect(jsonPath(letter + ".value").doesNotExist());
        lijst("").andExpect(status().isOk()).andExpect(jsonPath("$.topics", org.hamcrest.Matchers.hasItem(DLT)))
                .andExpect(jsonPath(letter + ".offset", contains((int) deadLetter.offset())));
        lijst("?topic=" + TOPIC + "&paginaGrootte=1").andExpect(jsonPath("$.deadLetters", hasSize(1)));
    }

    @Test
    void de_lijst_is_alleen_voor_de_beheerder_en_noemt_een_onbekend_topic_en_een_te_grote_pagina_als_problemen()
            throws Exception {
        mvc.perform(get("/beheer/dead-letters").header("Authorization",
                TestTokens.voor("platform-test").rol(Rol.MONITORING).bearer())).andExpect(status().isForbidden());
        lijst("?topic=duo.onbekend.v1&paginaGrootte=101").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[*].name",
                        org.hamcrest.Matchers.containsInAnyOrder("topic", "paginaGrootte")));
        lijst("?topic=duo.onbekend.v1").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("topic"));
        mvc.perform(post("/beheer/dead-letters/{topic}/0/0/_herverwerk", "duo.onbekend.v1-dlt")
                .header("Authorization", BEHEERDER)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/beheer/dead-letters/{topic}/0/{offset}/_herverwerk", DLT, Long.MAX_VALUE - 1)
                .header("Authorization", BEHEERDER)).andExpect(status().isNotFound());
    }

    @Test
    void na_het_herstel_verwerkt_een_herverwerking_het_bericht_en_twee_keer_herverwerken_heeft_een_effect(
            CapturedOutput uitvoer) throws Exception {
        String bsn = TestBsn.nieuw();
        ConsumerRecord<String, byte[]> deadLetter = deadLetterNa("8812",
                InschrijvingListener::weigeringMetPersoonsgegevens, bsn);
        assertThat(ontvangen(bsn, "8812")).isZero();

        InschrijvingListener.WEIGEREN.remove("8812"); // the fixed service is deployed
        herverwerk(deadLetter).andExpect(status().isAccepted()).andExpect(jsonPath("$.topic").value(TOPIC))
                .andExpect(jsonPath("$.door").value(org.hamcrest.Matchers.startsWith("test-client")));
        herverwerk(deadLetter).andExpect(status().isAccepted());
        // a later event of the same person: same key, same partition, so handled after both replays
        inschrijver.schrijfIn(bsn, "0363");

        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "0363") == 1);
        assertThat(ontvangen(bsn, "8812")).as("twee herverwerkingen, een effect").isEqualTo(1);
        String letter = "$.deadLetters[?(@.eventId == '" + header(deadLetter, "ce_id") + "')]";
        lijst("?topic=" + DLT + "&paginaGrootte=100")
                .andExpect(jsonPath(letter + ".herverwerkingen[*].door",
                        contains(org.hamcrest.Matchers.startsWith("test-client"),
                                org.hamcrest.Matchers.startsWith("test-client"))))
                .andExpect(jsonPath(letter + ".herverwerkingen[*].topic", contains(TOPIC, TOPIC)));
        String coordinaten = DLT + "-" + deadLetter.partition() + "@" + deadLetter.offset();
        assertThat(uitvoer.getOut()).contains("Dead letter " + coordinaten + " (event " + header(deadLetter, "ce_id"))
                .contains("door test-client");
        List<ConsumerRecord<String, byte[]>> opnieuw = TestPartner.wachtOp(
                KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC,
                r -> coordinaten.equals(header(r, "keten_herverwerkt-uit")), 2);
        assertThat(opnieuw).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(deadLetter.key());
            assertThat(r.value()).isEqualTo(deadLetter.value());
            assertThat(header(r, "ce_id")).isEqualTo(header(deadLetter, "ce_id"));
            assertThat(r.headers()).noneMatch(h -> h.key().startsWith("kafka_dlt-") || h.key().startsWith("keten_dlt-"));
        });
    }

    @Test
    void een_dead_letter_topic_bewaart_zijn_berichten_zo_lang_als_keten_kafka_dlt_retentie_zegt() throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                KetenTestInfrastructuur.kafkaBootstrapServers()))) {
            var dlt = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, DLT);
            var gewoon = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, TOPIC);
            var configs = admin.describeConfigs(List.of(dlt, gewoon)).all().get();
            assertThat(configs.get(dlt).get("retention.ms").value())
                    .isEqualTo(String.valueOf(properties.kafka().dltRetentie().toMillis()))
                    .isEqualTo(String.valueOf(Duration.ofDays(365).toMillis()));
            assertThat(configs.get(gewoon).get("retention.ms").value())
                    .isEqualTo(String.valueOf(Duration.ofDays(7).toMillis()));
        }
    }
}
