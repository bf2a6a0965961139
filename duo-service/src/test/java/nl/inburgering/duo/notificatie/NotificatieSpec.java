package nl.inburgering.duo.notificatie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * DUO's published Notificatie API ({@code src/test/resources/m2m/Notificatie/openapi.yml}, a copy of
 * {@code shared/reference/duo-gemeente-m2m/API/Notificatie/openapi.yml}) as a validator of the requests DUO sends: path,
 * method, the headers bron, doel and berichtId, and the body against the schema {@code Notificatie}. The spec has no
 * base path; a gemeente serves it under {@code /m2m/v1}.
 */
final class NotificatieSpec {

    static final String PAD = "/m2m/v1/notificaties";

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(lees()).withBasePathOverride("/m2m/v1").build();

    private NotificatieSpec() {
    }

    /** The errors of the request against the spec, as {@code key: message}; empty when it follows the spec. */
    static List<String> fouten(String methode, String pad, Map<String, List<String>> headers, byte[] body) {
        SimpleRequest.Builder verzoek = new SimpleRequest.Builder(methode, pad);
        headers.forEach(verzoek::withHeader);
        if (body.length > 0) {
            verzoek.withBody(body);
        }
        return VALIDATOR.validateRequest(verzoek.build()).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    private static String lees() {
        try (InputStream in = NotificatieSpec.class.getResourceAsStream("/m2m/Notificatie/openapi.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
