package nl.inburgering.keten.local.tokens;

import java.util.List;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The chain's claims in an access token, on top of what Spring Authorization Server sets ({@code iss},
 * {@code sub} = client id, {@code iat}, {@code exp}, {@code nbf}, {@code jti}, {@code scope}):
 * <ul>
 * <li>{@code aud}: the requested scopes that are services ({@code gemeente-service}, ...), in the order of {@link LocalTokenIssuer#SERVICES};</li>
 * <li>{@code roles}: the client's role, a JSON array with one element;</li>
 * <li>{@code organisatie_oin}: the OIN of the client's organisation;</li>
 * <li>{@code gemeentecode} (gemeente clients) or {@code instellingsnummer} (instelling clients);</li>
 * <li>{@code bsn} (the inburgeraar: a citizen as DigiD would vouch for him).</li>
 * </ul>
 */
final class KetenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String ORGANISATIE_OIN = "organisatie_oin";
    static final String GEMEENTECODE = "gemeentecode";
    static final String INSTELLINGSNUMMER = "instellingsnummer";
    static final String BSN = "bsn";

    private final DemoClients clients;

    KetenClaims(DemoClients clients) {
        this.clients = clients;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        DemoClient client = clients.of(clientId)
                .orElseThrow(() -> new IllegalStateException("not a demo client: " + clientId));
        List<String> audience = LocalTokenIssuer.SERVICES.stream().filter(context.getAuthorizedScopes()::contains).toList();
        JwtClaimsSet.Builder claims = context.getClaims();
        claims.audience(audience);
        claims.claim(ROLES, List.of(client.rol().name()));
        claims.claim(ORGANISATIE_OIN, client.organisatieOin());
        if (client.gemeentecode() != null) {
            claims.claim(GEMEENTECODE, client.gemeentecode());
        }
        if (client.instellingsnummer() != null) {
            claims.claim(INSTELLINGSNUMMER, client.instellingsnummer());
        }
        if (client.bsn() != null) {
            claims.claim(BSN, client.bsn());
        }
    }
}
