package nl.inburgering.platform.test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import nl.inburgering.platform.security.Rol;

/**
 * Real RS256 access tokens for service tests, signed by a test issuer that {@link KetenTestInfrastructuur}
 * puts on the services' allowlist. Build one per actor: {@code TestTokens.voor("gemeente-service")
 * .rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363").token()}.
 */
public final class TestTokens {

    public static final String UITGEVER = "https://tokens.test.inburgering.nl";
    /** An issuer the test services trust for {@code PARTNERSYSTEEM} tokens of {@link #OIN_GEBONDEN_UITGEVER} only. */
    public static final String GEBONDEN_UITGEVER = "https://duo-tokens.test.inburgering.nl";
    public static final String OIN_GEBONDEN_UITGEVER = "00000001003214345000";
    private static final KeyPair SLEUTEL = nieuweSleutel();

    private final Map<String, Object> claims = new HashMap<>();
    private String uitgever = UITGEVER;
    private Instant uitgegeven = Instant.now();
    private Instant verloopt = uitgegeven.plusSeconds(600);
    private boolean zonderVerloop;
    private RSAPrivateKey ondertekenaar = (RSAPrivateKey) SLEUTEL.getPrivate();

    private TestTokens(String audience) {
        claims.put("aud", List.of(audience));
        claims.put("organisatie_oin", "00000001000000000000");
    }

    public static TestTokens voor(String audience) {
        return new TestTokens(audience);
    }

    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(SLEUTEL.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }

    public TestTokens rol(Rol rol) {
        claims.put("roles", List.of(rol.name()));
        return this;
    }

    public TestTokens gemeente(String gemeentecode, String oin) {
        claims.put("gemeentecode", gemeentecode);
        claims.put("organisatie_oin", oin);
        return this;
    }

    public TestTokens oin(String oin) {
        claims.put("organisatie_oin", oin);
        return this;
    }

    public TestTokens claim(String naam, Object waarde) {
        claims.put(naam, waarde);
        return this;
    }

    public TestTokens uitgever(String andereUitgever) {
        this.uitgever = andereUitgever;
        return this;
    }

    public TestTokens verlopen() {
        this.verloopt = Instant.now().minusSeconds(3600);
        return this;
    }

    /** A token without {@code exp}: valid forever if a service accepted it. */
    public TestTokens zonderVerloop() {
        this.zonderVerloop = true;
        return this;
    }

    /** A token issued at {@code iat} and valid until {@code exp}. */
    public TestTokens geldig(Instant iat, Instant exp) {
        this.uitgegeven = iat;
        this.verloopt = exp;
        return this;
    }

    /** Signs with a key the services do not know. */
    public TestTokens onbekendeSleutel() {
        this.ondertekenaar = (RSAPrivateKey) nieuweSleutel().getPrivate();
        return this;
    }

    public String token() {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(uitgever).subject("test-client")
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(uitgegeven))
                .expirationTime(zonderVerloop ? null : Date.from(verloopt));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(ondertekenaar));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    public String bearer() {
        return "Bearer " + token();
    }

    private static KeyPair nieuweSleutel() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
