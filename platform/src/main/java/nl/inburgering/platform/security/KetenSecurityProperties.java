package nl.inburgering.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param vertrouwdeUitgevers the allowlist of token issuers, each with where its keys are
 * @param audience            the {@code aud} a token must carry to be accepted here; defaults to the
 *                            service name
 * @param corsOrigins         the browser origins allowed to call the APIs (none by default)
 */
@ConfigurationProperties("keten.security")
public record KetenSecurityProperties(List<Uitgever> vertrouwdeUitgevers, String audience, List<String> corsOrigins) {

    public KetenSecurityProperties {
        vertrouwdeUitgevers = vertrouwdeUitgevers == null ? List.of() : List.copyOf(vertrouwdeUitgevers);
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }

    /**
     * @param issuer    the exact {@code iss} value
     * @param jwkSetUri where the issuer publishes its keys, or
     * @param publicKey its RSA public key in PEM (for issuers that publish no JWKS, and tests)
     */
    public record Uitgever(String issuer, String jwkSetUri, String publicKey) {
    }
}
