package nl.inburgering.keten.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.tokens.DemoClient;
import nl.inburgering.keten.local.tokens.LocalTokenIssuer;

/**
 * The compose file's demo token issuer and what the services trust by default belong together: the issuer's
 * {@code iss} is what they trust, and they trust it for exactly the roles and organisations of keten-local's demo
 * clients. A new demo client that the compose file does not know would get 401 on the containers only.
 */
class KetenInComposeBestandTest {

    private static final String ISS = "http://token-issuer:9000";

    @Test
    void de_diensten_vertrouwen_standaard_de_tokenuitgever_van_het_composebestand() throws IOException {
        String compose = composebestand();

        assertThat(compose).contains("\"--token-issuer-only\"", "\"--token-issuer-url=" + ISS + "\"");
        assertThat(compose).contains("${KETEN_TOKEN_ISSUER:-" + ISS + "}",
                "${KETEN_TOKEN_JWKS_URI:-" + ISS + "/oauth2/jwks}");
    }

    @Test
    void voor_precies_de_rollen_en_organisaties_van_de_democlients() throws IOException {
        String compose = composebestand();

        assertThat(compose).contains("${KETEN_TOKEN_ROLLEN:-" + LocalTokenIssuer.rollenVan(DemoClient.ALLE) + "}");
        assertThat(compose)
                .contains("${KETEN_TOKEN_ORGANISATIES:-" + LocalTokenIssuer.organisatiesVan(DemoClient.ALLE) + "}");
    }

    private static String composebestand() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker-compose.yml")) && Files.isDirectory(p.resolve("keten-local"))) {
                return Files.readString(p.resolve("docker-compose.yml"));
            }
        }
        throw new IllegalStateException("no docker-compose.yml from " + Path.of("").toAbsolutePath() + " upwards");
    }
}
