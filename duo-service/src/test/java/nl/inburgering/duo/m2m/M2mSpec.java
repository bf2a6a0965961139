package nl.inburgering.duo.m2m;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusTypeIs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;

/**
 * One of DUO's published M2M APIs ({@code src/test/resources/m2m/<API>/openapi.yml}, a copy of
 * {@code shared/reference/duo-gemeente-m2m/API/<API>/openapi.yml}), as a validator for recorded MockMvc
 * exchanges. The specs have no base path; DUO serves them under {@code /m2m/v1}.
 */
public final class M2mSpec {

    public static final String BASISPAD = "/m2m/v1";
    public static final M2mSpec INBURGERINGSPLICHT = new M2mSpec("Inburgeringsplicht");
    public static final M2mSpec LEERBAARHEIDSTOETS = new M2mSpec("Leerbaarheidstoets");
    public static final M2mSpec PIP = new M2mSpec("PIP");
    public static final M2mSpec INBURGERINGSTERMIJN = new M2mSpec("Inburgeringstermijn");
    public static final M2mSpec INBURGERINGSAANBOD = new M2mSpec("Inburgeringsaanbod");
    public static final M2mSpec GEVOLGDE_UREN = new M2mSpec("GevolgdeUren");
    public static final M2mSpec CONTACTPERSOON = new M2mSpec("Contactpersoon");
    public static final M2mSpec MAP_PVT_ZROUTE = new M2mSpec("MAP-PVT-Zroute");
    public static final M2mSpec EXAMEN = new M2mSpec("Examen");
    public static final M2mSpec ONTHEFFING = new M2mSpec("Ontheffing");
    public static final M2mSpec VRIJSTELLING = new M2mSpec("Vrijstelling");

    /**
     * The one rule that is ignored: DUO's spec defines its 4xx/5xx answers without content, our house rule
     * answers every error with application/problem+json listing the problems. The validator reports that body
     * as {@code validation.response.body.unexpected}; only for error responses is that accepted. Everything
     * else (status codes, the required API-Version header and its pattern, 200 bodies) is checked.
     */
    private final OpenApiInteractionValidator validator;

    private M2mSpec(String api) {
        this.validator = OpenApiInteractionValidator
            .createForInlineApiSpecification(lees("/m2m/" + api + "/openapi.yml"))
            .withBasePathOverride(BASISPAD)
            .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                    "Foutantwoorden dragen een problem+json body (huisregel); de DUO-spec definieert daar geen content",
                    allOf(isResponse(), messageHasKey("validation.response.body.unexpected"),
                            anyOf(responseStatusTypeIs(StatusType.CLIENT_ERROR),
                                    responseStatusTypeIs(StatusType.SERVER_ERROR)))))
            .build();
    }

    /** The request as the spec sees it: method, full path, headers and body (for a POST or PUT). */
    public ValidationReport valideerVerzoek(MvcResult uitwisseling) {
        return validator.validateRequest(verzoek(uitwisseling.getRequest()));
    }

    /** The response against the operation the request's path and method select. */
    public ValidationReport valideerAntwoord(MvcResult uitwisseling) {
        MockHttpServletRequest verzoek = uitwisseling.getRequest();
        return validator.validateResponse(verzoek.getRequestURI(), Request.Method.valueOf(verzoek.getMethod()),
                antwoord(uitwisseling.getResponse()));
    }

    /**
     * Any request under {@link #BASISPAD}, with a JSON body when there is one; whatever the request, the response must
     * follow this spec.
     */
    public MvcTestResult vraag(MockMvcTester mvc, HttpMethod methode, String pad, HttpHeaders headers, String body) {
        var verzoek = mvc.method(methode).uri(BASISPAD + pad).headers(headers);
        if (body != null) {
            verzoek = verzoek.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MvcTestResult antwoord = verzoek.exchange();
        assertThat(fouten(valideerAntwoord(antwoord.getMvcResult()))).as("antwoord volgens de spec").isEmpty();
        return antwoord;
    }

    /** The errors of a report as {@code key: message}; whitelisted messages are not errors. */
    public static List<String> fouten(ValidationReport rapport) {
        return rapport.getMessages().stream()
                .filter(bericht -> bericht.getLevel() == ValidationReport.Level.ERROR)
                .map(bericht -> bericht.getKey() + ": " + bericht.getMessage())
                .toList();
    }

    private static Request verzoek(MockHttpServletRequest verzoek) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(verzoek.getMethod(), verzoek.getRequestURI());
        for (String naam : Collections.list(verzoek.getHeaderNames())) {
            builder.withHeader(naam, Collections.list(verzoek.getHeaders(naam)));
        }
        byte[] body = verzoek.getContentAsByteArray();
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static Response antwoord(MockHttpServletResponse antwoord) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(antwoord.getStatus());
        for (String naam : antwoord.getHeaderNames()) {
            builder.withHeader(naam, antwoord.getHeaders(naam));
        }
        byte[] body = antwoord.getContentAsByteArray();
        if (body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static String lees(String pad) {
        try (InputStream in = M2mSpec.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException(pad + " ontbreekt op het test-classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
