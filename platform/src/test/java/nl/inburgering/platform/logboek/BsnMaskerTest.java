package nl.inburgering.platform.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

class BsnMaskerTest {

    /** Passes the elfproef: 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66. */
    private static final String BSN = "111222333";
    /** Nine digits that fail the elfproef. */
    private static final String GEEN_BSN = "123456789";

    private final ByteArrayOutputStream regels = new ByteArrayOutputStream();
    private Logger logger;
    private OutputStreamAppender<ILoggingEvent> appender;

    @BeforeEach
    void vangLogregels() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0} - %msg%n%ex");
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("gevangen");
        appender.setEncoder(encoder);
        appender.setOutputStream(regels);
        appender.start();
        logger = context.getLogger("maskeringstest");
        logger.setAdditive(false);
        logger.addAppender(appender);
        BsnMaskering.installeer();
    }

    @AfterEach
    void ruimOp() {
        logger.detachAppender(appender);
        appender.stop();
    }

    private String gelogd() {
        return regels.toString(StandardCharsets.UTF_8);
    }

    @Test
    void een_logregel_met_een_geldig_bsn_wordt_gemaskeerd() {
        logger.info("Inburgeraar met bsn {} ingeschreven", BSN);

        assertThat(gelogd()).isEqualTo("INFO maskeringstest - Inburgeraar met bsn ********* ingeschreven\n");
    }

    @Test
    void een_getal_van_negen_cijfers_dat_de_elfproef_niet_haalt_blijft_staan() {
        logger.info("Zaaknummer {} aangemaakt", GEEN_BSN);

        assertThat(gelogd()).isEqualTo("INFO maskeringstest - Zaaknummer " + GEEN_BSN + " aangemaakt\n");
    }

    @Test
    void een_bsn_in_de_melding_van_een_exceptie_in_de_stacktrace_wordt_gemaskeerd() {
        logger.error("Verwerking mislukt", new IllegalArgumentException("onbekend bsn " + BSN));

        assertThat(gelogd()).contains("java.lang.IllegalArgumentException: onbekend bsn *********")
                .doesNotContain(BSN);
    }

    @Test
    void een_bsn_in_een_bericht_in_json_of_tussen_leestekens_wordt_gemaskeerd() {
        assertThat(BsnMasker.maskeer("{\"bsn\":\"" + BSN + "\"}")).isEqualTo("{\"bsn\":\"*********\"}");
        assertThat(BsnMasker.maskeer("bsn=" + BSN + ", bsn:" + BSN + ".")).isEqualTo("bsn=*********, bsn:*********.");
        assertThat(BsnMasker.maskeer("BSN" + BSN)).isEqualTo("BSN*********");
    }

    @Test
    void langere_of_kortere_getallen_en_hexadecimale_ids_blijven_staan() {
        assertThat(BsnMasker.maskeer("1" + BSN)).isEqualTo("1" + BSN);
        assertThat(BsnMasker.maskeer(BSN + "0")).isEqualTo(BSN + "0");
        assertThat(BsnMasker.maskeer(BSN.substring(1))).isEqualTo(BSN.substring(1));
        String traceId = "4bf92f3577b34da6a" + BSN + "e47361";
        assertThat(BsnMasker.maskeer("[platform-test," + traceId + "]")).isEqualTo("[platform-test," + traceId + "]");
    }

    @Test
    void de_maskering_wordt_maar_een_keer_geinstalleerd() {
        BsnMaskering.installeer();

        assertThat(appender.getEncoder()).isInstanceOf(BsnMaskerendeEncoder.class);
        assertThat(((BsnMaskerendeEncoder<ILoggingEvent>) appender.getEncoder()).omhuld())
                .isInstanceOf(PatternLayoutEncoder.class);
    }

    @Test
    void een_v_nummer_in_een_logregel_wordt_gemaskeerd() {
        logger.info("Verblijfsvergunning voor v-nummer {} geregistreerd", "4111222333");

        assertThat(gelogd()).isEqualTo(
                "INFO maskeringstest - Verblijfsvergunning voor v-nummer ********** geregistreerd\n");
    }

    @Test
    void de_waarden_van_een_geweigerde_rij_in_een_databasemelding_worden_gemaskeerd_de_kolommen_niet() {
        logger.error("Opslaan mislukt", new IllegalStateException("ERROR: duplicate key value violates unique"
                + " constraint \"uk_contactpersoon\"\n  Detail: Key (naam, adres)=(Jan de Vries, Dorpsstraat 1)"
                + " already exists."));
        logger.error("Opslaan mislukt", new IllegalStateException(
                "Failing row contains (7, Jan de Vries, Dorpsstraat 1, null)."));

        assertThat(gelogd()).contains("Key (naam, adres)=(")
                .doesNotContain("Jan de Vries").doesNotContain("Dorpsstraat");
    }

    @Test
    void een_trace_id_en_een_uuid_met_tien_cijfers_blijven_staan() {
        logger.info("trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7 id 1234567890abcdef");

        assertThat(gelogd()).contains("4bf92f3577b34da6a3ce929d0e0e4736").contains("1234567890abcdef");
    }
}
