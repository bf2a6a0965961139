package nl.inburgering.keten.local.tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local token issuer as a client and a resource server see it: over HTTP only. */
class LocalTokenIssuerTest {

    private static final List<DemoClient> DEMO_CLIENTS = DemoClient.ALLE;

    private static LocalTokenIssuer issuer;
    private static TokenClient client;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        issuer = LocalTokenIssuer.start(0);
        client = issuer.client();
    }

    @AfterAll
    static void stop() {
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void a_client_credentials_token_is_an_rs256_jwt_signed_with_the_key_of_the_jwks_and_issued_by_the_issuer_url()
            throws Exception {
        String token = client.token("klantmanager-amsterdam", "gemeente-service");

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWKSet jwks = JWKSet.parse(get(issuer.url() + "/oauth2/jwks").body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("the token's kid is in the JWKS").isNotNull();
        assertThat(key.isPrivate()).as("the JWKS publishes only the public key").isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:" + issuer.port()).isEqualTo(issuer.url());
        assertThat(claims.getSubject()).isEqualTo("klantmanager-amsterdam");
        assertThat(claims.getAudience()).containsExactly("gemeente-service");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
        assertThat(claims.getStringListClaim("roles")).containsExactly("GEMEENTE_KLANTMANAGER");
        assertThat(claims.getStringClaim("organisatie_oin")).isEqualTo("00000001002564440000");
        assertThat(claims.getStringClaim("gemeentecode")).isEqualTo("0363");
        assertThat(claims.getClaim("instellingsnummer")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("DEMO_CLIENTS")
    void every_demo_client_gets_its_role_its_organisation_and_only_its_own_tenant_claim(DemoClient demo)
            throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(client.token(demo.clientId(), "ind-service")).getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo(demo.clientId());
        assertThat(claims.getStringListClaim("roles")).containsExactly(demo.rol().name());
        assertThat(claims.getStringClaim("organisatie_oin")).isEqualTo(demo.organisatieOin()).matches("\\d{20}");
        assertThat(claims.getStringClaim("gemeentecode")).isEqualTo(demo.gemeentecode());
        assertThat(claims.getStringClaim("instellingsnummer")).isEqualTo(demo.instellingsnummer());
        // only the inburgeraar (a citizen, as DigiD would vouch) carries his own bsn (issue 16)
        assertThat(claims.getStringClaim("bsn")).isEqualTo(demo.bsn());
        assertThat(claims.getClaims()).containsKeys("iss", "sub", "aud", "exp", "iat", "jti", "roles", "organisatie_oin");
    }

    @Test
    void the_demo_clients_are_the_documented_ones_with_three_gemeenten_and_every_role() {
        assertThat(DEMO_CLIENTS).extracting(DemoClient::clientId).containsExactly(
                "klantmanager-amsterdam", "klantmanager-rotterdam", "gemeentesysteem-amsterdam",
                "gemeentesysteem-rotterdam", "klantmanager-utrecht", "gemeentesysteem-utrecht", "duo-backoffice", "duosysteem", "ind-medewerker", "indsysteem", "coa-medewerker",
                "instelling-medewerker", "instelling-medewerker-67890", "szw-medewerker", "monitoring", "beheerder",
                "inburgeraar", "inburgeraar-2");
        assertThat(DEMO_CLIENTS).extracting(DemoClient::rol).contains(DemoClient.Rol.values());
        assertThat(DEMO_CLIENTS).extracting(DemoClient::gemeentecode).contains("0363", "0599");
        assertThat(DemoClient.gemeentesysteem("0599").clientId()).isEqualTo("gemeentesysteem-rotterdam");
    }

    @Test
    void the_audience_is_the_requested_service_or_services() throws Exception {
        assertThat(SignedJWT.parse(client.token("duo-backoffice", "duo-service")).getJWTClaimsSet().getAudience())
                .containsExactly("duo-service");
        assertThat(SignedJWT.parse(client.token("gemeentesysteem-rotterdam", "gemeente-service", "duo-service"))
                .getJWTClaimsSet().getAudience())
                .containsExactlyInAnyOrder("gemeente-service", "duo-service");
        assertThat(SignedJWT.parse(client.token("szw-medewerker", TokenClient.alleServices())).getJWTClaimsSet()
                .getAudience())
                .containsExactlyInAnyOrderElementsOf(LocalTokenIssuer.SERVICES);
    }

    @Test
    void a_wrong_secret_is_refused_with_401_invalid_client() {
        HttpResponse<String> response = client.request("klantmanager-amsterdam", "fout", List.of("gemeente-service"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).isEqualTo("invalid_client");
        assertThatThrownBy(() -> client.token("klantmanager-amsterdam", "fout", List.of("gemeente-service")))
                .isInstanceOfSatisfying(TokenClient.TokenRefused.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void after_five_wrong_secrets_a_client_is_throttled_with_429_and_retry_after_even_with_the_right_secret() {
        DemoClient gokker = DemoClient.organisatie("gokker", DemoClient.Rol.SZW_MEDEWERKER, DemoClient.OIN_SZW,
                "a client whose secret is being guessed");
        DemoClient ander = DemoClient.organisatie("ander", DemoClient.Rol.SZW_MEDEWERKER, DemoClient.OIN_SZW,
                "another client");
        try (LocalTokenIssuer eigen = LocalTokenIssuer.start(0, List.of(gokker, ander), Map.of())) {
            TokenClient tokens = eigen.client();
            for (int i = 0; i < SecretThrottle.MAXIMUM_FAILURES; i++) {
                assertThat(tokens.request("gokker", "raden-" + i, List.of("gemeente-service")).statusCode())
                        .isEqualTo(401);
            }

            HttpResponse<String> juist = tokens.request("gokker", DemoClient.SECRET, List.of("gemeente-service"));

            assertThat(juist.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(juist.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
            assertThat(tokens.request("ander", DemoClient.SECRET, List.of("gemeente-service")).statusCode())
                    .as("another client").isEqualTo(200);
        }
    }

    @Test
    void the_metadata_advertise_only_the_client_credentials_grant_with_a_client_secret() throws Exception {
        for (String path : List.of("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration")) {
            JsonNode metadata = json.readTree(get(issuer.url() + path).body());
            assertThat(metadata.get("grant_types_supported").values()).extracting(JsonNode::asString).as(path)
                    .containsExactly("client_credentials");
            assertThat(metadata.get("token_endpoint_auth_methods_supported").values()).extracting(JsonNode::asString)
                    .as(path).containsExactlyInAnyOrder("client_secret_basic", "client_secret_post");
        }
    }

    @Test
    void an_unknown_client_is_refused_with_401_invalid_client() {
        HttpResponse<String> response = client.request("onbekend", DemoClient.SECRET, List.of("gemeente-service"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(error(response)).isEqualTo("invalid_client");
    }

    @Test
    void a_request_without_a_service_scope_or_with_an_unknown_scope_is_refused_with_invalid_scope() {
        HttpResponse<String> zonder = client.request("klantmanager-amsterdam", DemoClient.SECRET, List.of());
        HttpResponse<String> onbekend = client.request("klantmanager-amsterdam", DemoClient.SECRET, List.of("bank-service"));

        assertThat(zonder.statusCode()).isEqualTo(400);
        assertThat(error(zonder)).isEqualTo("invalid_scope");
        assertThat(onbekend.statusCode()).isEqualTo(400);
        assertThat(error(onbekend)).isEqualTo("invalid_scope");
    }

    @Test
    void client_secret_post_works_as_well_as_client_secret_basic() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer.tokenUri()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=coa-service"
                                + "&client_id=coa-medewerker&client_secret=geheim"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isBetween(3590L, 3600L);
        assertThat(SignedJWT.parse(body.get("access_token").asString()).getJWTClaimsSet().getSubject())
                .isEqualTo("coa-medewerker");
    }

    @Test
    void the_metadata_name_the_issuer_the_token_endpoint_and_the_jwks() throws Exception {
        for (String path : List.of("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration")) {
            HttpResponse<String> response = get(issuer.url() + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode metadata = json.readTree(response.body());
            assertThat(metadata.get("issuer").asString()).isEqualTo(issuer.url());
            assertThat(metadata.get("token_endpoint").asString()).isEqualTo(issuer.tokenUri());
            assertThat(metadata.get("jwks_uri").asString()).isEqualTo(issuer.jwkSetUri());
        }
    }

    @Test
    void a_spring_resource_server_configured_from_the_issuer_url_accepts_the_token() {
        JwtDecoder decoder = JwtDecoders.fromIssuerLocation(issuer.url()); // discovery, JWKS, iss check

        Jwt jwt = decoder.decode(client.token("instelling-medewerker", "instelling-service"));

        assertThat(jwt.getAudience()).containsExactly("instelling-service");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("INSTELLING_MEDEWERKER");
        assertThat(jwt.getClaimAsString("instellingsnummer")).isEqualTo("12345");
        assertThat(jwt.getClaimAsString("gemeentecode")).isNull();
        assertThat((Map<String, Object>) jwt.getClaims()).containsEntry("organisatie_oin", "00000001812345678000");
    }

    private String error(HttpResponse<String> response) {
        return json.readTree(response.body()).get("error").asString();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
