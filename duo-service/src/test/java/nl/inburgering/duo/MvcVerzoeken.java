package nl.inburgering.duo;

import java.io.UnsupportedEncodingException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** The requests DUO's service tests send through MockMvc, and a field read from an answer. */
public final class MvcVerzoeken {

    private MvcVerzoeken() {
    }

    /** {@code methode pad} with the bearer {@code token}, and {@code body} as JSON when there is one. */
    public static MvcTestResult vraag(MockMvcTester mvc, HttpMethod methode, String pad, String body, String token) {
        var verzoek = mvc.method(methode).uri(pad).header(HttpHeaders.AUTHORIZATION, token);
        if (body != null) {
            verzoek = verzoek.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return verzoek.exchange();
    }

    /** The value at the JSON path {@code pad} of the answer's body. */
    public static String veld(MvcTestResult antwoord, String pad) {
        try {
            return JsonPath.read(antwoord.getResponse().getContentAsString(), pad);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
