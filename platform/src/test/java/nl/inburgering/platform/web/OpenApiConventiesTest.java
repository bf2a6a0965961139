package nl.inburgering.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

class OpenApiConventiesTest {

    private static ApiResponses documenteer(ApiResponses antwoorden) {
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/v1/dingen",
                new PathItem().post(new Operation().responses(antwoorden))));
        new OpenApiConventies("Test API", "1.0.0").customise(api);
        return api.getPaths().get("/dingen").getPost().getResponses();
    }

    @Test
    void een_fout_die_een_controller_alleen_met_code_en_omschrijving_noemt_is_een_probleem_met_de_api_versie() {
        ApiResponses antwoorden = documenteer(new ApiResponses()
                .addApiResponse("201", new ApiResponse().description("Gemaakt"))
                .addApiResponse("409", new ApiResponse().description("Bestaat al").content(new Content()
                        .addMediaType("*/*", new MediaType().schema(new StringSchema())))));

        ApiResponse conflict = antwoorden.get("409");
        assertThat(conflict.getDescription()).isEqualTo("Bestaat al");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(conflict.getContent().get("application/problem+json").getSchema().get$ref())
                .endsWith("/Probleem");
        assertThat(conflict.getHeaders()).containsKey("API-Version");
        assertThat(antwoorden.get("201").getHeaders()).containsKey("API-Version");
        assertThat(antwoorden.get("201").getContent()).isNull();
    }

    @Test
    void elke_operatie_documenteert_de_standaardfouten_als_probleem() {
        ApiResponses antwoorden = documenteer(new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("OK")));

        assertThat(antwoorden).containsKeys("400", "401", "403", "404", "500");
        assertThat(antwoorden.get("400").getContent()).containsOnlyKeys("application/problem+json");
    }
}
