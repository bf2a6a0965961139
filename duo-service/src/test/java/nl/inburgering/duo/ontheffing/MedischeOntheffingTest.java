package nl.inburgering.duo.ontheffing;

import static nl.inburgering.duo.MvcVerzoeken.veld;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Ontheffingsgrond;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.duo.MvcVerzoeken;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.m2m.M2mSpec;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Medische ontheffing (seed §11.2) at DUO's backoffice against a real broker and PostgreSQL: the aanvraag, the
 * verwijzing to the aangewezen arts with the eigen bijdrage, the deskundigenverklaring, the formele toets and the
 * beslissing, each step with who, when and why; every beslissing goes to the gemeente as #12, a gehele toekenning ends
 * the plicht (#3 beëindigd), a gedeeltelijke sets its onderdelen anew (#3 gewijzigd).
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class MedischeOntheffingTest {

    private static final String AMSTERDAM = "0363";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String IND_OIN = "00000001003214369000";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    Dossiers dossiers;
    @Value("${keten.oin}")
    String duoOin;

    private final LocalDate vandaag = LocalDate.now(NL);

    @Test
    void een_gehele_ontheffing_beeindigt_de_plicht_gaat_als_12_naar_de_gemeente_en_de_bijdrage_wordt_terugbetaald() {
        String bsn = plichtige();
        String id = getoetst(bsn, "GEHEEL", null, true);

        MvcTestResult beslist = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/beslissing", """
                {"oordeel": "TOEKENNING", "soort": "GEHEEL", "toelichting": "Deskundigenverklaring: blijvend niet in staat."}""");

        assertThat(beslist).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("BESLIST");
        OntheffingBeslist bericht = beslissing(bsn);
        assertThat(bericht.getSoort()).isEqualTo(Ontheffingsoort.GEHEEL);
        assertThat(bericht.getGrond()).isEqualTo(Ontheffingsgrond.MED);
        assertThat(bericht.getOordeel()).isEqualTo(AanvraagOordeel.TOEKENNING);
        assertThat(bericht.getDatumOordeel()).isEqualTo(vandaag);
        InburgeringsplichtBeeindigd beeindigd = AvroCodec.decode(plichtbericht(bsn, "beeindigd").value(),
                InburgeringsplichtBeeindigd.class);
        assertThat(beeindigd.getRedenGeenInburgeringsplicht()).isEqualTo(RedenGeenInburgeringsplicht.VOLLEDIGE_ONTHEFFING);
        assertThat(dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig()).isFalse();

        MvcTestResult gevonden = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/_zoek",
                "{\"bsn\": \"" + bsn + "\"}");
        assertThat(gevonden).hasStatusOk();
        assertThat(bedrag(gevonden, "$[0].eigenBijdrageGeind")).isEqualByComparingTo("225.0");
        assertThat(bedrag(gevonden, "$[0].terugbetaald")).isEqualByComparingTo("225.0");
        assertThat(gevonden).bodyJson().extractingPath("$[0].artsBetaaldOp").isEqualTo(vandaag.toString());
        assertThat(gevonden).bodyJson().extractingPath("$[0].stappen[*].stap").asArray().containsExactly("AANVRAGEN",
                "VERWIJZEN", "VERKLARING_REGISTREREN", "FORMEEL_TOETSEN", "BESLISSEN");
        assertThat(gevonden).bodyJson().extractingPath("$[0].stappen[*].door").asArray().containsOnly("test-client");
        assertThat(gevonden).bodyJson().extractingPath("$[0].stappen[4].toelichting")
                .isEqualTo("Deskundigenverklaring: blijvend niet in staat.");
    }

    @Test
    void een_gedeeltelijke_ontheffing_laat_de_onderdelen_vervallen_met_de_uren_belastbaarheid_in_12() {
        String bsn = plichtige();
        String id = getoetst(bsn, "GEDEELTELIJK", "[\"SP\", \"SC\"]", true);

        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/beslissing", """
                {"oordeel": "TOEKENNING", "soort": "GEDEELTELIJK", "onderdelen": ["SP"],
                 "urenBelastbaarheidParticipatieactiviteit": 8, "toelichting": "Alleen spreken lukt niet."}"""))
                .hasStatusOk();

        OntheffingBeslist bericht = beslissing(bsn);
        assertThat(bericht.getSoort()).isEqualTo(Ontheffingsoort.GEDEELTELIJK);
        assertThat(bericht.getOnderdelen()).containsExactly(Examenonderdeel.SP);
        assertThat(bericht.getUrenBelastbaarheidParticipatieactiviteit()).isEqualTo(8);
        InburgeringsplichtGewijzigd gewijzigd = AvroCodec.decode(plichtbericht(bsn, "gewijzigd").value(),
                InburgeringsplichtGewijzigd.class);
        assertThat(gewijzigd.getRedenWijziging()).isEqualTo(RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD);
        assertThat(gewijzigd.getOpenstaandeOnderdelen()).doesNotContain(Plichtonderdeel.SP).contains(Plichtonderdeel.SC);
        assertThat(dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig()).isTrue();
    }

    @Test
    void de_gemeente_leest_de_ontheffingen_via_DUOs_ontheffing_api_zoals_gepubliceerd_en_de_IND_bij_de_bron() {
        String bsn = plichtige();
        String id = getoetst(bsn, "GEDEELTELIJK", "[\"SP\", \"SC\"]", true);
        backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/beslissing", """
                {"oordeel": "TOEKENNING", "soort": "GEDEELTELIJK", "onderdelen": ["SP", "SC"],
                 "urenBelastbaarheidParticipatieactiviteit": 0, "toelichting": "Spreken en schrijven lukken niet."}""");
        String aangepast = getoetst(bsn, "AANGEPASTE_EXAMENOMSTANDIGHEDEN", null, true);
        backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + aangepast + "/beslissing", """
                {"oordeel": "TOEKENNING", "soort": "AANGEPASTE_EXAMENOMSTANDIGHEDEN", "toelichting": "Extra tijd."}""");

        MvcTestResult m2m = ontheffingM2m(bsn);

        assertThat(m2m).bodyJson().extractingPath("$[*].GedeeltelijkeOntheffing.examenonderdeel").asArray()
                .containsExactly("SC", "SP");
        assertThat(m2m).bodyJson().extractingPath("$[0].GedeeltelijkeOntheffing.oordeel").isEqualTo("Toekenning");
        assertThat(m2m).bodyJson().extractingPath("$[0].GedeeltelijkeOntheffing.grond").isEqualTo("MED");
        assertThat(m2m).bodyJson().extractingPath("$[0].GedeeltelijkeOntheffing.urenBelastbaarheidParticipatieactiviteit")
                .isEqualTo(0);
        assertThat(m2m).bodyJson().extractingPath("$.length()").isEqualTo(2);

        MvcTestResult ind = MvcVerzoeken.vraag(mvc, HttpMethod.POST, "/api/v1/ontheffingen/_zoek",
                "{\"bsn\": \"" + bsn + "\"}",
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).oin(IND_OIN).bearer());
        assertThat(ind).hasStatusOk().bodyJson().extractingPath("$[*].GedeeltelijkeOntheffing.examenonderdeel")
                .asArray().containsExactly("SC", "SP");
        assertThat(MvcVerzoeken.vraag(mvc, HttpMethod.POST, "/api/v1/ontheffingen/_zoek",
                "{\"bsn\": \"" + bsn + "\"}", TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM)
                        .gemeente(AMSTERDAM, AMSTERDAM_OIN).bearer())).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void alleen_aangepaste_examenomstandigheden_kost_niets_en_laat_de_plicht_staan() {
        String bsn = plichtige();
        String id = getoetst(bsn, "AANGEPASTE_EXAMENOMSTANDIGHEDEN", null, true);

        MvcTestResult beslist = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/beslissing", """
                {"oordeel": "TOEKENNING", "soort": "AANGEPASTE_EXAMENOMSTANDIGHEDEN", "toelichting": "Extra tijd."}""");

        assertThat(beslist).hasStatusOk();
        assertThat(bedrag(beslist, "$.eigenBijdrageGeind")).isEqualByComparingTo("0");
        assertThat(bedrag(beslist, "$.terugbetaald")).isEqualByComparingTo("0");
        assertThat(beslissing(bsn).getSoort()).isEqualTo(Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN);
        assertThat(dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig()).isTrue();
    }

    @Test
    void een_afwijzing_gaat_als_12_naar_de_gemeente_de_bijdrage_blijft_en_er_volgt_geen_tweede_beslissing() {
        String bsn = plichtige();
        String id = getoetst(bsn, "GEHEEL", null, false);

        MvcTestResult beslist = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/beslissing", """
                {"oordeel": "AFWIJZING", "toelichting": "De arts volgde de procedure niet."}""");

        assertThat(beslist).hasStatusOk().bodyJson().extractingPath("$.oordeel").isEqualTo("AFWIJZING");
        assertThat(bedrag(beslist, "$.terugbetaald")).isEqualByComparingTo("0");
        OntheffingBeslist bericht = beslissing(bsn);
        assertThat(bericht.getOordeel()).isEqualTo(AanvraagOordeel.AFWIJZING);
        assertThat(bericht.getSoort()).isEqualTo(Ontheffingsoort.GEHEEL);
        assertThat(dossiers.dossier(Bsn.of(bsn)).orElseThrow().isPlichtig()).isTrue();
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/beslissing",
                "{\"oordeel\": \"AFWIJZING\", \"toelichting\": \"nogmaals\"}")).hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void na_een_gebrekkige_procedure_kent_DUO_niets_toe_en_een_stap_buiten_de_volgorde_is_een_conflict() {
        String bsn = plichtige();
        String id = aanvraag(bsn, "GEHEEL", null);

        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/formele-toets",
                "{\"procedureGevolgd\": true, \"toelichting\": \"te vroeg\"}")).hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

        String getoetst = getoetst(plichtige(), "GEHEEL", null, false);
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + getoetst + "/beslissing",
                "{\"oordeel\": \"TOEKENNING\", \"soort\": \"GEHEEL\", \"toelichting\": \"toch\"}"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("alleen afwijzen");
    }

    @Test
    void een_onjuiste_aanvraag_noemt_elk_probleem_en_een_andere_arts_dan_de_aangewezen_wordt_geweigerd() {
        MvcTestResult fout = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen", """
                {"bsn": "123", "gevraagd": "ALLES", "onderdelen": ["XX"], "datumAanvraag": "gisteren"}""");

        assertThat(fout).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fout).bodyJson().extractingPath("$.invalidParams[*].name").asArray()
                .contains("bsn", "gevraagd", "onderdelen", "datumAanvraag", "toelichting");

        String id = aanvraag(plichtige(), "GEHEEL", null);
        assertThat(backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen/" + id + "/verwijzing",
                "{\"arts\": \"Dokter Bibber\", \"toelichting\": \"eigen huisarts\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[0].name").isEqualTo("arts");
    }

    // --- arrange ---

    /** A gezinsmigrant ingeschreven in Amsterdam, plichtig. */
    private String plichtige() {
        return opbouw.plichtigeGezinsmigrant(AMSTERDAM, vandaag.minusYears(1));
    }

    private String aanvraag(String bsn, String gevraagd, String onderdelen) {
        MvcTestResult aanvraag = backoffice(HttpMethod.POST, "/api/v1/ontheffingsaanvragen", """
                {"bsn": "%s", "gevraagd": "%s", "onderdelen": %s, "datumAanvraag": "%s",
                 "toelichting": "Formulier Aanvraag ontheffing bij ziekte ontvangen."}"""
                .formatted(bsn, gevraagd, onderdelen == null ? "[]" : onderdelen, vandaag));
        assertThat(aanvraag).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("AANGEVRAAGD");
        return veld(aanvraag, "$.id");
    }

    /** An aanvraag through verwijzing, deskundigenverklaring and formele toets. */
    private String getoetst(String bsn, String gevraagd, String onderdelen, boolean procedureGevolgd) {
        String id = aanvraag(bsn, gevraagd, onderdelen);
        String pad = "/api/v1/ontheffingsaanvragen/" + id;
        assertThat(backoffice(HttpMethod.POST, pad + "/verwijzing",
                "{\"arts\": \"Argonaut\", \"toelichting\": \"De aangewezen arts.\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("VERWEZEN");
        assertThat(backoffice(HttpMethod.POST, pad + "/deskundigenverklaring",
                "{\"datumVerklaring\": \"%s\", \"toelichting\": \"Verklaring ontvangen.\"}".formatted(vandaag)))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("VERKLARING_ONTVANGEN");
        assertThat(backoffice(HttpMethod.POST, pad + "/formele-toets",
                "{\"procedureGevolgd\": %s, \"toelichting\": \"Formeel getoetst.\"}".formatted(procedureGevolgd)))
                .hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("FORMEEL_GETOETST");
        return id;
    }

    private OntheffingBeslist beslissing(String bsn) {
        return AvroCodec.decode(TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TestPartner.gemeentetopic(TopicCatalogue.BESLISSING_ONTHEFFING, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn)).value(), OntheffingBeslist.class);
    }

    private ConsumerRecord<String, byte[]> plichtbericht(String bsn, String soort) {
        return TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, AMSTERDAM),
                r -> TestPartner.bevat(r, bsn) && type(r).endsWith(soort));
    }

    private static java.math.BigDecimal bedrag(MvcTestResult antwoord, String pad) {
        try {
            Object waarde = com.jayway.jsonpath.JsonPath.read(antwoord.getResponse().getContentAsString(), pad);
            return new java.math.BigDecimal(String.valueOf(waarde));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    // --- act ---

    /** DUO's M2M Ontheffing API as Amsterdam's system asks it, request and response checked by the published spec. */
    private MvcTestResult ontheffingM2m(String bsn) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.set(org.springframework.http.HttpHeaders.AUTHORIZATION,
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).gemeente(AMSTERDAM, AMSTERDAM_OIN).bearer());
        headers.set("bron", AMSTERDAM_OIN);
        headers.set("doel", duoOin);
        headers.set("berichtId", java.util.UUID.randomUUID().toString());
        MvcTestResult antwoord = M2mSpec.ONTHEFFING.vraag(mvc, HttpMethod.GET, "/personen/" + bsn + "/ontheffingen",
                headers, null);
        assertThat(M2mSpec.fouten(M2mSpec.ONTHEFFING.valideerVerzoek(antwoord.getMvcResult()))).isEmpty();
        assertThat(antwoord).hasStatusOk();
        return antwoord;
    }

    private MvcTestResult backoffice(HttpMethod methode, String pad, String body) {
        return MvcVerzoeken.vraag(mvc, methode, pad, body,
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer());
    }
}
