package nl.inburgering.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * A decoder that checks a token's RS256 signature once and its claims on every request (issue 17, decision 0047).
 *
 * <p>A partner system sends the same token with every call until it expires; parsing it and verifying its signature
 * again each time was a tenth of the chain's CPU in the benchmark's profile. A token whose signature was verified is
 * remembered by its exact text until its {@code exp} (at most {@link #HOOGSTENS}), so the same bytes cannot carry
 * other claims. The claims (issuer, audience, expiry and lifetime, the issuer's roles and organisations) are validated
 * against the clock on every use, so an expired token is refused even while it is remembered. A token that fails its
 * signature is never remembered. The price: a key the issuer withdraws keeps accepting tokens already verified with
 * it for at most {@link #HOOGSTENS}, within their own validity.
 */
final class GeverifieerdeTokens implements JwtDecoder {

    /** The longest a verified token is remembered, whatever its {@code exp}. */
    static final Duration HOOGSTENS = Duration.ofMinutes(5);
    /** Tokens remembered at once: far more than the callers of one service, small enough to bound the heap. */
    static final int MAXIMUM = 10_000;

    private final JwtDecoder handtekening;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> geverifieerd;

    /**
     * @param handtekening a decoder that parses and verifies the signature only (its own claim validation off)
     * @param claims       what every use of a token must satisfy
     */
    GeverifieerdeTokens(JwtDecoder handtekening, OAuth2TokenValidator<Jwt> claims) {
        this.handtekening = handtekening;
        this.claims = claims;
        this.geverifieerd = Caffeine.newBuilder().maximumSize(MAXIMUM).expireAfter(totExp()).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = geverifieerd.get(token, handtekening::decode);
        OAuth2TokenValidatorResult uitslag = claims.validate(jwt);
        if (uitslag.hasErrors()) {
            String reden = uitslag.getErrors().stream().map(OAuth2Error::getDescription).findFirst()
                    .orElse("invalid token");
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + reden,
                    uitslag.getErrors());
        }
        return jwt;
    }

    /** Remembered until the token's exp, never longer than HOOGSTENS (a token without exp: not remembered). */
    private static Expiry<String, Jwt> totExp() {
        return Expiry.creating((token, jwt) -> {
            Instant exp = jwt.getExpiresAt();
            if (exp == null) {
                return Duration.ZERO;
            }
            Duration resterend = Duration.between(Instant.now(), exp);
            return resterend.isNegative() ? Duration.ZERO : (resterend.compareTo(HOOGSTENS) > 0 ? HOOGSTENS : resterend);
        });
    }
}
