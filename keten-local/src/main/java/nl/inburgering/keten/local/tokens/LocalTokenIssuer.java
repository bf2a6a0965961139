package nl.inburgering.keten.local.tokens;

import nl.inburgering.keten.local.VrijePoort;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LoggingInitialisationLock;

/**
 * The local token issuer: a real OAuth2 authorization server (Spring Authorization Server) in its own small Spring
 * context, on {@code http://localhost:<port>} (9000 for a local run). It issues RS256 JWT access tokens through
 * the client_credentials grant to the {@link DemoClient demo clients} (secret {@value DemoClient#SECRET}):
 *
 * <pre>
 * POST /oauth2/token                            grant_type=client_credentials, scope=gemeente-service
 *                                               client_secret_basic or client_secret_post
 * GET  /oauth2/jwks                             the public key (a new one at every start)
 * GET  /.well-known/oauth-authorization-server  metadata (also /.well-known/openid-configuration)
 * </pre>
 *
 * <p>The token's {@code iss} is exactly {@link #url()}; {@code aud} is the requested service scope(s); further
 * claims: see {@link KetenClaims}. A request without a service scope is refused with {@code invalid_scope}.
 * Tokens live one hour. The issuer keeps no token (introspection and revocation know none).
 *
 * <p>The context reads its own {@code token-issuer.yml/.properties} if there is one (none is needed), not the
 * services' configuration.
 */
public final class LocalTokenIssuer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalTokenIssuer.class);

    /** The port of a local run. */
    public static final int DEFAULT_PORT = 9000;

    /** The services a token can be for: the scopes a client may ask for, and the values of {@code aud}. */
    public static final List<String> SERVICES = Arrays.stream(KetenService.values()).map(KetenService::naam).toList();

    /** {@code spring.config.name} of the issuer's context. */
    public static final String CONFIG_NAME = "token-issuer";

    /** The property that sets the tokens' {@code iss} (default {@code http://localhost:<port>}). */
    public static final String ISSUER_PROPERTY = "keten.token-issuer.issuer";

    private final ConfigurableApplicationContext context;
    private final int port;
    private final List<DemoClient> clients;

    private LocalTokenIssuer(ConfigurableApplicationContext context, int port, List<DemoClient> clients) {
        this.context = context;
        this.port = port;
        this.clients = clients;
    }

    /** Starts the issuer with the demo clients on {@code port} (0 = a free port). */
    public static LocalTokenIssuer start(int port) {
        return start(port, DemoClient.ALLE, Map.of());
    }

    /**
     * Starts the issuer on {@code port} (0 = a free port) for these clients, with extra Spring properties for its
     * context (e.g. {@code logging.config}).
     */
    public static LocalTokenIssuer start(int port, List<DemoClient> clients, Map<String, String> properties) {
        List<DemoClient> known = List.copyOf(clients);
        DemoClients demoClients = new DemoClients(known); // refuses a client id twice
        // The issuer must know its own URL before it starts (it is the tokens' "iss"), so a free port is chosen
        // here; another process may take it in between, then the next free port is tried.
        int attempts = port == 0 ? 3 : 1;
        for (int attempt = 1; ; attempt++) {
            int chosen = port == 0 ? VrijePoort.kies() : port;
            try {
                return new LocalTokenIssuer(run(chosen, demoClients, properties), chosen, known);
            } catch (RuntimeException e) {
                if (attempt >= attempts || !portInUse(e)) {
                    throw new IllegalStateException("the local token issuer did not start on port " + chosen + ": "
                            + e.getMessage(), e);
                }
                log.info("port {} was taken meanwhile, trying another free port", chosen);
            }
        }
    }

    private static ConfigurableApplicationContext run(int port, DemoClients clients, Map<String, String> properties) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.config.name", CONFIG_NAME);
        p.put("spring.application.name", CONFIG_NAME);
        p.put("spring.main.banner-mode", "off");
        // Logback is shared by the whole JVM: the issuer must not stop it at its shutdown.
        p.put("logging.register-shutdown-hook", "false");
        p.put("server.port", String.valueOf(port));
        // Only this machine: the demo secrets are public (a property can widen it on purpose).
        p.put("server.address", "localhost");
        p.put(ISSUER_PROPERTY, "http://localhost:" + port);
        p.putAll(properties);
        String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(TokenIssuerConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .main(LocalTokenIssuer.class)
                .registerShutdownHook(false) // LocalKeten stops it after the services
                .listeners(LoggingInitialisationLock.listeners())
                .initializers(context -> context.getBeanFactory().registerSingleton("demoClients", clients))
                .run(args);
    }

    /**
     * {@code http://localhost:<port>}: where this machine reaches it, and the {@code iss} of its tokens unless
     * {@link #ISSUER_PROPERTY} named another (see {@link #issuer()}).
     */
    public String url() {
        return "http://localhost:" + port;
    }

    /**
     * The {@code iss} of its tokens: the issuer the services must trust. On containers it is the name they reach it
     * by (e.g. {@code http://token-issuer:9000}), not {@link #url()}.
     */
    public String issuer() {
        return context.getEnvironment().getRequiredProperty(ISSUER_PROPERTY);
    }

    /** The roles its clients have: the only ones the services should trust it for (decision 0012). */
    public String vertrouwdeRollen() {
        return rollenVan(clients);
    }

    /** The organisations (OINs, gemeentecodes, instellingsnummers) its clients speak for (decision 0012). */
    public String vertrouwdeOrganisaties() {
        return organisatiesVan(clients);
    }

    /** The roles of these clients, comma-separated, in their order. */
    public static String rollenVan(List<DemoClient> clients) {
        return String.join(",", clients.stream().map(c -> c.rol().name()).distinct().toList());
    }

    /** The OINs, gemeentecodes and instellingsnummers of these clients, comma-separated, in their order. */
    public static String organisatiesVan(List<DemoClient> clients) {
        return String.join(",", clients.stream()
                .flatMap(c -> java.util.stream.Stream.of(c.organisatieOin(), c.gemeentecode(), c.instellingsnummer()))
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** {@code http://localhost:<port>/oauth2/jwks}. */
    public String jwkSetUri() {
        return url() + "/oauth2/jwks";
    }

    /** {@code http://localhost:<port>/oauth2/token}. */
    public String tokenUri() {
        return url() + "/oauth2/token";
    }

    public int port() {
        return port;
    }

    /** The clients it issues tokens to. */
    public List<DemoClient> clients() {
        return clients;
    }

    /** A client that gets tokens from this issuer with the demo secret. */
    public TokenClient client() {
        return new TokenClient(url());
    }

    /** The issuer's Spring context. */
    public ConfigurableApplicationContext context() {
        return context;
    }

    public boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }

    private static boolean portInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException || t instanceof java.net.BindException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

}
