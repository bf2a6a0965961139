package nl.inburgering.instelling;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.logboek.Verwerkingsrecord;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instelling-service on the real broker and PostgreSQL, serving two instellingen (12345 and 67890), with what its
 * integration tests share: the medewerkers' tokens, the REST calls and the partners' side. One configuration, so the
 * test classes share one context.
 */
@SpringBootTest(properties = {"spring.config.name=instelling-service", "keten.instellingen=12345,67890"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
abstract class InstellingIntegratie {

    static final String INSTELLING = "12345";
    static final String ANDERE_INSTELLING = "67890";
    static final String AMSTERDAM = "0363";
    static final String ROTTERDAM = "0599";
    static final String ACTIVITEIT = "https://inburgering.nl/verwerkingsactiviteiten/instelling/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Logboekinzage logboek;
    @Autowired
    Clock clock;

    static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    static String medewerker(String instellingsnummer) {
        return TestTokens.voor("instelling-service").rol(Rol.INSTELLING_MEDEWERKER).oin("00000001854012345000")
                .claim("instellingsnummer", instellingsnummer).bearer();
    }

    LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /** A valid inschrijving: contractpartij GEMEENTE with {@code gemeentecode}, or INBURGERAAR when it is null. */
    String inschrijving(String bsn, String gemeentecode) {
        return """
                {"bsn":"%s","leerroute":"B1_ROUTE","taalniveau":"B1","taalschakeltraject":false,
                 "contractpartij":"%s","gemeentecode":%s,"datumInschrijving":"%s","startdatum":"%s",
                 "verwachteEinddatum":"%s"}
                """.formatted(bsn, gemeentecode == null ? "INBURGERAAR" : "GEMEENTE",
                gemeentecode == null ? "null" : "\"" + gemeentecode + "\"", vandaag().minusDays(60),
                vandaag().minusDays(50), vandaag().plusYears(1));
    }

    ResultActions schrijfIn(String instellingsnummer, String body) throws Exception {
        return mvc.perform(post("/api/v1/cursisten").header("Authorization", medewerker(instellingsnummer))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Registers the inschrijving and returns the cursist's id. */
    String cursist(String instellingsnummer, String bsn, String gemeentecode) throws Exception {
        ResultActions antwoord = schrijfIn(instellingsnummer, inschrijving(bsn, gemeentecode));
        if (antwoord.andReturn().getResponse().getStatus() != 201) {
            throw new AssertionError("inschrijving: " + antwoord.andReturn().getResponse().getContentAsString());
        }
        return lees(antwoord).get("id").asString();
    }

    ResultActions vraag(String instellingsnummer, String pad) throws Exception {
        return mvc.perform(get(pad).header("Authorization", medewerker(instellingsnummer)));
    }

    ResultActions stuur(String instellingsnummer, String pad, String body) throws Exception {
        return mvc.perform(post(pad).header("Authorization", medewerker(instellingsnummer))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static JsonNode lees(ResultActions antwoord) throws Exception {
        return JSON.readTree(antwoord.andReturn().getResponse().getContentAsString());
    }

    static void duoPubliceert(String sleutel, SpecificRecord event) {
        TestPartner.publiceer(kafka(), sleutel, event);
    }

    Map<String, Long> verwerkingen(String bsn) {
        return logboek.voorBetrokkene(bsn).stream().collect(Collectors.groupingBy(
                Verwerkingsrecord::verwerkingsactiviteitId, Collectors.counting()));
    }

    static List<String> lijst(String... waarden) {
        return List.of(waarden);
    }
}
