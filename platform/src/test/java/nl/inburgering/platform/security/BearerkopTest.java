package nl.inburgering.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerkopTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL3Rva2VucyJ9.c2lnbmF0dXVy-_x";

    private final BearerTokenResolver standaard = new DefaultBearerTokenResolver();
    private final BearerTokenResolver onze = new Bearerkop();

    @Test
    void de_kop_geeft_hetzelfde_token_dezelfde_null_of_dezelfde_weigering_als_spring_securitys_standaard() {
        List<String> koppen = new ArrayList<>();
        koppen.add(null);
        koppen.addAll(List.of("", "Basic dXNlcjpwYXNz", "Digest x", "Bear", "Bearer", "bearer", "Bearer ",
                "Bearer  " + JWT, "Bearer\t" + JWT, "Bearer" + JWT, " Bearer " + JWT,
                "Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "bEaReR " + JWT, "Bearertoken " + JWT,
                "Bearer " + JWT + "=", "Bearer " + JWT + "==", "Bearer " + JWT + "===", "Bearer =",
                "Bearer ==", "Bearer a=b", "Bearer " + JWT + "= ", "Bearer " + JWT + " ", "Bearer " + JWT + "\n",
                "Bearer " + JWT + "\r\n", "Bearer " + JWT + " " + JWT, "Bearer " + JWT + ",", "Bearer " + JWT + "!",
                "Bearer " + JWT + "%2F", "Bearer " + JWT + "\u0007", "Bearer " + JWT + "é", "Bearer é" + JWT,
                "Bearer ~+/-._", "Bearer a", "Bearer 0", "Bearer \"" + JWT + "\"", "Bearer " + "a".repeat(2_000),
                "Bearer " + "eyJhbGciOiJSUzI1NiJ9.".repeat(95) + "x==", "Bearer " + "a".repeat(2_000) + "@"));
        // a no-break space is no space, a Kelvin sign no letter of the scheme (every other character: the next test)
        koppen.addAll(List.of("Bearer\u00a0" + JWT, "\u212Aearer " + JWT));

        for (String kop : koppen) {
            assertThat(uitkomst(onze, kop)).as("Authorization: %s", kop).isEqualTo(uitkomst(standaard, kop));
        }
        assertThat(uitkomst(onze, "bEaReR " + JWT)).isEqualTo("token " + JWT);
        assertThat(uitkomst(onze, "Basic dXNlcjpwYXNz")).isEqualTo("geen token");
        assertThat(uitkomst(onze, "Bearer  " + JWT)).isEqualTo("geweigerd invalid_token: Bearer token is malformed");
    }

    @Test
    void elk_teken_van_het_basic_multilingual_plane_wordt_in_het_token_en_in_het_schema_beoordeeld_als_door_de_standaard() {
        List<Integer> anders = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char teken = (char) c;
            for (String kop : new String[] { "Bearer ab" + teken + "c", "Bearer ab=" + teken, "Bearer " + teken,
                    "Be" + teken + "rer abc", "Bearer" + teken + "abc" }) {
                if (!uitkomst(onze, kop).equals(uitkomst(standaard, kop))) {
                    anders.add(c);
                }
            }
        }
        assertThat(anders).as("characters judged otherwise than by the default").isEmpty();
    }

    @Test
    void een_token_in_de_query_of_een_formulier_telt_niet_zoals_bij_de_standaard() {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("POST", "/api/v1/x");
        verzoek.setQueryString("access_token=" + JWT);
        verzoek.addParameter("access_token", JWT);
        verzoek.setContentType("application/x-www-form-urlencoded");

        assertThat(onze.resolve(verzoek)).isNull();
        assertThat(standaard.resolve(verzoek)).isNull();
    }

    @Test
    void een_misvormd_token_is_een_invalid_token() {
        assertThatThrownBy(() -> Bearerkop.token("Bearer " + JWT + " x"))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        fout -> assertThat(fout.getError().getErrorCode()).isEqualTo("invalid_token"));
    }

    /** One request for all headers: a new MockHttpServletRequest per header made the BMP test take seconds. */
    private final MockHttpServletRequest verzoek = new MockHttpServletRequest("GET", "/api/v1/x");

    private String uitkomst(BearerTokenResolver resolver, String kop) {
        verzoek.removeHeader("Authorization");
        if (kop != null) {
            verzoek.addHeader("Authorization", kop);
        }
        try {
            String token = resolver.resolve(verzoek);
            return token == null ? "geen token" : "token " + token;
        } catch (OAuth2AuthenticationException fout) {
            return "geweigerd " + fout.getError().getErrorCode() + ": " + fout.getError().getDescription();
        }
    }
}
