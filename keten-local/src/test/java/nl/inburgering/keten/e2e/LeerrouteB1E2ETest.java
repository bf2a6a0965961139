package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.test.TestPartner;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 (Tests), end to end through the public REST APIs of IND, DUO, the gemeente and the instelling on a real
 * broker and real databases: a gezinsmigrant in the B1-route, from his PIP through the inschrijving at instelling
 * 12345 (#20), his inspanning (#18, straight to DUO) and every exam of the B1-route passed (#13, to the gemeente and
 * the instelling), to PVT and MAP afgerond (#17): visible at DUO, at the gemeente and through DUO's M2M APIs; with
 * the last fact DUO decides the plicht voldaan (§8, issue 14), and IND asks DUO for it at the source (§15.2).
 */
class LeerrouteB1E2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String INSTELLING = "12345";
    private static final String MEDEWERKER = "instelling-medewerker";
    private static final String BACKOFFICE = "duo-backoffice";
    private static final Duration BINNEN = Duration.ofSeconds(30);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** The onderdelen of the B1-route (DUO's examen README): KNM has no niveau, the others are at B1. */
    private static final List<String> ONDERDELEN = List.of("KNM", "LE", "LU", "SC", "SP");

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests());
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NL);
    }

    @Test
    void een_gezinsmigrant_in_de_b1_route_komt_van_pip_via_inschrijving_en_inspanning_tot_alle_examens_behaald_en_pvt_en_map_afgerond_zichtbaar_bij_duo_de_gemeente_en_de_m2m_apis() {
        // §3.2: BRP inschrijving and IND's vergunning; DUO's #3 brings him into Amsterdam's werkvoorraad
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        String bsn = plichtige.bsn();
        String id = plichtige.id();

        // §4: the PIP in the B1-route, registered by DUO with its inburgeringstermijn
        var pip = alsKlantmanager("POST", "/api/v1/inburgeraars/" + id + "/pip", Map.of("dagtekening",
                vandaag().minusDays(30).toString(), "leerroute", "B1_ROUTE", "indicatorMagOpleidingAfmaken", false,
                "alfabetiseringsonderwijs", "NVT", "eenzijdigVastgesteld", false));
        assertThat(pip.status()).as("PIP: %s", pip.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> {
            JsonNode stand = alsKlantmanager("GET", "/api/v1/inburgeraars/" + id + "/pip", null).body();
            return "GEREGISTREERD".equals(stand.at("/actueel/status").asString(""))
                    && stand.at("/inburgeringstermijn/einddatum").isString();
        });

        // §5.4: the instelling's medewerker registers the inschrijving; he bought the course himself (#20 to DUO)
        var cursist = keten.vraag("POST", KetenService.INSTELLING, MEDEWERKER, "/api/v1/cursisten",
                keten.json(Map.of("bsn", bsn, "leerroute", "B1_ROUTE", "taalniveau", "B1", "taalschakeltraject", false,
                        "contractpartij", "INBURGERAAR", "datumInschrijving", vandaag().minusDays(25).toString(),
                        "startdatum", vandaag().minusDays(24).toString(), "verwachteEinddatum",
                        vandaag().plusYears(1).toString())));
        assertThat(cursist.status()).as("inschrijving: %s", cursist.body()).isEqualTo(201);
        assertThat(cursist.body().get("status").asString()).isEqualTo("INGESCHREVEN");
        String cursistId = cursist.body().get("id").asString();
        // DUO has no query for #20: its Logboek shows it registered the inschrijving
        await().atMost(BINNEN).until(() -> lokaal.context(KetenService.DUO).getBean(Logboekinzage.class)
                .voorBetrokkene(bsn).stream()
                .anyMatch(r -> r.verwerkingsactiviteitId().endsWith("/inschrijving-instelling-vastleggen")));

        // §15.5: his inspanning goes straight from the instelling to DUO, which counts it
        var inspanning = keten.vraag("POST", KetenService.INSTELLING, MEDEWERKER,
                "/api/v1/cursisten/" + cursistId + "/inspanningen", keten.json(Map.of("peildatum",
                        vandaag().minusDays(1).toString(), "urenAangeboden", 48, "urenAanwezig", 44,
                        "urenOngeoorloofdVerzuim", 2, "actualisatiemoment", "TUSSENTIJDS")));
        assertThat(inspanning.status()).as("inspanning: %s", inspanning.body()).isEqualTo(201);
        assertThat(inspanning.body().get("gemeldAan").asString()).isEqualTo("DUO");
        await().atMost(BINNEN).until(() -> duoInspanning(bsn).path("inspanning").size() == 1);
        JsonNode geteld = duoInspanning(bsn);
        assertThat(geteld.at("/inspanning/0/instellingsnummer").asString()).isEqualTo(INSTELLING);
        assertThat(geteld.at("/inspanning/0/route").asString()).as("rechtstreeks van de instelling")
                .isEqualTo("INSTELLING");
        assertThat(geteld.at("/inspanning/0/urenAanwezig").asInt()).isEqualTo(44);
        assertThat(geteld.at("/inspanning/0/urenOngeoorloofdVerzuim").asInt()).isEqualTo(2);
        assertThat(geteld.path("afwijzingen").isEmpty()).as("geen route geweigerd: %s", geteld).isTrue();

        // §5.2: DUO's backoffice registers aanmelding, planning and a Geslaagd uitslag for every onderdeel
        for (int i = 0; i < ONDERDELEN.size(); i++) {
            String onderdeel = ONDERDELEN.get(i);
            Map<String, Object> aanmelding = new LinkedHashMap<>(Map.of("bsn", bsn, "onderdeel", onderdeel));
            if (!"KNM".equals(onderdeel)) {
                aanmelding.put("niveau", "B1");
            }
            var examen = keten.vraag("POST", KetenService.DUO, BACKOFFICE, "/api/v1/examens",
                    keten.json(aanmelding));
            assertThat(examen.status()).as("aanmelding %s: %s", onderdeel, examen.body()).isEqualTo(201);
            String pad = "/api/v1/examens/" + examen.body().get("id").asString();
            var planning = keten.vraag("PUT", KetenService.DUO, BACKOFFICE, pad + "/planning",
                    keten.json(Map.of("examendatum", vandaag().minusDays(12 - 2 * i).toString())));
            assertThat(planning.status()).as("planning %s: %s", onderdeel, planning.body()).isEqualTo(200);
            var uitslag = keten.vraag("POST", KetenService.DUO, BACKOFFICE, pad + "/_uitslag",
                    keten.json(Map.of("resultaat", "Geslaagd")));
            assertThat(uitslag.status()).as("uitslag %s: %s", onderdeel, uitslag.body()).isEqualTo(200);
            assertThat(uitslag.body().at("/geleverdAan/gemeentecode").asString()).isEqualTo(AMSTERDAM);
            assertThat(teksten(uitslag.body().at("/geleverdAan/instellingsnummers"))).as("DUO kent zijn inschrijving (#20)").containsExactly(INSTELLING);
        }

        // #13 at the gemeente: its examenresultaten and the werkvoorraad column
        JsonNode bijGemeente = wachtOp(() -> alsKlantmanager("GET", "/api/v1/inburgeraars/" + id
                + "/examenresultaten", null).body(), r -> teksten(r.path("behaald")).containsAll(ONDERDELEN));
        assertThat(teksten(bijGemeente.path("behaald"))).containsExactlyElementsOf(ONDERDELEN);
        assertThat(bijGemeente.path("resultaten").findValuesAsString("onderdeel"))
                .containsExactlyInAnyOrderElementsOf(ONDERDELEN);
        assertThat(bijGemeente.path("resultaten").findValuesAsString("uitslag")).allSatisfy(
                uitslag -> assertThat(uitslag).isEqualToIgnoringCase("Geslaagd"));
        assertThat(teksten(rijInWerkvoorraad(bsn).path("examensBehaald"))).containsExactlyElementsOf(ONDERDELEN);

        // #13 at the instelling: the examenresultaten of its cursist
        JsonNode bijInstelling = wachtOp(() -> keten.vraag("GET", KetenService.INSTELLING, MEDEWERKER,
                "/api/v1/cursisten/" + cursistId + "/examenresultaten", null).body(),
                r -> r.path("examenresultaten").findValuesAsString("onderdeel").containsAll(ONDERDELEN));
        assertThat(bijInstelling.path("examenresultaten").findValuesAsString("onderdeel"))
                .containsExactlyInAnyOrderElementsOf(ONDERDELEN);
        assertThat(bijInstelling.path("examenresultaten").findValuesAsString("niveau"))
                .as("KNM has no niveau, the language exams are at B1").containsOnly("B1", "GEEN");
        assertThat(bijInstelling.path("examenresultaten").findValuesAsString("uitslag")).allSatisfy(
                uitslag -> assertThat(uitslag).isEqualToIgnoringCase("Geslaagd"));

        // §5.2: the klantmanager records PVT and MAP (#17); DUO registers them and answers the gemeente
        String pvtDatum = vandaag().minusDays(10).toString();
        String mapDatum = vandaag().minusDays(1).toString();
        assertThat(alsKlantmanager("PUT", "/api/v1/inburgeraars/" + id + "/resultaten/pvt",
                Map.of("datumOndertekening", pvtDatum)).status()).isEqualTo(200);
        assertThat(alsKlantmanager("PUT", "/api/v1/inburgeraars/" + id + "/resultaten/map",
                Map.of("datumEindgesprek", mapDatum)).status()).isEqualTo(200);
        JsonNode resultaten = wachtOp(() -> alsKlantmanager("GET", "/api/v1/inburgeraars/" + id + "/resultaten",
                null).body(), r -> "GEREGISTREERD".equals(r.at("/pvt/status").asString(""))
                        && "GEREGISTREERD".equals(r.at("/map/status").asString("")));
        assertThat(resultaten.at("/pvt/datum").asString()).isEqualTo(pvtDatum);
        assertThat(resultaten.at("/map/datum").asString()).isEqualTo(mapDatum);
        JsonNode rij = rijInWerkvoorraad(bsn);
        assertThat(rij.get("statusPvt").asString()).isEqualTo("GEREGISTREERD");
        assertThat(rij.get("statusMap").asString()).isEqualTo("GEREGISTREERD");

        // DUO's M2M APIs, as Amsterdam's system calls them: every exam passed, PVT and MAP
        var examens = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/examens/resultaten");
        assertThat(examens.status()).as("Examen API: %s", examens.body()).isEqualTo(200);
        assertThat(examens.body().findValuesAsString("onderdeel")).containsExactlyElementsOf(ONDERDELEN);
        assertThat(examens.body().findValuesAsString("resultaat")).containsOnly("Geslaagd");
        assertThat(examens.body().findValuesAsString("niveau")).containsOnly("B1").hasSize(4);
        var pvt = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/pvt");
        assertThat(pvt.status()).isEqualTo(200);
        assertThat(pvt.body().get("datumOndertekeningPvt").asString()).isEqualTo(pvtDatum);
        var map = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/map");
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.body().get("datumEindgesprekMap").asString()).isEqualTo(mapDatum);

        // §8 (issue 14): with the MAP, the last fact, DUO decided the plicht voldaan (#10, #3 beëindigd) and the M2M
        // Inburgeringsplicht API shows it; IND asks DUO at the source (§15.2) with its system's token
        await().atMost(BINNEN).until(() -> "Inburgeringsplicht voldaan".equals(keten.duoM2m(AMSTERDAM, "/personen/"
                + bsn + "/inburgeringsplicht").body().path("redenGeenInburgeringsplicht").asString("")));
        var ind = keten.vraag("POST", KetenService.IND, "ind-medewerker", "/api/v1/inburgeringsvereisten/_zoek",
                keten.json(Map.of("bsn", bsn)));
        assertThat(ind.status()).as("IND: %s", ind.body()).isEqualTo(200);
        assertThat(ind.body().get("voldaan").asBoolean()).isTrue();
        assertThat(ind.body().get("bron").asString()).isEqualTo("DUO");
        assertThat(ind.body().get("datumVoldaan").asString()).isEqualTo(mapDatum);
        assertThat(ind.body().get("waardepapier").asString()).isEqualTo("INBURGERINGSDIPLOMA");

        // §8 at the gemeente: #10 and #3 beëindigd; he leaves the active werkvoorraad and is found among the ended
        JsonNode geeindigd = wachtOp(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).get(0),
                r -> "BEEINDIGD".equals(r.path("statusPlicht").asString("")) && r.path("voldaan").isObject());
        assertThat(geeindigd.at("/voldaan/waardepapier").asString()).isEqualTo("INBURGERINGSDIPLOMA");
        assertThat(geeindigd.at("/voldaan/datumVoldaan").asString()).isEqualTo(mapDatum);
        assertThat(bsns(alsKlantmanager("GET", "/api/v1/inburgeraars?status=beeindigd&paginaGrootte=100", null)
                .body().path("inburgeraars"))).contains(bsn);
        assertThat(bsns(keten.werkvoorraad(AMSTERDAM))).as("niet meer in de actieve werkvoorraad")
                .doesNotContain(bsn);

        System.out.println("Leerroute B1 van begin tot eind, leveringen (feiten) per stelseldienst: " + leveringen(bsn));
    }

    private static Keten.Antwoord alsKlantmanager(String methode, String pad, Map<String, ?> body) {
        return keten.vraag(methode, KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM), pad,
                body == null ? null : keten.json(body));
    }

    private static JsonNode duoInspanning(String bsn) {
        return keten.vraag("POST", KetenService.DUO, BACKOFFICE, "/api/v1/inspanningen/_zoek",
                keten.json(Map.of("bsn", bsn))).body();
    }

    /**
     * His row of the werkvoorraad, found with {@code _zoek}: once MAP is registered DUO decides voldaan at once, and
     * he may already have left the active list by the time the test reads it.
     */
    private static JsonNode rijInWerkvoorraad(String bsn) {
        return StreamSupport.stream(keten.zoekBijGemeente(AMSTERDAM, bsn).spliterator(), false)
                .filter(r -> bsn.equals(r.path("bsn").asString(""))).findFirst().orElseThrow();
    }

    private static JsonNode wachtOp(java.util.function.Supplier<JsonNode> vraag, Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(vraag.get()));
        return vraag.get();
    }

    private static List<String> bsns(JsonNode rijen) {
        List<String> bsns = new ArrayList<>();
        rijen.forEach(r -> bsns.add(r.path("bsn").asString("")));
        return bsns;
    }

    private static List<String> teksten(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(n -> teksten.add(n.asString()));
        return teksten;
    }

    /** Every fact of him per stelseldienst on the broker (a fact to several recipients counts once). */
    private static String leveringen(String bsn) {
        List<Topic> stelseldiensten = List.of(TopicCatalogue.VERBLIJFSDOELEN, TopicCatalogue.INBURGERINGSPLICHT,
                TopicCatalogue.VASTGESTELDE_GEGEVENS_PIP, TopicCatalogue.REGISTRATIE_PIP,
                TopicCatalogue.INBURGERINGSTERMIJN, TopicCatalogue.INSCHRIJVING_BIJ_INSTELLING,
                TopicCatalogue.INSPANNING_INSTELLING_GEZINSMIGRANT, TopicCatalogue.EXAMENRESULTATEN,
                TopicCatalogue.RESULTATEN_PVT_MAP_ZROUTE, TopicCatalogue.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE,
                TopicCatalogue.BESCHIKKING_VOLDAAN);
        return stelseldiensten.stream().map(t -> (t.stelseldienst() == null ? "" : "#" + t.stelseldienst() + " ")
                + t.name() + "=" + TestPartner.alles(lokaal.bootstrapServers(), t, r -> TestPartner.bevat(r, bsn))
                        .size())
                .collect(Collectors.joining(", "));
    }
}
