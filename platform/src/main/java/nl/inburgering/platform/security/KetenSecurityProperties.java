package nl.inburgering.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param vertrouwdeUitgevers      the allowlist of token issuers, each with where its keys are and what it may
 *                                 assert
 * @param audience                 the {@code aud} a token must carry to be accepted here; defaults to the
 *                                 service name
 * @param corsOrigins              the browser origins allowed to call the APIs (none by default)
 * @param maximaleTokenLevensduur  the longest a token may live ({@code exp - iat}), and so the oldest it can be
 *                                 when it is used (one hour by default)
 */
@ConfigurationProperties("keten.security")
public record KetenSecurityProperties(List<Uitgever> vertrouwdeUitgevers, String audience, List<String> corsOrigins,
        Duration maximaleTokenLevensduur) {

    public static final String ALLE = "*";

    public KetenSecurityProperties {
        vertrouwdeUitgevers = vertrouwdeUitgevers == null ? List.of() : List.copyOf(vertrouwdeUitgevers);
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        maximaleTokenLevensduur = maximaleTokenLevensduur == null ? Duration.ofHours(1) : maximaleTokenLevensduur;
    }

    /**
     * @param issuer      the exact {@code iss} value
     * @param jwkSetUri   where the issuer publishes its keys, or
     * @param publicKey   its RSA public key in PEM (for issuers that publish no JWKS, and tests)
     * @param rollen      the roles its tokens may assert (required: an issuer asserts nothing it is not trusted for)
     * @param organisaties the organisations its tokens may speak for: every {@code organisatie_oin},
     *                    {@code gemeentecode} and {@code instellingsnummer} in a token must be listed (required;
     *                    {@value #ALLE} for an issuer trusted for every organisation, e.g. a test issuer)
     */
    public record Uitgever(String issuer, String jwkSetUri, String publicKey, List<Rol> rollen,
            List<String> organisaties) {

        public Uitgever {
            rollen = rollen == null ? List.of() : List.copyOf(rollen);
            organisaties = organisaties == null ? List.of() : List.copyOf(organisaties);
        }
    }
}
