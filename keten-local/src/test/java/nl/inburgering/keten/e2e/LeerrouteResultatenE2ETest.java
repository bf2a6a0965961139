package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import tools.jackson.databind.JsonNode;

/**
 * Seed §5.2, §6.2, §7.2 (#17) through IND, DUO, COA and the gemeente on a real broker and real databases: the
 * klantmanager records PVT, MAP and the Z-route's participatie and eindgesprek, DUO judges them with its rules and
 * answers the gemeente, and the gemeente's werkvoorraad shows where each stands. A result the gemeente's own system
 * PUTs to DUO's M2M API reaches the same record.
 */
class LeerrouteResultatenE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String AZC = "0344";
    private static final Duration BINNEN = Duration.ofSeconds(30);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final AtomicLong V_NUMMERS = new AtomicLong(6_000_000_000L + System.nanoTime() % 1_000_000_000L);

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

    private record Inburgeraar(String bsn, String id) {
    }

    @Test
    void pvt_en_map_van_een_gezinsmigrant_in_de_b1_route_worden_bij_duo_geregistreerd_en_de_werkvoorraad_toont_het() {
        Inburgeraar inburgeraar = gezinsmigrantMetGeregistreerdPip("B1_ROUTE");
        String pvtDatum = vandaag().minusDays(10).toString();
        String mapDatum = vandaag().minusDays(5).toString();

        assertThat(leg(inburgeraar, "pvt", Map.of("datumOndertekening", pvtDatum)).status()).isEqualTo(200);
        assertThat(leg(inburgeraar, "map", Map.of("datumEindgesprek", mapDatum)).status()).isEqualTo(200);

        JsonNode resultaten = wachtOpResultaten(inburgeraar, r -> "GEREGISTREERD".equals(status(r, "pvt"))
                && "GEREGISTREERD".equals(status(r, "map")));
        assertThat(resultaten.at("/pvt/datum").asString()).isEqualTo(pvtDatum);
        assertThat(resultaten.at("/map/datum").asString()).isEqualTo(mapDatum);
        JsonNode rij = keten.zoekBijGemeente(AMSTERDAM, inburgeraar.bsn()).get(0);
        assertThat(rij.get("statusPvt").asString()).isEqualTo("GEREGISTREERD");
        assertThat(rij.get("statusMap").asString()).isEqualTo("GEREGISTREERD");
        assertThat(rij.get("statusZroute").isNull()).isTrue();

        var bijDuo = keten.duoM2m(AMSTERDAM, "/personen/" + inburgeraar.bsn() + "/pvt");
        assertThat(bijDuo.status()).isEqualTo(200);
        assertThat(bijDuo.body().get("datumOndertekeningPvt").asString()).isEqualTo(pvtDatum);
    }

    @Test
    void een_map_die_duo_afwijst_komt_met_elke_reden_terug_in_de_werkvoorraad_van_de_gemeente() {
        Inburgeraar inburgeraar = gezinsmigrantMetGeregistreerdPip("B1_ROUTE");

        // verwijtbaar (Ja) while the termijn runs for years yet: DUO's rules refuse it, twice over
        assertThat(leg(inburgeraar, "map", Map.of("datumEindgesprek", vandaag().minusDays(3).toString(),
                "verwijtbaar", true)).status()).isEqualTo(200);

        JsonNode resultaten = wachtOpResultaten(inburgeraar, r -> "AFGEWEZEN".equals(status(r, "map")));
        assertThat(resultaten.at("/map/afwijzingsredenen").findValuesAsString("code")).contains(
                "VERWIJTBAAR_BIJ_DATUM_VOOR_EINDE_TERMIJN", "JA_ALLEEN_BIJ_OVERSCHRIJDING");
        assertThat(resultaten.at("/map/afwijzingsredenen").findValuesAsString("omschrijving"))
                .allSatisfy(omschrijving -> assertThat(omschrijving).isNotBlank());
        assertThat(keten.zoekBijGemeente(AMSTERDAM, inburgeraar.bsn()).get(0).get("statusMap").asString())
                .isEqualTo("AFGEWEZEN");
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + inburgeraar.bsn() + "/map").status())
                .as("DUO registreerde niets").isEqualTo(404);
    }

    @Test
    void een_pvt_dat_het_gemeentesysteem_via_de_m2m_api_levert_en_weer_intrekt_staat_in_het_record_van_de_gemeente() {
        Inburgeraar inburgeraar = gezinsmigrantMetGeregistreerdPip("B1_ROUTE");
        String datum = vandaag().minusDays(4).toString();

        var geleverd = keten.duoM2mPut(AMSTERDAM, "/personen/" + inburgeraar.bsn() + "/pvt",
                keten.json(Map.of("datumOndertekeningPvt", datum)));
        assertThat(geleverd.status()).as("M2M PVT: %s", geleverd.body()).isEqualTo(200);

        JsonNode resultaten = wachtOpResultaten(inburgeraar, r -> "GEREGISTREERD".equals(status(r, "pvt")));
        assertThat(resultaten.at("/pvt/datum").asString()).isEqualTo(datum);
        assertThat(resultaten.at("/pvt/herkomst").asString()).isEqualTo("RECHTSTREEKS_BIJ_DUO");

        assertThat(keten.duoM2mPut(AMSTERDAM, "/personen/" + inburgeraar.bsn() + "/pvt", "{}").status())
                .isEqualTo(200);
        wachtOpResultaten(inburgeraar, r -> "INGETROKKEN".equals(status(r, "pvt")));
        assertThat(keten.zoekBijGemeente(AMSTERDAM, inburgeraar.bsn()).get(0).get("statusPvt").asString())
                .isEqualTo("INGETROKKEN");
    }

    @Test
    void een_asielstatushouder_in_de_zroute_rondt_participatie_en_eindgesprek_af() {
        Inburgeraar inburgeraar = asielstatushouderInAmsterdamInDeZroute();
        String participatie = vandaag().minusDays(6).toString();
        String eindgesprek = vandaag().minusDays(2).toString();

        assertThat(leg(inburgeraar, "zroute/participatie", Map.of("datumAfronding", participatie)).status())
                .isEqualTo(200);
        wachtOpResultaten(inburgeraar, r -> "GEREGISTREERD".equals(status(r, "zrouteParticipatie")));
        assertThat(leg(inburgeraar, "zroute/eindgesprek", Map.of("datumAfronding", eindgesprek)).status())
                .isEqualTo(200);

        JsonNode resultaten = wachtOpResultaten(inburgeraar,
                r -> "GEREGISTREERD".equals(status(r, "zrouteEindgesprek")));
        assertThat(resultaten.at("/zrouteParticipatie/datum").asString()).isEqualTo(participatie);
        assertThat(resultaten.at("/zrouteEindgesprek/datum").asString()).isEqualTo(eindgesprek);
        assertThat(keten.zoekBijGemeente(AMSTERDAM, inburgeraar.bsn()).get(0).get("statusZroute").asString())
                .isEqualTo("GEREGISTREERD");
    }

    @Test
    void de_gemeente_weigert_zelf_een_zroute_onderdeel_voor_wie_de_b1_route_volgt() {
        Inburgeraar inburgeraar = gezinsmigrantMetGeregistreerdPip("B1_ROUTE");

        var antwoord = leg(inburgeraar, "zroute/eindgesprek", Map.of("datumAfronding", vandaag().toString()));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.body().get("invalidParams").findValuesAsString("name")).containsExactly("leerroute");
    }

    // ---- the steps

    private static Keten.Antwoord leg(Inburgeraar inburgeraar, String onderdeel, Map<String, ?> body) {
        return keten.vraag("PUT", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/resultaten/" + onderdeel, keten.json(body));
    }

    private static JsonNode resultaten(Inburgeraar inburgeraar) {
        return keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/resultaten", null).body();
    }

    private static JsonNode wachtOpResultaten(Inburgeraar inburgeraar, Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(resultaten(inburgeraar)));
        return resultaten(inburgeraar);
    }

    private static String status(JsonNode resultaten, String onderdeel) {
        return resultaten.path(onderdeel).path("status").asString("");
    }

    /** A gezinsmigrant ingeschreven in Amsterdam a month ago, with a PIP of twenty days ago that DUO registered. */
    private static Inburgeraar gezinsmigrantMetGeregistreerdPip(String leerroute) {
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 30);
        Inburgeraar inburgeraar = new Inburgeraar(plichtige.bsn(), plichtige.id());
        pipVastgesteldEnGeregistreerd(inburgeraar, leerroute, null);
        return inburgeraar;
    }

    /**
     * An asielstatushouder ingeschreven in the AZC gemeente a month ago, gekoppeld to Amsterdam (DUO's #3 reaches it),
     * where the gemeente and COA agreed variant 1 (brede intake, PIP and aanbod in the AZC), with a Z-route PIP of
     * twenty days ago that DUO registered.
     */
    private static Inburgeraar asielstatushouderInAmsterdamInDeZroute() {
        String bsn = TestBsn.nieuw();
        String vNummer = vNummer();
        String geboren = vandaag().minusYears(27).toString();
        assertThat(keten.brpInschrijving(bsn, AZC, vandaag().minusDays(30).toString(), geboren).status())
                .isEqualTo(201);
        var bewoner = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners",
                keten.json(Map.of("bsn", bsn, "vNummer", vNummer, "azcLocatie", "AZC Utrecht Joegoslaviëstraat")));
        assertThat(bewoner.status()).isEqualTo(201);
        String bewonerId = bewoner.body().get("id").asString();
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "SY", "ASIEL",
                vandaag().minusMonths(2).toString()).status()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId, null).body().path("inburgeringsplicht").isObject());
        var koppeling = keten.vraag("POST", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId + "/koppeling", keten.json(Map.of("gemeentecode", AMSTERDAM)));
        assertThat(koppeling.status()).isEqualTo(201);
        assertThat(keten.vraag("PUT", KetenService.COA, Keten.klantmanager(AMSTERDAM), "/api/v1/koppelingen/"
                + koppeling.body().get("id").asString() + "/afspraak",
                keten.json(Map.of("variant", "BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC"))).status()).isEqualTo(200);
        Inburgeraar inburgeraar = new Inburgeraar(bsn, inburgeraarId(bsn));
        pipVastgesteldEnGeregistreerd(inburgeraar, "Z_ROUTE", "A2");
        return inburgeraar;
    }

    private static void pipVastgesteldEnGeregistreerd(Inburgeraar inburgeraar, String leerroute, String niveau) {
        Map<String, Object> pip = new HashMap<>(Map.of("dagtekening", vandaag().minusDays(20).toString(),
                "leerroute", leerroute, "indicatorMagOpleidingAfmaken", false, "alfabetiseringsonderwijs", "NVT",
                "eenzijdigVastgesteld", false));
        if (niveau != null) {
            pip.put("niveau", niveau);
        }
        var vastgesteld = keten.vraag("POST", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip", keten.json(pip));
        assertThat(vastgesteld.status()).as("PIP: %s", vastgesteld.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> "GEREGISTREERD".equals(keten.vraag("GET", KetenService.GEMEENTE,
                Keten.klantmanager(AMSTERDAM), "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip", null).body()
                .at("/actueel/status").asString("")));
    }

    private static String inburgeraarId(String bsn) {
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).size() == 1);
        return keten.zoekBijGemeente(AMSTERDAM, bsn).get(0).get("id").asString();
    }

    private static String vNummer() {
        return String.valueOf(V_NUMMERS.incrementAndGet());
    }
}
