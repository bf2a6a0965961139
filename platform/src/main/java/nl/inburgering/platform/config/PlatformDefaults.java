package nl.inburgering.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.yml} with the lowest precedence, so every service shares one set of
 * conventions (serializers, problem details, probes, OpenAPI path) and can still override each of them. Just above
 * it comes, in the {@code local} profile, {@code platform-defaults-local.yml} (the local pseudonymisation key,
 * replication 1 on the single broker, readable logs), and outside it {@code platform-defaults-productie.yml}
 * (structured JSON logs). It runs after Spring Boot has read the configuration files, so the active profiles are
 * known, and before logging is initialised, so the logging settings apply.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAAM = "platform-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAAM)) {
            return;
        }
        String variant = environment.matchesProfiles(LokaleGeheimenControle.LOKAAL_PROFIEL) ? "local" : "productie";
        laad(environment, NAAM + "-" + variant);
        laad(environment, NAAM);
    }

    private static void laad(ConfigurableEnvironment environment, String naam) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load(naam, new ClassPathResource(naam + ".yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
