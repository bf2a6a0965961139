package nl.inburgering.keten.local.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gets access tokens from a {@link LocalTokenIssuer} over HTTP, the way any client does: {@code POST /oauth2/token}
 * with {@code grant_type=client_credentials}, the services as {@code scope} and the client id and secret as HTTP
 * Basic authentication (client_secret_basic). Every call asks for a new token; nothing is cached.
 *
 * <pre>{@code
 * String token = new TokenClient("http://localhost:9000").token("klantmanager-amsterdam", "gemeente-service");
 * request.header("Authorization", "Bearer " + token);
 * }</pre>
 */
public final class TokenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuerUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param issuerUrl {@code http://localhost:<port>} of the issuer */
    public TokenClient(String issuerUrl) {
        this.issuerUrl = issuerUrl.endsWith("/") ? issuerUrl.substring(0, issuerUrl.length() - 1) : issuerUrl;
    }

    /**
     * A new access token for a demo client (secret {@value DemoClient#SECRET}) for these services
     * ({@code "gemeente-service"}, ...; at least one).
     *
     * @throws TokenRefused when the issuer answers an error (unknown client, wrong secret, no or an unknown scope)
     */
    public String token(String clientId, String... audiences) {
        return token(clientId, DemoClient.SECRET, Arrays.asList(audiences));
    }

    /** A new access token for any client and secret; see {@link #token(String, String...)}. */
    public String token(String clientId, String secret, Collection<String> audiences) {
        HttpResponse<String> response = request(clientId, secret, audiences);
        if (response.statusCode() != 200) {
            throw new TokenRefused(clientId, response.statusCode(), response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        JsonNode accessToken = body.get("access_token");
        if (accessToken == null || !accessToken.isString()) {
            throw new TokenRefused(clientId, response.statusCode(), response.body());
        }
        return accessToken.asString();
    }

    /** The issuer's raw answer to a token request (client_secret_basic); for tests of the issuer itself. */
    public HttpResponse<String> request(String clientId, String secret, Collection<String> audiences) {
        String form = "grant_type=client_credentials"
                + (audiences.isEmpty() ? "" : "&scope=" + URLEncoder.encode(String.join(" ", audiences), StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString(
                (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from the token issuer at " + issuerUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + issuerUrl + " for a token", e);
        }
    }

    /** The services' names, for a token for all of them: {@code token(clientId, TokenClient.alleServices())}. */
    public static String[] alleServices() {
        return LocalTokenIssuer.SERVICES.toArray(String[]::new);
    }

    /** RFC 6749 §2.3.1: client id and secret are form-encoded before they go into the Basic header. */
    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The issuer refused a token request. */
    public static final class TokenRefused extends RuntimeException {

        private final int status;
        private final String body;

        TokenRefused(String clientId, int status, String body) {
            super("token issuer refused a token for " + clientId + ": " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        /** The HTTP status (400 invalid_scope, 401 invalid_client, ...). */
        public int status() {
            return status;
        }

        /** The OAuth2 error answer, e.g. {@code {"error":"invalid_client"}}. */
        public String body() {
            return body;
        }
    }
}
