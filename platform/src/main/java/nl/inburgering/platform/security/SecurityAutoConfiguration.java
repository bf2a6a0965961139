package nl.inburgering.platform.security;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.util.unit.DataSize;

import nl.inburgering.platform.web.Containerfoutrapport;
import nl.inburgering.platform.web.Invoergrenzen;
import nl.inburgering.platform.web.StrikteJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.platform.web.Schrijfbegrenzing;
import nl.inburgering.platform.web.Tokenemmers;

/**
 * Every service is an OAuth2 resource server for RS256 JWTs (architecture §7): an allowlist of issuers,
 * this service's audience, a required expiry within a maximum lifetime, and per issuer the roles and
 * organisations it may assert ({@link UitgeverBinding}); unsigned tokens and unknown keys are refused by the
 * decoder. Only the OpenAPI document and the probes are public; the other actuator endpoints need
 * {@link Rol#MONITORING}. The security headers of the API Design Rules go on
 * every response.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
@EnableConfigurationProperties(KetenSecurityProperties.class)
public class SecurityAutoConfiguration {

    static final String[] PUBLIEK = { "/api/v1/openapi.json", "/actuator/health/liveness",
            "/actuator/health/readiness" };

    @Bean
    SecurityFilterChain ketenSecurity(HttpSecurity http, KetenSecurityProperties properties,
            @Value("${keten.service}") String service, BearerTokenResolver bearerToken) throws Exception {
        ProblemJsonAntwoord antwoord = new ProblemJsonAntwoord();
        http.authorizeHttpRequests(regels -> regels.requestMatchers(PUBLIEK).permitAll()
                // metrics, prometheus, info, the full health: for the monitoring role only (not any partner's token)
                .requestMatchers("/actuator", "/actuator/**").hasRole(Rol.MONITORING.name())
                .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(bearerToken)
                        .authenticationManagerResolver(uitgevers(properties, audience(properties, service)))
                        .authenticationEntryPoint(antwoord)
                        .accessDeniedHandler(antwoord))
                .exceptionHandling(e -> e.authenticationEntryPoint(antwoord).accessDeniedHandler(antwoord))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Tokens only in the Authorization header, so no cookies, so no CSRF.
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(cors(properties)))
                .headers(headers -> headers
                        .cacheControl(cache -> { })
                        .contentTypeOptions(opties -> { })
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * The bearer token from the Authorization header only, the default's answers without its regular expression
     * (Bearerkop, decision 0054).
     */
    @Bean
    BearerTokenResolver bearerToken() {
        return new Bearerkop();
    }

    /** Spring Security's firewall, its header rule answered without a regular expression for ASCII (Kopwaarden). */
    @Bean
    org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(Kopwaarden.firewall());
    }

    /** The firewall's refusals (an encoded slash, a control character in the path) as problem+json. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler afgewezenVerzoek() {
        return new ProblemJsonAntwoord();
    }

    /**
     * Tomcat answers an encoded slash itself with an empty 400 without the security headers; passed through, the
     * firewall above refuses it as problem+json.
     */
    @Bean
    org.springframework.boot.tomcat.TomcatConnectorCustomizer gecodeerdeSlashNaarDeFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    /**
     * What Tomcat answers before Spring sees the request (a {@code %00}, an invalid character, an over-long header,
     * {@code TRACE}, ...) as problem+json with the security headers, not Tomcat's HTML page (issue 11, item 9).
     */
    @Bean
    org.springframework.boot.tomcat.TomcatContextCustomizer containerfoutenAlsProblemJson() {
        return Containerfoutrapport::installeer;
    }

    /** Strict JSON for every request body (issue 11, item 9). */
    @Bean
    StrikteJson strikteJson() {
        return new StrikteJson();
    }

    /** The body-size cap and control characters in query parameters, after the security filters. */
    @Bean
    FilterRegistrationBean<Invoergrenzen> invoergrenzen(@Value("${keten.web.maximale-body:256KB}") DataSize maximum) {
        FilterRegistrationBean<Invoergrenzen> registratie = new FilterRegistrationBean<>(
                new Invoergrenzen(maximum.toBytes()));
        registratie.setOrder(0);
        return registratie;
    }

    @Bean
    WebMvcConfigurer toegangsregels(ObjectProvider<MeterRegistry> metrieken, ObjectProvider<java.time.Clock> klok,
            @Value("${keten.begrenzing.schrijven.verzoeken-per-seconde:500}") double verzoekenPerSeconde,
            @Value("${keten.begrenzing.schrijven.piek:1000}") int piek) {
        Schrijfbegrenzing schrijfbegrenzing = new Schrijfbegrenzing(
                new Tokenemmers(verzoekenPerSeconde, piek, klok.getIfAvailable(java.time.Clock::systemUTC)),
                metrieken.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new));
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ToegangInterceptor());
                // Issue 11 item 7: a rate limit per client on every write under /api (decision 0014).
                registry.addInterceptor(schrijfbegrenzing).addPathPatterns("/api/**");
            }
        };
    }

    private static String audience(KetenSecurityProperties properties, String service) {
        return properties.audience() != null ? properties.audience() : service;
    }

    private static JwtIssuerAuthenticationManagerResolver uitgevers(KetenSecurityProperties properties,
            String audience) {
        Map<String, AuthenticationManager> managers = new HashMap<>();
        for (KetenSecurityProperties.Uitgever uitgever : properties.vertrouwdeUitgevers()) {
            NimbusJwtDecoder handtekening = decoder(uitgever);
            // the signature once per token, the claims on every use (GeverifieerdeTokens, decision 0047)
            handtekening.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            JwtDecoder decoder = new GeverifieerdeTokens(handtekening, new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(uitgever.issuer()),
                    new UitgeverBinding(uitgever, properties.maximaleTokenLevensduur()),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            aud -> aud != null && aud.contains(audience))));
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(rollen());
            managers.put(uitgever.issuer(), provider::authenticate);
        }
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static NimbusJwtDecoder decoder(KetenSecurityProperties.Uitgever uitgever) {
        if (uitgever.jwkSetUri() != null) {
            return NimbusJwtDecoder.withJwkSetUri(uitgever.jwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        }
        if (uitgever.publicKey() != null) {
            return NimbusJwtDecoder.withPublicKey(rsaPublicKey(uitgever.publicKey()))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        }
        throw new IllegalStateException("uitgever " + uitgever.issuer() + " heeft geen jwk-set-uri of public-key");
    }

    private static RSAPublicKey rsaPublicKey(String pem) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("public-key is geen RSA-sleutel in PEM", e);
        }
    }

    private static JwtAuthenticationConverter rollen() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(KetenGebruiker.CLAIM_ROLLEN);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static UrlBasedCorsConfigurationSource cors(KetenSecurityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "traceparent", "bron", "doel", "berichtId"));
        cors.setExposedHeaders(List.of("API-Version", "Location", "berichtId"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
