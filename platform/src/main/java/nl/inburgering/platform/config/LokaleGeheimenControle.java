package nl.inburgering.platform.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Outside the {@code local} profile a service refuses to start with a missing or known-local secret or address,
 * and says which setting (and its environment variable) to give. It runs as a {@link BeanFactoryPostProcessor},
 * before the database pool, Flyway or a Kafka client exist, so nothing connects with a local secret first.
 *
 * <p>Refused outside {@code local}:
 * <ul>
 * <li>{@code keten.pseudonimisering.sleutel}: missing, the local key of {@code platform-defaults-local.yml}, or
 * shorter than {@value #MINIMALE_SLEUTELLENGTE} characters (the HMAC key of the pseudonymous partition keys);</li>
 * <li>{@code spring.datasource.password}: missing, or the local {@value #LOKAAL_WACHTWOORD};</li>
 * <li>{@code keten.oin}: missing (the demo OINs of the local profile are not refused: some are the partners' real,
 * public OINs, e.g. DUO's);</li>
 * <li>{@code spring.datasource.url}, {@code spring.kafka.bootstrap-servers} and
 * {@code keten.security.vertrouwde-uitgevers[0].issuer}: missing (Spring would otherwise try localhost, or the
 * service would accept no token at all);</li>
 * <li>{@code keten.klok.verschuifbaar=true}: a clock that a caller can move is for the local walk-through of a
 * traject of years; in any other environment it would let whoever has the role move every termijn.</li>
 * </ul>
 */
public class LokaleGeheimenControle implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The profile of keten-local and the tests: its defaults are for one machine only. */
    public static final String LOKAAL_PROFIEL = "local";

    /** The pseudonymisation key of {@code platform-defaults-local.yml}. */
    public static final String LOKALE_SLEUTEL = "lokale-sleutel-niet-voor-productie";

    /** The database password of keten-local's embedded PostgreSQL. */
    public static final String LOKAAL_WACHTWOORD = "postgres";

    /** 32 characters: at least 128 bits of a random hex or base64 secret. */
    public static final int MINIMALE_SLEUTELLENGTE = 32;

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> bezwaren = bezwaren(environment);
        if (!bezwaren.isEmpty()) {
            throw new LokaleGeheimenException(bezwaren);
        }
    }

    /** What is wrong with this environment's settings; empty in the {@code local} profile or when all is well. */
    public static List<String> bezwaren(Environment environment) {
        List<String> bezwaren = new ArrayList<>();
        if (environment.matchesProfiles(LOKAAL_PROFIEL)) {
            return bezwaren;
        }
        Binder binder = Binder.get(environment);
        String sleutel = waarde(binder, "keten.pseudonimisering.sleutel");
        if (sleutel == null) {
            bezwaren.add(ontbreekt("keten.pseudonimisering.sleutel", "KETEN_PSEUDONIMISERING_SLEUTEL",
                    "de geheime sleutel (HMAC) van de pseudonieme partitiesleutels"));
        } else if (sleutel.equals(LOKALE_SLEUTEL)) {
            bezwaren.add("keten.pseudonimisering.sleutel (KETEN_PSEUDONIMISERING_SLEUTEL) is de lokale sleutel van het "
                    + "local-profiel: geef een eigen geheime sleutel per omgeving");
        } else if (sleutel.length() < MINIMALE_SLEUTELLENGTE) {
            bezwaren.add("keten.pseudonimisering.sleutel (KETEN_PSEUDONIMISERING_SLEUTEL) is korter dan "
                    + MINIMALE_SLEUTELLENGTE + " tekens");
        }
        if (waarde(binder, "spring.datasource.url") == null) {
            bezwaren.add(ontbreekt("spring.datasource.url", "SPRING_DATASOURCE_URL", "de JDBC-URL van de eigen database"));
        }
        String wachtwoord = waarde(binder, "spring.datasource.password");
        if (wachtwoord == null) {
            bezwaren.add(ontbreekt("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD",
                    "het wachtwoord van de eigen database"));
        } else if (wachtwoord.equals(LOKAAL_WACHTWOORD)) {
            bezwaren.add("spring.datasource.password (SPRING_DATASOURCE_PASSWORD) is het lokale wachtwoord \""
                    + LOKAAL_WACHTWOORD + "\": geef het wachtwoord van de eigen databasegebruiker");
        }
        if (waarde(binder, "keten.oin") == null) {
            bezwaren.add(ontbreekt("keten.oin", "KETEN_OIN", "het eigen OIN van deze ketenpartner (20 cijfers)"));
        }
        if (waarde(binder, "spring.kafka.bootstrap-servers") == null) {
            bezwaren.add(ontbreekt("spring.kafka.bootstrap-servers", "SPRING_KAFKA_BOOTSTRAPSERVERS",
                    "de brokers van het Kafka-cluster"));
        }
        if (waarde(binder, "keten.security.vertrouwde-uitgevers[0].issuer") == null) {
            bezwaren.add(ontbreekt("keten.security.vertrouwde-uitgevers[0].issuer",
                    "KETEN_SECURITY_VERTROUWDEUITGEVERS_0_ISSUER (met _JWKSETURI of _PUBLICKEY)",
                    "de tokenuitgever die deze dienst vertrouwt"));
        }
        if (Boolean.TRUE.equals(binder.bind("keten.klok.verschuifbaar", Boolean.class).orElse(false))) {
            bezwaren.add("keten.klok.verschuifbaar (KETEN_KLOK_VERSCHUIFBAAR) staat aan: een verzetbare klok is alleen"
                    + " voor het profiel '" + LOKAAL_PROFIEL + "'");
        }
        return bezwaren;
    }

    private static String ontbreekt(String instelling, String omgevingsvariabele, String wat) {
        return instelling + " (" + omgevingsvariabele + ") ontbreekt: " + wat;
    }

    private static String waarde(Binder binder, String naam) {
        String waarde = binder.bind(naam, String.class).map(String::strip).orElse(null);
        return waarde == null || waarde.isEmpty() ? null : waarde;
    }

    /** The refusal, with every objection at once; {@link LokaleGeheimenFailureAnalyzer} prints it readably. */
    public static class LokaleGeheimenException extends IllegalStateException {

        private final List<String> bezwaren;

        public LokaleGeheimenException(List<String> bezwaren) {
            super("Deze dienst start niet buiten het profiel '" + LOKAAL_PROFIEL + "': " + String.join("; ", bezwaren));
            this.bezwaren = List.copyOf(bezwaren);
        }

        public List<String> bezwaren() {
            return bezwaren;
        }
    }
}
