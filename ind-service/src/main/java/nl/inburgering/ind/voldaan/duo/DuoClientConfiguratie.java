package nl.inburgering.ind.voldaan.duo;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

import nl.inburgering.ind.voldaan.application.DuoBeschikkingen;

/**
 * IND's connection to DUO ({@code keten.ind.duo.*}): DUO's base URL and the OAuth2 client credentials of IND's system
 * at the chain's token issuer; Spring Security's OAuth2 client fetches the token (scope = DUO's service, so its
 * {@code aud} names DUO) and renews it before it expires. The local profile points at keten-local's DUO and issuer
 * with the demo client {@code indsysteem}; elsewhere every setting comes from the environment, and a missing one stops
 * the service at start, naming it.
 */
@Configuration
@EnableConfigurationProperties(DuoClientConfiguratie.DuoProperties.class)
class DuoClientConfiguratie {

    private static final String REGISTRATIE = "duo";

    /**
     * @param basisUrl     DUO's service, e.g. {@code https://duo.keten.example} ({@code KETEN_IND_DUO_BASISURL})
     * @param tokenUrl     the token endpoint of the issuer DUO trusts ({@code KETEN_IND_DUO_TOKENURL})
     * @param clientId     IND's system at that issuer ({@code KETEN_IND_DUO_CLIENTID})
     * @param clientSecret its secret ({@code KETEN_IND_DUO_CLIENTSECRET})
     * @param scope        the audience asked for, DUO's service name ({@code duo-service} by default)
     * @param wachttijd    how long IND waits for DUO before it answers from its copy of #10 (PT5S by default)
     */
    @ConfigurationProperties("keten.ind.duo")
    record DuoProperties(URI basisUrl, URI tokenUrl, String clientId, String clientSecret, String scope,
            Duration wachttijd) {

        void controleer() {
            List<String> ontbreekt = new ArrayList<>();
            if (basisUrl == null) {
                ontbreekt.add("keten.ind.duo.basis-url (KETEN_IND_DUO_BASISURL)");
            }
            if (tokenUrl == null) {
                ontbreekt.add("keten.ind.duo.token-url (KETEN_IND_DUO_TOKENURL)");
            }
            if (clientId == null || clientId.isBlank()) {
                ontbreekt.add("keten.ind.duo.client-id (KETEN_IND_DUO_CLIENTID)");
            }
            if (clientSecret == null || clientSecret.isBlank()) {
                ontbreekt.add("keten.ind.duo.client-secret (KETEN_IND_DUO_CLIENTSECRET)");
            }
            if (!ontbreekt.isEmpty()) {
                throw new IllegalStateException("IND kan DUO niet bevragen; zet " + String.join(", ", ontbreekt));
            }
        }
    }

    @Bean
    DuoBeschikkingen duoBeschikkingen(DuoProperties properties) {
        properties.controleer();
        ClientRegistration registratie = ClientRegistration.withRegistrationId(REGISTRATIE)
                .tokenUri(properties.tokenUrl().toString())
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(properties.scope() == null ? "duo-service" : properties.scope())
                .build();
        var registraties = new InMemoryClientRegistrationRepository(registratie);
        var tokens = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registraties,
                new InMemoryOAuth2AuthorizedClientService(registraties));
        var interceptor = new OAuth2ClientHttpRequestInterceptor(tokens);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATIE);
        // One token for IND's system, whoever (which medewerker) asked the question.
        var systeem = new AnonymousAuthenticationToken("ind-service", "ind-service",
                AuthorityUtils.createAuthorityList("ROLE_SYSTEEM"));
        interceptor.setPrincipalResolver(request -> systeem);
        Duration wachttijd = properties.wachttijd() == null ? Duration.ofSeconds(5) : properties.wachttijd();
        var verzoeken = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(wachttijd).build());
        verzoeken.setReadTimeout(wachttijd);
        return new DuoBeschikkingenClient(RestClient.builder().baseUrl(properties.basisUrl().toString())
                .requestFactory(verzoeken).requestInterceptor(interceptor).build());
    }
}
