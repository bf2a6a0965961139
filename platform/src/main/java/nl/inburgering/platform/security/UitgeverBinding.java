package nl.inburgering.platform.security;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An issuer may assert only the roles and organisations it is trusted for ({@link KetenSecurityProperties.Uitgever}):
 * a token of an allowlisted issuer with another role, OIN, gemeentecode or instellingsnummer is refused. Also
 * requires {@code exp} and {@code iat}, and a lifetime ({@code exp - iat}) of at most the configured maximum, so no
 * token is accepted older than that.
 */
final class UitgeverBinding implements OAuth2TokenValidator<Jwt> {

    private static final Logger log = LoggerFactory.getLogger(UitgeverBinding.class);

    private final String issuer;
    private final Set<String> rollen;
    private final List<String> organisaties;
    private final java.time.Duration maximaleLevensduur;

    UitgeverBinding(KetenSecurityProperties.Uitgever uitgever, java.time.Duration maximaleLevensduur) {
        if (uitgever.rollen().isEmpty() || uitgever.organisaties().isEmpty()) {
            throw new IllegalStateException("uitgever " + uitgever.issuer()
                    + ": stel in welke rollen en organisaties zijn tokens mogen noemen"
                    + " (keten.security.vertrouwde-uitgevers[i].rollen en .organisaties)");
        }
        this.issuer = uitgever.issuer();
        this.rollen = uitgever.rollen().stream().map(Rol::name).collect(java.util.stream.Collectors.toSet());
        this.organisaties = uitgever.organisaties();
        this.maximaleLevensduur = maximaleLevensduur;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getExpiresAt() == null || token.getIssuedAt() == null) {
            return fout("token zonder exp of iat");
        }
        if (java.time.Duration.between(token.getIssuedAt(), token.getExpiresAt()).compareTo(maximaleLevensduur) > 0) {
            return fout("token leeft langer dan " + maximaleLevensduur);
        }
        List<String> gevraagd = token.getClaimAsStringList(KetenGebruiker.CLAIM_ROLLEN);
        if (gevraagd != null) {
            for (String rol : gevraagd) {
                if (!rollen.contains(rol)) {
                    return fout("uitgever " + issuer + " mag rol " + rol + " niet toekennen");
                }
            }
        }
        for (String claim : List.of(KetenGebruiker.CLAIM_OIN, KetenGebruiker.CLAIM_GEMEENTECODE,
                KetenGebruiker.CLAIM_INSTELLINGSNUMMER)) {
            Object waarde = token.getClaims().get(claim);
            if (waarde != null && !organisaties.contains(KetenSecurityProperties.ALLE)
                    && !organisaties.contains(String.valueOf(waarde))) {
                return fout("uitgever " + issuer + " mag niet spreken voor " + claim + " " + waarde);
            }
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult fout(String reden) {
        log.warn("Token geweigerd: {}", reden);
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reden, null));
    }
}
