package nl.inburgering.platform.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.logboek.Verwerkingsrecord.Status;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.testapp.LogboekGebruik;
import nl.inburgering.platform.testapp.PlatformTestApplication;

@SpringBootTest(classes = PlatformTestApplication.class, properties = "spring.config.name=platform-test")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class LogboekTest {

    private static final String EIGEN_OIN = "00000001003214345000";
    private static final String GEMEENTE_OIN = "00000001001234567000";

    @Autowired
    Logboek logboek;
    @Autowired
    Logboekinzage inzage;
    @Autowired
    LogboekGebruik gebruik;
    @Autowired
    Tracer tracer;
    @Autowired
    Pseudoniem pseudoniem;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void zonderAanroeper() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void een_verwerking_wordt_vastgelegd_met_trace_activiteit_gepseudonimiseerde_betrokkene_organisatie_en_status_ok() {
        String bsn = TestBsn.nieuw();
        alsAanroeper(Jwt.withTokenValue("token").header("alg", "RS256").claim("organisatie_oin", GEMEENTE_OIN)
                .claim("gemeentecode", "0363").build());
        Span span = tracer.nextSpan().name("verzoek").start();

        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            logboek.leg(LogboekGebruik.RAADPLEGEN, bsn);
        } finally {
            span.end();
        }

        assertThat(inzage.voorBetrokkene(bsn)).singleElement().satisfies(record -> {
            assertThat(record.traceId()).isEqualTo(span.context().traceId()).matches("[0-9a-f]{32}");
            assertThat(record.spanId()).isEqualTo(span.context().spanId()).matches("[0-9a-f]{16}");
            assertThat(record.verwerkingsactiviteitId()).isEqualTo(LogboekGebruik.RAADPLEGEN.id());
            assertThat(record.verwerkingsactiviteitNaam()).isEqualTo(LogboekGebruik.RAADPLEGEN.naam());
            assertThat(record.status()).isEqualTo(Status.OK);
            assertThat(record.betrokkene()).isEqualTo(pseudoniem.van(bsn)).doesNotContain(bsn);
            assertThat(record.betrokkeneType()).isEqualTo("BSN");
            assertThat(record.organisatieOin()).isEqualTo(GEMEENTE_OIN);
            assertThat(record.gemeentecode()).isEqualTo("0363");
            assertThat(record.instellingsnummer()).isNull();
            assertThat(record.service()).isEqualTo("platform-test");
            assertThat(record.einde()).isAfterOrEqualTo(record.start());
        });
        assertThat(jdbc.sql("select count(*) from logboek_dataverwerking l where row_to_json(l)::text like ?")
                .param("%" + bsn + "%").query(Long.class).single()).as("rijen met het BSN zelf").isZero();
    }

    @Test
    void zonder_aanroeper_en_zonder_span_legt_de_dienst_zijn_eigen_oin_vast_in_een_eigen_trace() {
        String bsn = TestBsn.nieuw();

        logboek.leg(LogboekGebruik.RAADPLEGEN, bsn);

        assertThat(inzage.voorBetrokkene(bsn)).singleElement().satisfies(record -> {
            assertThat(record.organisatieOin()).isEqualTo(EIGEN_OIN);
            assertThat(record.gemeentecode()).isNull();
            assertThat(record.traceId()).matches("[0-9a-f]{32}");
            assertThat(record.spanId()).matches("[0-9a-f]{16}");
            assertThat(record.status()).isEqualTo(Status.OK);
        });
        assertThat(tracer.currentSpan()).as("de eigen span is weer gesloten").isNull();
    }

    @Test
    void een_lijst_raadplegen_legt_een_record_per_persoon_vast() {
        List<String> bsns = List.of(TestBsn.nieuw(), TestBsn.nieuw(), TestBsn.nieuw());

        gebruik.raadpleeg(List.of(bsns.get(0), bsns.get(1), bsns.get(2), bsns.get(0)), false);

        String traceId = inzage.voorBetrokkene(bsns.get(0)).get(0).traceId();
        for (String bsn : bsns) {
            assertThat(inzage.voorBetrokkene(bsn)).singleElement().satisfies(record -> {
                assertThat(record.traceId()).isEqualTo(traceId);
                assertThat(record.status()).isEqualTo(Status.OK);
            });
        }
        assertThat(inzage.voorTrace(traceId)).extracting(Verwerkingsrecord::betrokkene)
                .containsExactlyInAnyOrderElementsOf(bsns.stream().map(pseudoniem::van).toList());
    }

    @Test
    void een_wijziging_en_haar_record_committen_samen() {
        String bsn = TestBsn.nieuw();

        gebruik.wijzig(bsn, LogboekGebruik.WIJZIGEN, false);

        assertThat(gebruik.aantalWijzigingen(bsn)).isEqualTo(1);
        assertThat(inzage.voorBetrokkene(bsn)).singleElement().satisfies(record -> {
            assertThat(record.verwerkingsactiviteitId()).isEqualTo(LogboekGebruik.WIJZIGEN.id());
            assertThat(record.status()).isEqualTo(Status.OK);
        });
    }

    @Test
    void een_teruggedraaide_wijziging_laat_geen_ok_record_achter_maar_een_error_record() {
        String bsn = TestBsn.nieuw();

        assertThatThrownBy(() -> gebruik.wijzig(bsn, LogboekGebruik.WIJZIGEN, true))
                .isInstanceOf(IllegalStateException.class);

        assertThat(gebruik.aantalWijzigingen(bsn)).isZero();
        assertThat(inzage.voorBetrokkene(bsn)).singleElement().satisfies(record -> {
            assertThat(record.verwerkingsactiviteitId()).isEqualTo(LogboekGebruik.WIJZIGEN.id());
            assertThat(record.status()).isEqualTo(Status.ERROR);
        });
    }

    @Test
    void een_mislukte_raadpleging_in_een_alleen_lezen_transactie_houdt_haar_record_met_status_error() {
        String bsn = TestBsn.nieuw();

        assertThatThrownBy(() -> gebruik.raadpleeg(List.of(bsn), true)).isInstanceOf(IllegalStateException.class);

        assertThat(inzage.voorBetrokkene(bsn)).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(Status.ERROR));
    }

    @Test
    void een_raadpleging_in_een_alleen_lezen_transactie_schrijft_haar_record_over_haar_eigen_verbinding() {
        // Issue 11, item 21: a second connection per read let 16 concurrent readers exhaust the pool.
        String bsn = TestBsn.nieuw();

        int verbindingen = Statementteller.tel(() -> gebruik.raadpleeg(List.of(bsn), false)).verbindingenTegelijk();

        assertThat(verbindingen).as("verbindingen van de pool tegelijk").isEqualTo(1);
        assertThat(inzage.voorBetrokkene(bsn)).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(Status.OK));
    }

    @Test
    void als_het_logboek_niet_kan_worden_geschreven_geeft_een_raadpleging_in_een_transactie_geen_gegevens() {
        String bsn = TestBsn.nieuw();

        assertThatThrownBy(() -> gebruik.raadpleeg(List.of(bsn), LogboekGebruik.ONSCHRIJFBAAR))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("logboek niet beschikbaar");

        assertThat(inzage.voorBetrokkene(bsn)).isEmpty();
    }

    @Test
    void als_het_logboek_niet_kan_worden_geschreven_faalt_de_wijziging_en_blijft_er_niets_van_over() {
        String bsn = TestBsn.nieuw();

        assertThatThrownBy(() -> gebruik.wijzig(bsn, LogboekGebruik.ONSCHRIJFBAAR, false))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("logboek niet beschikbaar");

        assertThat(gebruik.aantalWijzigingen(bsn)).isZero();
        assertThat(inzage.voorBetrokkene(bsn)).isEmpty();
    }

    @Test
    void als_het_logboek_niet_kan_worden_geschreven_faalt_ook_een_raadpleging_buiten_een_transactie() {
        String bsn = TestBsn.nieuw();

        assertThatThrownBy(() -> logboek.leg(LogboekGebruik.ONSCHRIJFBAAR, bsn))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("logboek niet beschikbaar");

        assertThat(inzage.voorBetrokkene(bsn)).isEmpty();
    }

    @Test
    void een_token_zonder_organisatie_kan_niet_worden_toegerekend_en_faalt() {
        String bsn = TestBsn.nieuw();
        alsAanroeper(Jwt.withTokenValue("token").header("alg", "RS256").claim("sub", "iemand").build());

        assertThatThrownBy(() -> logboek.leg(LogboekGebruik.RAADPLEGEN, bsn))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("organisatie_oin");

        assertThat(inzage.voorBetrokkene(bsn)).isEmpty();
    }

    @Test
    void een_logregel_van_de_draaiende_dienst_toont_een_bsn_gemaskeerd(CapturedOutput uitvoer) {
        String bsn = TestBsn.nieuw();
        Logger log = LoggerFactory.getLogger(LogboekTest.class);

        log.warn("Inburgeraar {} niet gevonden", bsn, new IllegalStateException("geen dossier voor " + bsn));

        assertThat(uitvoer.getOut()).contains("Inburgeraar ********* niet gevonden")
                .contains("geen dossier voor *********").doesNotContain(bsn);
    }

    private static void alsAanroeper(Jwt token) {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
    }
}
