package nl.inburgering.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * Makes every service's OpenAPI document follow the NL GOV API Design Rules (and pass their Spectral
 * ruleset): a semver version and a contact, the major version in the server URL (paths are relative to
 * {@code /api/v1}), the {@code API-Version} header on every success, and every operation documenting the
 * problem+json answers it can give (400, 401, 403, 404 and 500), plus the bearer token it needs.
 */
public class OpenApiConventies implements OpenApiCustomizer {

    static final String BASISPAD = "/api/v1";
    private static final String PROBLEEM = "Probleem";
    private static final String API_VERSION = "API-Version";
    private static final String TOKEN = "bearerToken";

    private final String titel;
    private final String versie;

    public OpenApiConventies(String titel, String versie) {
        this.titel = titel;
        this.versie = versie;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(titel).version(versie)
                .description("Een API van de inburgeringsketen (Wet inburgering 2021).")
                .contact(new Contact().name("Team inburgeringsketen").url("https://inburgering.nl/ontwikkelaars")
                        .email("ontwikkelaars@inburgering.nl")));
        openApi.servers(List.of(new Server().url(BASISPAD).description("de API, versie 1")));
        openApi.paths(relatiefAanBasispad(openApi.getPaths()));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSchemas(PROBLEEM, probleemSchema());
        components.addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("OAuth2 access token (RS256) met deze dienst als audience"));
        openApi.components(components);
        openApi.security(List.of(new SecurityRequirement().addList(TOKEN)));
        openApi.getPaths().values().forEach(pad -> pad.readOperations().forEach(this::metConventies));
    }

    private static Paths relatiefAanBasispad(Paths paden) {
        Paths relatief = new Paths();
        if (paden != null) {
            paden.forEach((pad, item) -> {
                if (pad.startsWith(BASISPAD)) {
                    relatief.addPathItem(pad.substring(BASISPAD.length()), item);
                }
            });
        }
        return relatief;
    }

    private void metConventies(Operation operatie) {
        ApiResponses antwoorden = operatie.getResponses() == null ? new ApiResponses() : operatie.getResponses();
        antwoorden.forEach((code, antwoord) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                antwoord.addHeaderObject(API_VERSION, new Header().description("De volledige versie van de API")
                        .schema(new StringSchema().example(versie)));
            } else {
                // A controller names an extra error (e.g. 409) only by code and description; every error is a
                // problem+json with the API-Version header, so its shape is the house rule's, not the return type's.
                alsProbleem(antwoord);
            }
        });
        Map<String, String> problemen = new LinkedHashMap<>();
        problemen.put("400", "Ongeldige invoer; elk probleem staat in invalidParams");
        problemen.put("401", "Geen of geen geldig access token");
        problemen.put("403", "Dit token geeft geen toegang");
        problemen.put("404", "Niet gevonden");
        problemen.put("500", "Interne fout");
        problemen.forEach((code, omschrijving) -> antwoorden.putIfAbsent(code, probleem(omschrijving)));
        operatie.setResponses(antwoorden);
    }

    private ApiResponse probleem(String omschrijving) {
        return alsProbleem(new ApiResponse().description(omschrijving));
    }

    private ApiResponse alsProbleem(ApiResponse antwoord) {
        return antwoord.addHeaderObject(API_VERSION, new Header().schema(new StringSchema().example(versie)))
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEEM))));
    }

    private static Schema<?> probleemSchema() {
        ObjectSchema invalidParam = new ObjectSchema();
        invalidParam.addProperty("name", new StringSchema().description("het veld of de parameter"));
        invalidParam.addProperty("code", new StringSchema().description("een vaste code, bv. required"));
        invalidParam.addProperty("reason", new StringSchema().description("uitleg"));
        ObjectSchema probleem = new ObjectSchema();
        probleem.description("RFC 9457 problem details");
        probleem.addProperty("type", new StringSchema().format("uri"));
        probleem.addProperty("title", new StringSchema());
        probleem.addProperty("status", new IntegerSchema());
        probleem.addProperty("detail", new StringSchema());
        probleem.addProperty("instance", new StringSchema().format("uri"));
        probleem.addProperty("invalidParams", new io.swagger.v3.oas.models.media.ArraySchema().items(invalidParam));
        return probleem;
    }
}
