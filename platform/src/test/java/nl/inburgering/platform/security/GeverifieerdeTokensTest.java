package nl.inburgering.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class GeverifieerdeTokensTest {

    private final KeyPair sleutels = sleutelpaar();
    private final AtomicInteger handtekeningenGecontroleerd = new AtomicInteger();
    private Instant nu = Instant.now();
    private final GeverifieerdeTokens tokens = new GeverifieerdeTokens(tellend(sleutels), claimsOpDeKlok());

    @Test
    void een_token_wordt_eenmaal_op_zijn_handtekening_gecontroleerd_en_bij_elk_gebruik_op_zijn_claims() throws Exception {
        String token = token(sleutels, "duo-backoffice", nu.plus(Duration.ofMinutes(30)));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("duo-backoffice");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("duo-backoffice");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("duo-backoffice");

        assertThat(handtekeningenGecontroleerd).hasValue(1);
    }

    @Test
    void een_verlopen_token_wordt_geweigerd_ook_als_het_onthouden_is() throws Exception {
        String token = token(sleutels, "gemeente-0363", nu.plus(Duration.ofMinutes(2)));
        tokens.decode(token);

        nu = nu.plus(Duration.ofMinutes(3));

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void een_token_met_een_vreemde_handtekening_wordt_elke_keer_geweigerd_en_nooit_onthouden() throws Exception {
        String vervalst = token(sleutelpaar(), "duo-backoffice", nu.plus(Duration.ofMinutes(30)));

        assertThatThrownBy(() -> tokens.decode(vervalst)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(vervalst)).isInstanceOf(JwtException.class);

        assertThat(handtekeningenGecontroleerd).as("the signature was checked again, not remembered").hasValue(2);
    }

    @Test
    void twee_tokens_worden_elk_op_hun_eigen_handtekening_gecontroleerd() throws Exception {
        tokens.decode(token(sleutels, "ind", nu.plus(Duration.ofMinutes(30))));
        tokens.decode(token(sleutels, "coa", nu.plus(Duration.ofMinutes(30))));

        assertThat(handtekeningenGecontroleerd).hasValue(2);
    }

    private JwtDecoder tellend(KeyPair paar) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) paar.getPublic()).build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return token -> {
            handtekeningenGecontroleerd.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private JwtTimestampValidator claimsOpDeKlok() {
        JwtTimestampValidator geldigheid = new JwtTimestampValidator(Duration.ZERO);
        geldigheid.setClock(new Clock() {
            @Override
            public Instant instant() {
                return nu;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
        return geldigheid;
    }

    private String token(KeyPair paar, String subject, Instant exp) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder().subject(subject)
                .issueTime(Date.from(nu)).expirationTime(Date.from(exp)).build());
        jwt.sign(new RSASSASigner(paar.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair sleutelpaar() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
