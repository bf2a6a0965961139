package nl.inburgering.keten.local;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Every Spring Boot application (re)initialises the JVM-wide logging system (Logback) while it starts. When
 * several services start in parallel in one JVM, those initialisations overlap and Logback ends up with every
 * appender attached several times (each line printed up to five times). This lock makes the logging
 * initialisation of the services take turns; the rest of their start (the context refresh, the expensive part)
 * still runs in parallel.
 *
 * <p>The lock is taken before Boot's {@code LoggingApplicationListener} sees {@code ApplicationStartingEvent} and
 * released after it handled {@code ApplicationEnvironmentPreparedEvent} (or when the start fails). All these
 * events are published on the thread that runs the application.
 *
 * <p>Public for the local token issuer ({@code tokens.LocalTokenIssuer}); not meant for use outside keten-local.
 */
public final class LoggingInitialisationLock {

    private static final ReentrantLock LOCK = new ReentrantLock();

    private LoggingInitialisationLock() {
    }

    public static ApplicationListener<?>[] listeners() {
        return new ApplicationListener<?>[] {new Take(), new Release()};
    }

    private static final class Take implements ApplicationListener<ApplicationEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent && !LOCK.isHeldByCurrentThread()) {
                LOCK.lock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static final class Release implements ApplicationListener<ApplicationEvent>, Ordered {
        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            boolean loggingDone = event instanceof ApplicationEnvironmentPreparedEvent
                    || event instanceof ApplicationPreparedEvent
                    || event instanceof ApplicationFailedEvent;
            if (loggingDone && LOCK.isHeldByCurrentThread()) {
                LOCK.unlock();
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
