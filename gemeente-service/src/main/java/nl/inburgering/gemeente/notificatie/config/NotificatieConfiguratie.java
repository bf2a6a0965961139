package nl.inburgering.gemeente.notificatie.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;

import nl.inburgering.gemeente.notificatie.application.Ontvangers;
import nl.inburgering.gemeente.notificatie.web.DuoM2mClient;

@Configuration
@EnableConfigurationProperties(NotificatieProperties.class)
@EnableScheduling // the follow-up of received notifications (NotificatieVerwerker)
class NotificatieConfiguratie {

    @Bean
    Ontvangers notificatieOntvangers(NotificatieProperties properties) {
        return new Ontvangers(properties.duoOin(), properties.gemeenten().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, g -> g.getValue().gemeentecode())));
    }

    @Bean
    DuoM2mClient duoM2mClient(NotificatieProperties properties) {
        Map<String, String> oinPerGemeente = properties.gemeenten().entrySet().stream()
                .collect(Collectors.toMap(g -> g.getValue().gemeentecode(), Map.Entry::getKey));
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        JdkClientHttpRequestFactory fabriek = new JdkClientHttpRequestFactory(jdk);
        fabriek.setReadTimeout(properties.timeout());
        URI basis = properties.duoUrl() == null ? URI.create("http://localhost:8082/m2m/v1") : properties.duoUrl();
        return new DuoM2mClient(RestClient.builder().baseUrl(basis.toString()).requestFactory(fabriek).build(),
                properties.duoOin(), oinPerGemeente::get, tokens(properties));
    }

    /**
     * The access token of a gemeente's own system for DUO (client credentials, scope {@code duo-service} as
     * audience), kept until it expires by Spring Security's client manager; without a token URI: none.
     */
    private static Function<String, Optional<String>> tokens(NotificatieProperties properties) {
        if (properties.tokenUri() == null || properties.gemeenten().isEmpty()) {
            return gemeentecode -> Optional.empty();
        }
        var registraties = new InMemoryClientRegistrationRepository(properties.gemeenten().values().stream()
                .map(g -> ClientRegistration.withRegistrationId(g.gemeentecode())
                        .tokenUri(properties.tokenUri().toString()).clientId(g.clientId())
                        .clientSecret(g.clientSecret()).authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("duo-service").build())
                .toList());
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registraties,
                new InMemoryOAuth2AuthorizedClientService(registraties));
        return gemeentecode -> Optional.ofNullable(manager.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(gemeentecode).principal("gemeente-service").build()))
                .map(c -> c.getAccessToken().getTokenValue());
    }
}
