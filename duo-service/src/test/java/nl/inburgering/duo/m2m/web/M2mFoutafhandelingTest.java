package nl.inburgering.duo.m2m.web;

import static nl.inburgering.duo.m2m.M2mSpec.BASISPAD;
import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import nl.inburgering.duo.m2m.M2mSpec;
import nl.inburgering.duo.m2m.application.InburgeringsplichtRaadplegen;
import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mBerichtInterceptor;
import nl.inburgering.duo.m2m.web.gedeeld.M2mFoutafhandeling;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.web.ApiVersionFilter;
import nl.inburgering.platform.web.ProblemDetailsAdvice;

/**
 * The answers the integration test cannot provoke without a database failure or a refusing authorisation:
 * 403 from the authorisation seam and 500 for an unexpected error, each with the API's own version and
 * valid against DUO's spec. Built like the application wires it: the platform's filter (API-Version 1.0.0)
 * in front, the M2M interceptor, the M2M advice before the platform's advice.
 */
class M2mFoutafhandelingTest {

    private static final String DUO_OIN = "00000001003214345000";
    private static final String GEMEENTE_OIN = "00000001002220647000";
    private static final String BSN = "111222333";

    private final InburgeringsplichtRaadplegen raadplegen = mock(InburgeringsplichtRaadplegen.class);

    @Test
    void een_bron_die_de_persoon_niet_mag_zien_krijgt_403_niet_geautoriseerd() {
        String berichtId = UUID.randomUUID().toString();

        MvcTestResult antwoord = vraag(weigerend(), "/inburgeringsplicht", GEMEENTE_OIN, berichtId);

        assertThat(antwoord).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("API-Version", "1.2.2").hasHeader("berichtId", berichtId)
                .bodyJson().extractingPath("$.title").isEqualTo("Niet geautoriseerd");
        verifyNoInteractions(raadplegen);
    }

    @Test
    void een_fout_verzoek_is_een_400_ook_als_de_bron_niet_geautoriseerd_zou_zijn() {
        MvcTestResult antwoord = vraag(weigerend(), "/doelgroep", "te-kort", UUID.randomUUID().toString());

        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).hasHeader("API-Version", "1.2.2");
    }

    @Test
    void een_onverwachte_fout_is_een_500_met_de_versie_van_de_api() {
        when(raadplegen.actuelePlicht(Bsn.of(BSN))).thenThrow(new IllegalStateException("database weg"));

        MvcTestResult antwoord = vraag(toestaand(), "/inburgeringsplicht", GEMEENTE_OIN,
                UUID.randomUUID().toString());

        assertThat(antwoord).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).hasHeader("API-Version", "1.2.2");
        assertThat(antwoord).bodyText().doesNotContain("database weg");
    }

    private static M2mAutorisatie toestaand() {
        return new M2mAutorisatie(null, null, null) {
            @Override
            public void controleer(String bronOin, String bsn) {
                // this test is about what happens after the authorisation
            }
        };
    }

    private static M2mAutorisatie weigerend() {
        return new M2mAutorisatie(null, null, null) {
            @Override
            public void controleer(String bronOin, String bsn) {
                throw new NietGeautoriseerdException("Deze persoon is niet relevant voor de bron.");
            }
        };
    }

    private MvcTestResult vraag(M2mAutorisatie autorisatie, String resource, String bron, String berichtId) {
        InburgeringsplichtM2mController controller = new InburgeringsplichtM2mController(raadplegen, autorisatie,
                new KetenProperties("duo-service", Ketenpartner.DUO, DUO_OIN, null, null, null, null));
        MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(controller)
                .addFilters(new ApiVersionFilter("1.0.0"))
                .addMappedInterceptors(new String[] { "/m2m/**" }, new M2mBerichtInterceptor())
                .setControllerAdvice(new ProblemDetailsAdvice(), new M2mFoutafhandeling())
                .build());
        MvcTestResult antwoord = mvc.get().uri(BASISPAD + "/personen/" + BSN + resource).header("bron", bron)
                .header("doel", DUO_OIN).header("berichtId", berichtId).exchange();
        assertThat(fouten(M2mSpec.INBURGERINGSPLICHT.valideerAntwoord(antwoord.getMvcResult())))
                .as("antwoord volgens de spec").isEmpty();
        return antwoord;
    }
}
