package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.security.ToegangInterceptor;
import nl.inburgering.platform.test.TestBsn;

/**
 * Every endpoint of every service, found in the running services themselves, so an endpoint added later is
 * covered without touching this test: without a token 401; with a role it does not allow 403; with an
 * allowed role of another tenant never a 5xx and never the data of a person of the first tenant.
 */
class ToegangPerEndpointE2ETest {

    /** One demo client per role; for tenant roles the Amsterdam one owns the person, Rotterdam does not. */
    private static final Map<Rol, String> CLIENT_VAN_EIGEN_TENANT = Map.of(
            Rol.GEMEENTE_KLANTMANAGER, "klantmanager-amsterdam",
            Rol.PARTNERSYSTEEM, "gemeentesysteem-amsterdam",
            Rol.DUO_BACKOFFICE, "duo-backoffice",
            Rol.IND_MEDEWERKER, "ind-medewerker",
            Rol.COA_MEDEWERKER, "coa-medewerker",
            Rol.INSTELLING_MEDEWERKER, "instelling-medewerker",
            Rol.SZW_MEDEWERKER, "szw-medewerker",
            // the operator's monitoring reads the actuator endpoints only, never an API (issue 11, item 5)
            Rol.MONITORING, "monitoring",
            Rol.BEHEERDER, "beheerder");
    private static final Map<Rol, String> CLIENT_VAN_ANDERE_TENANT = Map.of(
            Rol.GEMEENTE_KLANTMANAGER, "klantmanager-rotterdam",
            Rol.PARTNERSYSTEEM, "gemeentesysteem-rotterdam");
    private static final Map<String, String> OIN_VAN_CLIENT = Map.of(
            "gemeentesysteem-amsterdam", "00000001002564440000",
            "gemeentesysteem-rotterdam", "00000001002220647000");

    private static LocalKeten lokaal;
    private static Keten keten;
    private static String bsnAmsterdam;
    private static String idAmsterdam;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void eenInburgeraarInAmsterdam() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests());
        keten = new Keten(lokaal);
        bsnAmsterdam = TestBsn.nieuw();
        String geboren = LocalDate.now().minusYears(33).toString();
        keten.brpInschrijving(bsnAmsterdam, "0363", LocalDate.now().minusDays(5).toString(), geboren);
        keten.verblijfsvergunning("4" + bsnAmsterdam, bsnAmsterdam, geboren, "SY", "GEZINSVORMING",
                LocalDate.now().minusMonths(2).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> keten.zoekBijGemeente("0363", bsnAmsterdam).size() == 1);
        idAmsterdam = keten.zoekBijGemeente("0363", bsnAmsterdam).get(0).get("id").asString();
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    record Endpoint(KetenService service, RequestMethod methode, String pad, Set<Rol> rollen) {

        @Override
        public String toString() {
            return methode + " " + service.naam() + pad;
        }
    }

    @TestFactory
    List<DynamicTest> elk_endpoint_van_elke_dienst_weigert_wie_er_niet_mag_komen() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("de diensten hebben endpoints").hasSizeGreaterThan(4);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            tests.add(DynamicTest.dynamicTest(endpoint + " zonder token geeft 401",
                    () -> assertThat(vraag(endpoint, null).statusCode()).isEqualTo(401)));
            for (Rol rol : EnumSet.complementOf(EnumSet.copyOf(endpoint.rollen()))) {
                tests.add(DynamicTest.dynamicTest(endpoint + " met rol " + rol + " geeft 403",
                        () -> assertThat(vraag(endpoint, CLIENT_VAN_EIGEN_TENANT.get(rol)).statusCode())
                                .isEqualTo(403)));
            }
            for (Rol rol : endpoint.rollen()) {
                String andere = CLIENT_VAN_ANDERE_TENANT.get(rol);
                if (andere != null) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " met rol " + rol + " van een andere gemeente"
                            + " geeft geen gegevens van de eerste", () -> {
                                HttpResponse<String> antwoord = vraag(endpoint, andere);
                                assertThat(antwoord.statusCode()).isIn(200, 201, 400, 403, 404, 409);
                                assertThat(antwoord.body()).doesNotContain(bsnAmsterdam).doesNotContain(idAmsterdam);
                            }));
                }
            }
        }
        return tests;
    }

    /** Every endpoint of our own controllers, with the roles it allows; one without a rule fails here. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (KetenService service : lokaal.services()) {
            var mappings = lokaal.context(service).getBeansOfType(RequestMappingHandlerMapping.class).values();
            for (RequestMappingHandlerMapping mapping : mappings) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                    HandlerMethod methode = entry.getValue();
                    if (!methode.getBeanType().getName().startsWith("nl.inburgering.")) {
                        continue;
                    }
                    Toegang toegang = ToegangInterceptor.toegang(methode);
                    assertThat(toegang).as("toegangsregel van " + methode).isNotNull();
                    for (String pad : entry.getKey().getPatternValues()) {
                        for (RequestMethod http : entry.getKey().getMethodsCondition().getMethods()) {
                            endpoints.add(new Endpoint(service, http, pad, EnumSet.copyOf(List.of(toegang.value()))));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private HttpResponse<String> vraag(Endpoint endpoint, String client) throws Exception {
        String pad = endpoint.pad().replace("{bsn}", bsnAmsterdam).replace("{id}", idAmsterdam)
                .replaceAll("\\{[^}]+}", "x");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lokaal.baseUrl(endpoint.service()) + pad))
                .header("Content-Type", "application/json")
                .method(endpoint.methode().name(), endpoint.methode() == RequestMethod.GET
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"bsn\":\"" + bsnAmsterdam + "\"}"));
        if (pad.startsWith("/m2m/")) {
            String bron = client == null ? "00000001002564440000"
                    : OIN_VAN_CLIENT.getOrDefault(client, "00000001002564440000");
            request.header("bron", bron)
                    .header("doel", Keten.DUO_OIN).header("berichtId", UUID.randomUUID().toString());
        }
        if (client != null) {
            request.header("Authorization", "Bearer " + lokaal.token(client, endpoint.service().naam()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
