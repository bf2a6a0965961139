package nl.inburgering.platform.config;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A service started by keten-local as a process of its own ({@code --separate-processes}) watches the launcher
 * that started it, and ends when the launcher is gone: also after a {@code kill -9} of the launcher, when no
 * shutdown hook of the launcher runs (issue 12). keten-local gives its pid as {@value #PROPERTY}
 * ({@code KETEN_LOKAAL_OUDERPROCES}); without it (every deployed service, every test) this does nothing.
 *
 * <p>Platform-independent: {@link ProcessHandle#isAlive()} (which tells a reused pid from the launcher by its
 * start time), polled every second from the moment the environment is ready, so a service that is still starting
 * ends too. The service then stops as on a SIGTERM ({@code System.exit}, Spring's shutdown hook); since the broker
 * and PostgreSQL went down with the launcher, a stop that hangs on them is cut short after
 * {@link #STOPTIJD} ({@code Runtime.halt}).
 */
public class OuderprocesBewaking implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** The pid of the process whose end ends this one. */
    public static final String PROPERTY = "keten.lokaal.ouderproces";

    static final Duration INTERVAL = Duration.ofSeconds(1);
    static final Duration STOPTIJD = Duration.ofSeconds(20);

    private static final Logger log = LoggerFactory.getLogger(OuderprocesBewaking.class);
    private static final AtomicBoolean GESTART = new AtomicBoolean();

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String pid = event.getEnvironment().getProperty(PROPERTY);
        if (pid == null || pid.isBlank() || !GESTART.compareAndSet(false, true)) {
            return;
        }
        Optional<ProcessHandle> ouder;
        try {
            ouder = ProcessHandle.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " is geen pid: " + pid, e);
        }
        Thread bewaker = new Thread(() -> bewaak(ouder.orElse(null), pid.trim()), "ouderproces-bewaking");
        bewaker.setDaemon(true);
        bewaker.start();
    }

    private static void bewaak(ProcessHandle ouder, String pid) {
        try {
            while (ouder != null && ouder.isAlive()) {
                Thread.sleep(INTERVAL.toMillis()); // polling another process: no event tells its end
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.warn("The process that started this service (pid {}, keten-local) is gone: this service stops", pid);
        Thread noodrem = new Thread(() -> {
            try {
                Thread.sleep(STOPTIJD.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "ouderproces-bewaking-noodrem");
        noodrem.setDaemon(true);
        noodrem.start();
        System.exit(1);
    }
}
