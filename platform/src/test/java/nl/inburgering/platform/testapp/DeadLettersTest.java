package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.testapp.PlatformTestApplication.InschrijvingListener;

/**
 * Dead letters without personal data, and a dead-letter topic that is not a dead end: the operator lists them and
 * replays one after a fix (issue 11, items 8 and 17; decision 0013).
 */
@PlatformIntegratieTest
@AutoConfigureMockMvc
class DeadLettersTest {

    private static final String TOPIC = "brp.inschrijvingen.v1";
    private static final String DLT = TOPIC + "-dlt";

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    MockMvc mvc;

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
}
