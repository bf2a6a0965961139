package nl.inburgering.keten.local.tokens;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Spring context of the local token issuer: Spring Authorization Server with the demo clients, the
 * client_credentials grant only, RS256 JWT access tokens with the chain's claims ({@link KetenClaims}).
 *
 * <p>Only the auto-configuration it needs is imported (Tomcat, the DispatcherServlet, Spring Security's filter
 * registration): everything else on keten-local's classpath (data sources, Kafka, the platform) belongs to the
 * services and stays out.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class TokenIssuerConfiguration {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);

    @Bean
    SecurityFilterChain tokenIssuerSecurityFilterChain(HttpSecurity http, JWKSource<SecurityContext> jwkSource,
            AuthorizationServerSettings settings, RegisteredClientRepository clients, DemoClients demoClients)
            throws Exception {
        JwtGenerator accessTokens = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        accessTokens.setJwtCustomizer(new KetenClaims(demoClients));
        http.oauth2AuthorizationServer(server -> server
                        .authorizationServerSettings(settings)
                        .registeredClientRepository(clients)
                        .authorizationService(new NothingStored())
                        .tokenGenerator(accessTokens)
                        .tokenEndpoint(token -> token.authenticationProviders(providers -> providers.stream()
                                .filter(OAuth2ClientCredentialsAuthenticationProvider.class::isInstance)
                                .map(OAuth2ClientCredentialsAuthenticationProvider.class::cast)
                                .forEach(p -> p.setAuthenticationValidator(
                                        OAuth2ClientCredentialsAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR
                                                .andThen(atLeastOneService())))))
                        // Advertise only what is served: client_credentials with a client secret.
                        .authorizationServerMetadataEndpoint(metadata -> metadata.authorizationServerMetadataCustomizer(
                                m -> m.grantTypes(TokenIssuerConfiguration::alleenClientCredentials)
                                        .tokenEndpointAuthenticationMethods(TokenIssuerConfiguration::alleenSecret)))
                        // /.well-known/openid-configuration next to /.well-known/oauth-authorization-server
                        .oidc(oidc -> oidc.providerConfigurationEndpoint(provider -> provider
                                .providerConfigurationCustomizer(m -> m
                                        .grantTypes(TokenIssuerConfiguration::alleenClientCredentials)
                                        .tokenEndpointAuthenticationMethods(TokenIssuerConfiguration::alleenSecret)))))
                .addFilterBefore(new SecretThrottle(SecretThrottle.MAXIMUM_FAILURES, SecretThrottle.WINDOW),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/.well-known/**", "/oauth2/jwks", "/error").permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // machine-to-machine only: no browser, no session, nothing for CSRF to protect
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static void alleenClientCredentials(List<String> grantTypes) {
        grantTypes.clear();
        grantTypes.add(AuthorizationGrantType.CLIENT_CREDENTIALS.getValue());
    }

    private static void alleenSecret(List<String> methods) {
        methods.clear();
        methods.add(ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue());
        methods.add(ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue());
    }

    /** A token request must name the service(s) it is for: without one, {@code invalid_scope}. */
    private static Consumer<OAuth2ClientCredentialsAuthenticationContext> atLeastOneService() {
        return context -> {
            OAuth2ClientCredentialsAuthenticationToken request = context.getAuthentication();
            if (request.getScopes().stream().noneMatch(LocalTokenIssuer.SERVICES::contains)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE,
                        "Ask for the service(s) the token is for as scope, e.g. scope=gemeente-service; one or more of "
                                + String.join(" ", LocalTokenIssuer.SERVICES),
                        null));
            }
        };
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(DemoClients demoClients) {
        return new FixedClients(demoClients.all().stream().map(TokenIssuerConfiguration::registered).toList());
    }

    private static RegisteredClient registered(DemoClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(DemoClient.SECRET) // compared by PlainSecrets
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(LocalTokenIssuer.SERVICES))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                        .build())
                .build();
    }

    /**
     * The demo secrets are public and stored as they are. Spring Security's default encoder would "upgrade" them
     * to bcrypt after the first use, which makes every later token request some 80 ms slower.
     */
    @Bean
    PasswordEncoder plainSecrets() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return rawPassword.toString();
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return encodedPassword != null && MessageDigest.isEqual(
                        rawPassword.toString().getBytes(StandardCharsets.UTF_8),
                        encodedPassword.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${keten.token-issuer.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    /** A new RSA key at every start; the services fetch it from {@code /oauth2/jwks}. */
    @Bean
    JWKSource<SecurityContext> jwkSource() {
        KeyPair keyPair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keyPair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** For the OIDC user-info endpoint that {@code oidc()} brings along; client_credentials does not use it. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /**
     * The demo clients, fixed at start. (Spring's {@code InMemoryRegisteredClientRepository} refuses two clients
     * with the same encoded secret, and all demo clients share {@value DemoClient#SECRET}.)
     */
    static final class FixedClients implements RegisteredClientRepository {

        private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();
        private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

        FixedClients(List<RegisteredClient> clients) {
            clients.forEach(this::save);
        }

        @Override
        public synchronized void save(RegisteredClient client) {
            byId.put(client.getId(), client);
            byClientId.put(client.getClientId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            return byId.get(id);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return byClientId.get(clientId);
        }
    }

    /**
     * Keeps no issued token: the tokens are self-contained JWTs that the services check with the JWKS, so a long
     * local run does not collect every token in memory. Introspection and revocation therefore know no token.
     */
    static final class NothingStored implements OAuth2AuthorizationService {
        @Override
        public void save(OAuth2Authorization authorization) {
        }

        @Override
        public void remove(OAuth2Authorization authorization) {
        }

        @Override
        public OAuth2Authorization findById(String id) {
            return null;
        }

        @Override
        public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
            return null;
        }
    }
}
