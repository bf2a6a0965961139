package nl.inburgering.platform.test;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import nl.inburgering.platform.config.LokaleGeheimenControle;

/**
 * Every Spring Boot application started in a test JVM with the platform's test-jar on its classpath (the services'
 * tests, the platform's own, keten-local's) runs in the {@code local} profile, as keten-local does: with the
 * services' {@code <naam>-local.yml} (demo OIN) and {@code platform-defaults-local.yml} (the local key, replication
 * 1, readable logs). {@link KetenTestInfrastructuur} then supplies the broker's and the database's addresses.
 *
 * <p>An additional profile, set before Spring Boot reads the configuration files (registered in this test-jar's
 * {@code META-INF/spring.factories}); a test's own {@code spring.profiles.active} is kept. Production code never
 * sees this class: the test-jar is a test dependency only. Tests of the behaviour outside {@code local} use an
 * {@code ApplicationContextRunner}, which runs no environment post-processors.
 */
public class LokaalProfielInTests implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Set<String> profielen = new LinkedHashSet<>(application.getAdditionalProfiles());
        profielen.add(LokaleGeheimenControle.LOKAAL_PROFIEL);
        application.setAdditionalProfiles(profielen.toArray(String[]::new));
    }

    /** Before Spring Boot's ConfigDataEnvironmentPostProcessor, which reads the additional profiles. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
