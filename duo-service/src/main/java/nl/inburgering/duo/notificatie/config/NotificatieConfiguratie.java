package nl.inburgering.duo.notificatie.config;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Period;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

import nl.inburgering.duo.notificatie.application.Abonnement;
import nl.inburgering.duo.notificatie.application.Abonnementen;
import nl.inburgering.duo.notificatie.application.NotificatieVerzender;
import nl.inburgering.duo.notificatie.domain.AowLeeftijd;
import nl.inburgering.duo.notificatie.messaging.GebeurtenisVertaling;
import nl.inburgering.duo.notificatie.persistence.NotificatieRegister;
import nl.inburgering.duo.notificatie.web.NotificatieApiClient;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.platform.config.KetenProperties;

@Configuration
@EnableConfigurationProperties(NotificatieProperties.class)
class NotificatieConfiguratie {

    @Bean
    Abonnementen notificatieAbonnementen(NotificatieProperties properties) {
        return new Abonnementen(properties.abonnementen().entrySet().stream()
                .map(a -> new Abonnement(a.getKey(), a.getValue().gemeentecode(), a.getValue().url(),
                        a.getValue().scope() == null ? "gemeente-service" : a.getValue().scope()))
                .toList());
    }

    @Bean
    GebeurtenisVertaling gebeurtenisVertaling(Environment omgeving, PipFeiten pipFeiten) {
        var aow = Binder.get(omgeving).bind("keten.duo.plicht.aow-leeftijd", Bindable.mapOf(Integer.class, Period.class))
                .orElseThrow(() -> new IllegalStateException("keten.duo.plicht.aow-leeftijd ontbreekt"));
        return new GebeurtenisVertaling(AowLeeftijd.van(aow), bsn -> pipFeiten.actuelePip(bsn).isPresent());
    }

    @Bean
    NotificatieApiClient notificatieApiClient(NotificatieProperties properties, KetenProperties keten, Clock clock) {
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        JdkClientHttpRequestFactory fabriek = new JdkClientHttpRequestFactory(jdk);
        fabriek.setReadTimeout(properties.timeout());
        return new NotificatieApiClient(RestClient.builder().requestFactory(fabriek).build(), keten.oin(), clock,
                tokens(properties.token(), notificatieAbonnementen(properties)));
    }

    @Bean
    NotificatieVerzender notificatieVerzender(Abonnementen abonnementen, NotificatieRegister register,
            NotificatieApiClient client, TransactionTemplate transaction, Clock clock,
            NotificatieProperties properties) {
        return new NotificatieVerzender(abonnementen, register, client, transaction, clock, properties.backOffStart(),
                properties.backOffMaximum());
    }

    /**
     * DUO's access token for a gemeente's service (client credentials, the abonnement's scope as audience), kept
     * until it expires by Spring Security's client manager; without {@code keten.duo.notificatie.token}: none.
     */
    private static Function<Abonnement, Optional<String>> tokens(NotificatieProperties.Token token,
            Abonnementen abonnementen) {
        if (token == null || token.uri() == null || abonnementen.alle().isEmpty()) {
            return abonnement -> Optional.empty();
        }
        var registraties = new InMemoryClientRegistrationRepository(abonnementen.alle().stream()
                .map(Abonnement::scope).distinct().map(scope -> registratie(token, scope)).toList());
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registraties,
                new InMemoryOAuth2AuthorizedClientService(registraties));
        return abonnement -> {
            OAuth2AuthorizedClient client = manager.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(abonnement.scope()).principal("duo-service").build());
            return Optional.ofNullable(client).map(c -> c.getAccessToken().getTokenValue());
        };
    }

    private static ClientRegistration registratie(NotificatieProperties.Token token, String scope) {
        return ClientRegistration.withRegistrationId(scope).tokenUri(token.uri().toString())
                .clientId(token.clientId()).clientSecret(token.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).scope(scope).build();
    }
}
