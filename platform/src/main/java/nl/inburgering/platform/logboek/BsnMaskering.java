package nl.inburgering.platform.logboek;

import java.util.Iterator;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.AppenderAttachable;

/**
 * Installs the BSN masking on every Logback appender that writes through an encoder (console, file,
 * and those behind an async appender), right after Spring Boot has configured logging and again once
 * the application has started (for appenders added during startup). It needs no logback-spring.xml and
 * works the same for the readable local pattern and structured JSON logs. Registered in
 * {@code META-INF/spring.factories}; it does nothing when Logback is not the logging backend.
 */
public class BsnMaskering implements GenericApplicationListener {

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        Class<?> type = eventType.getRawClass();
        return type != null && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationStartedEvent.class.isAssignableFrom(type));
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        installeer();
    }

    /** Right after {@link LoggingApplicationListener}, which (re)configures Logback on the same event. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    /** Wraps the encoder of every appender of every logger, once. */
    public static void installeer() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext)) {
            return;
        }
        for (Logger logger : ((LoggerContext) factory).getLoggerList()) {
            installeer(logger);
        }
    }

    private static void installeer(AppenderAttachable<ILoggingEvent> appenders) {
        for (Iterator<Appender<ILoggingEvent>> it = appenders.iteratorForAppenders(); it.hasNext();) {
            Appender<ILoggingEvent> appender = it.next();
            if (appender instanceof OutputStreamAppender) {
                OutputStreamAppender<ILoggingEvent> stroom = (OutputStreamAppender<ILoggingEvent>) appender;
                if (stroom.getEncoder() != null && !(stroom.getEncoder() instanceof BsnMaskerendeEncoder)) {
                    stroom.setEncoder(new BsnMaskerendeEncoder<>(stroom.getEncoder()));
                }
            } else if (appender instanceof AppenderAttachable) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> genest = (AppenderAttachable<ILoggingEvent>) appender;
                installeer(genest);
            }
        }
    }
}
