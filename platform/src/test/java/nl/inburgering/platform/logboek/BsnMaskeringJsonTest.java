package nl.inburgering.platform.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/**
 * Outside the local profile the services log Spring Boot's structured ECS JSON with the service and the partner's
 * OIN (platform-defaults-productie.yml); the BSN masking wraps that encoder like any other.
 */
class BsnMaskeringJsonTest {

    private static final String BSN = "111222333";
    private static final String OIN = "00000001003214345000";

    private final ByteArrayOutputStream regels = new ByteArrayOutputStream();
    private Logger logger;
    private OutputStreamAppender<ILoggingEvent> appender;

    @BeforeEach
    void jsonLogregels() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Object eerder = context.getObject(Environment.class.getName());
        context.putObject(Environment.class.getName(), new MockEnvironment()
                .withProperty("logging.structured.ecs.service.name", "duo-service")
                .withProperty("logging.structured.json.add[organization.id]", OIN)
                .withProperty("logging.structured.json.add[organization.name]", "DUO"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        if (eerder != null) {
            context.putObject(Environment.class.getName(), eerder);
        }
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("json-gevangen");
        appender.setEncoder(encoder);
        appender.setOutputStream(regels);
        appender.start();
        logger = context.getLogger("maskeringstest.json");
        logger.setAdditive(false);
        logger.addAppender(appender);
        BsnMaskering.installeer();
    }

    @AfterEach
    void ruimOp() {
        logger.detachAppender(appender);
        appender.stop();
    }

    @Test
    void een_json_logregel_noemt_dienst_en_oin_en_toont_geen_bsn() {
        logger.info("Inburgeraar met bsn {} ingeschreven", BSN);

        String regel = regels.toString(StandardCharsets.UTF_8);
        assertThat(regel).startsWith("{").contains("\"message\":\"Inburgeraar met bsn ********* ingeschreven\"")
                .contains("\"service\":{\"name\":\"duo-service\"")
                .contains("\"organization\":{\"id\":\"" + OIN + "\",\"name\":\"DUO\"}")
                .doesNotContain(BSN);
    }
}
