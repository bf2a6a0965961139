package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import tools.jackson.databind.JsonNode;

/**
 * Seed §3.3 through IND, DUO, COA and the gemeenten: an asielstatushouder in the AZC of Utrecht, coupled by COA
 * to Amsterdam, in each of the three variants and the default without agreement; a re-koppeling; the
 * klantprofiel at its four moments; and the AZC gemeente that is never involved.
 */
class AsielstatushouderE2ETest {

    /** The chain's calendar day: between 23:00 and 24:00 UTC (winter) the JVM's default zone is a day behind it. */
    private static final java.time.ZoneId NL = java.time.ZoneId.of("Europe/Amsterdam");

    private static final String AZC = "0344";
    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Duration BINNEN = Duration.ofSeconds(30);
    private static final AtomicLong V_NUMMERS = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .property(KetenService.COA, "keten.coa.afspraak-interval", "PT1S"));
        keten = new Keten(lokaal);
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    @AfterEach
    void klokTerug() {
        lokaal.zetKlokverschuiving(Duration.ZERO);
    }

    /** A statushouder in the AZC: ingeschreven in the AZC gemeente, registered by COA, plichtig at DUO. */
    private record Statushouder(String bsn, String bewonerId) {
    }

    private static Statushouder statushouderInHetAzc() {
        String bsn = TestBsn.nieuw();
        String vNummer = String.valueOf(V_NUMMERS.incrementAndGet());
        String geboren = LocalDate.now(NL).minusYears(27).toString();
        assertThat(keten.brpInschrijving(bsn, AZC, LocalDate.now(NL).minusDays(10).toString(), geboren).status())
                .isEqualTo(201);
        var bewoner = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners",
                keten.json(Map.of("bsn", bsn, "vNummer", vNummer, "azcLocatie", "AZC Utrecht Joegoslaviëstraat")));
        assertThat(bewoner.status()).isEqualTo(201);
        String id = bewoner.body().get("id").asString();
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "SY", "ASIEL",
                LocalDate.now(NL).minusMonths(1).toString()).status()).isEqualTo(201);
        await().atMost(BINNEN).untilAsserted(() -> assertThat(coaBewoner(id).path("inburgeringsplicht").isObject())
                .as("COA kent de plicht: %s", coaBewoner(id)).isTrue());
        return new Statushouder(bsn, id);
    }

    private static JsonNode coaBewoner(String id) {
        return keten.vraag("GET", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + id, null).body();
    }

    private static String koppel(Statushouder s, String gemeentecode) {
        var koppeling = keten.vraag("POST", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + s.bewonerId() + "/koppeling", keten.json(Map.of("gemeentecode", gemeentecode)));
        assertThat(koppeling.status()).isEqualTo(201);
        return koppeling.body().get("id").asString();
    }

    /** The gemeente's view of the asielstatushouder, once DUO's #3 arrived there. */
    private static JsonNode bijGemeente(String gemeentecode, String bsn) {
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(gemeentecode, bsn).size() == 1);
        String id = keten.zoekBijGemeente(gemeentecode, bsn).get(0).get("id").asString();
        return keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(gemeentecode),
                "/api/v1/inburgeraars/" + id + "/asielstatushouder", null).body();
    }

    private static JsonNode wachtOpGemeenteBeeld(String gemeentecode, String bsn,
            java.util.function.Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(bijGemeente(gemeentecode, bsn)));
        return bijGemeente(gemeentecode, bsn);
    }

    private static List<String> momenten(JsonNode beeld) {
        return beeld.get("klantprofielHistorie").findValuesAsString("moment");
    }

    private static void afspraak(String gemeentecode, String koppelingId, String variant, int verwachteStatus) {
        assertThat(keten.vraag("PUT", KetenService.COA, Keten.klantmanager(gemeentecode),
                "/api/v1/koppelingen/" + koppelingId + "/afspraak", keten.json(Map.of("variant", variant))).status())
                .isEqualTo(verwachteStatus);
    }

    private static void klantprofielBijgewerkt(Statushouder s) {
        assertThat(keten.vraag("PUT", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + s.bewonerId() + "/klantprofiel", keten.json(Map.of("geboorteland", "SY",
                        "talen", List.of("ar", "en"), "hoogstGenotenOpleiding", "HAVO-niveau",
                        "alfabetiseringsbehoefte", "NVT", "voorinburgeringGevolgd", true, "urenVoorinburgering", 40)))
                .status()).isEqualTo(200);
    }

    private static void warmeOverdracht(Statushouder s, String gemeentecode, String koppelingId) {
        assertThat(keten.vraag("PUT", KetenService.COA, Keten.klantmanager(gemeentecode),
                "/api/v1/koppelingen/" + koppelingId + "/warme-overdracht",
                keten.json(Map.of("datum", LocalDate.now(NL).toString()))).status()).isEqualTo(200);
        assertThat(keten.vraag("POST", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + s.bewonerId() + "/warme-overdracht", null).status()).isIn(200, 201);
    }

    private static void verhuist(Statushouder s, String gemeentecode) {
        assertThat(keten.vraag("POST", KetenService.GEMEENTE, "gemeentesysteem-" + (gemeentecode.equals(AMSTERDAM)
                ? "amsterdam" : "rotterdam"), "/api/v1/brp/verhuizingen", keten.json(Map.of("bsn", s.bsn(),
                        "datumVerhuizing", LocalDate.now(NL).toString()))).status()).isEqualTo(201);
    }

    @Test
    void variant_1_brede_intake_pip_en_aanbod_in_het_azc_zonder_voorinburgering_en_het_klantprofiel_op_alle_vier_momenten() {
        Statushouder s = statushouderInHetAzc();
        String koppeling = koppel(s, AMSTERDAM);

        JsonNode beeld = bijGemeente(AMSTERDAM, s.bsn());
        assertThat(beeld.at("/rechtOpMaatschappelijkeBegeleiding/ingangsdatum").isMissingNode()).isFalse();
        afspraak(AMSTERDAM, koppeling, "BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC", 200);
        assertThat(keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + s.bewonerId()
                + "/voorinburgering", keten.json(Map.of("geaccepteerd", true))).status())
                .as("geen voorinburgering als de gemeente al lessen geeft").isEqualTo(409);
        klantprofielBijgewerkt(s);
        warmeOverdracht(s, AMSTERDAM, koppeling);
        verhuist(s, AMSTERDAM);

        JsonNode eind = wachtOpGemeenteBeeld(AMSTERDAM, s.bsn(), b -> momenten(b).size() == 4);
        assertThat(momenten(eind)).containsExactly("KOPPELING", "BIJGEWERKT_TIJDENS_VOORINBURGERING",
                "WARME_OVERDRACHT", "INSCHRIJVING_GEMEENTE");
        assertThat(eind.at("/betrokkenheid/variant").asString()).isEqualTo("BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC");
        assertThat(eind.get("datumWarmeOverdracht").asString()).isEqualTo(LocalDate.now(NL).toString());
    }

    @Test
    void variant_2_brede_intake_en_contouren_pip_in_het_azc_met_voorinburgering_door_coa() {
        Statushouder s = statushouderInHetAzc();
        String koppeling = koppel(s, AMSTERDAM);
        afspraak(AMSTERDAM, koppeling, "BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC", 200);

        assertThat(keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners/" + s.bewonerId()
                + "/voorinburgering", keten.json(Map.of("geaccepteerd", true))).status()).isIn(200, 201);

        JsonNode beeld = wachtOpGemeenteBeeld(AMSTERDAM, s.bsn(), b -> momenten(b).size() == 2);
        assertThat(beeld.at("/klantprofiel/voorinburgeringGeaccepteerd").asBoolean()).isTrue();
        assertThat(beeld.at("/betrokkenheid/variant").asString()).isEqualTo("BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC");
    }

    @Test
    void variant_3_brede_intake_na_vestiging() {
        Statushouder s = statushouderInHetAzc();
        String koppeling = koppel(s, AMSTERDAM);
        afspraak(AMSTERDAM, koppeling, "BREDE_INTAKE_NA_VESTIGING", 200);
        klantprofielBijgewerkt(s);

        JsonNode beeld = wachtOpGemeenteBeeld(AMSTERDAM, s.bsn(), b -> momenten(b).size() == 2);
        assertThat(beeld.at("/betrokkenheid/variant").asString()).isEqualTo("BREDE_INTAKE_NA_VESTIGING");
    }

    @Test
    void zonder_afspraak_binnen_twee_weken_is_de_gemeente_betrokken_vanaf_de_inschrijving() {
        Statushouder s = statushouderInHetAzc();
        String koppeling = koppel(s, AMSTERDAM);
        bijGemeente(AMSTERDAM, s.bsn());

        lokaal.verzetKlok(Duration.ofDays(15));

        afspraak(AMSTERDAM, koppeling, "BREDE_INTAKE_NA_VESTIGING", 409);
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.COA, Keten.klantmanager(AMSTERDAM),
                "/api/v1/koppelingen/" + koppeling, null).body().at("/afspraak/variant").asString("")
                .equals("VANAF_INSCHRIJVING"));
        assertThat(bijGemeente(AMSTERDAM, s.bsn()).at("/betrokkenheid/variant").asString())
                .isEqualTo("VANAF_INSCHRIJVING");
    }

    @Test
    void een_herkoppeling_brengt_de_statushouder_van_amsterdam_naar_rotterdam() {
        Statushouder s = statushouderInHetAzc();
        koppel(s, AMSTERDAM);
        bijGemeente(AMSTERDAM, s.bsn());

        koppel(s, ROTTERDAM);

        JsonNode rotterdam = bijGemeente(ROTTERDAM, s.bsn());
        assertThat(rotterdam.at("/koppeling/vorigeGemeentecode").asString()).isEqualTo(AMSTERDAM);
        assertThat(rotterdam.at("/rechtOpMaatschappelijkeBegeleiding/ingangsdatum").isMissingNode()).isFalse();
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, s.bsn()).isEmpty());
        assertThat(keten.vraag("POST", KetenService.COA, Keten.klantmanager(AMSTERDAM), "/api/v1/koppelingen/_zoek",
                keten.json(Map.of("bsn", s.bsn()))).body().toString()).doesNotContain(s.bsn());
    }

    @Test
    void de_azc_gemeente_en_een_niet_gekoppelde_gemeente_zien_niets_van_de_statushouder() {
        Statushouder s = statushouderInHetAzc();
        String koppeling = koppel(s, AMSTERDAM);
        bijGemeente(AMSTERDAM, s.bsn());

        for (String ander : List.of(AZC, ROTTERDAM)) {
            assertThat(keten.zoekBijGemeente(ander, s.bsn())).as("_zoek bij " + ander).isEmpty();
            assertThat(keten.werkvoorraad(ander).findValuesAsString("bsn")).doesNotContain(s.bsn());
            assertThat(keten.vraag("POST", KetenService.COA, Keten.klantmanager(ander), "/api/v1/koppelingen/_zoek",
                    keten.json(Map.of("bsn", s.bsn()))).body().toString()).doesNotContain(s.bsn());
            assertThat(keten.vraag("GET", KetenService.COA, Keten.klantmanager(ander),
                    "/api/v1/koppelingen/" + koppeling, null).status()).isEqualTo(404);
            assertThat(keten.duoM2m(ander, "/personen/" + s.bsn() + "/inburgeringsplicht").status())
                    .as("DUO's relevantieregel voor " + ander + ": zoals een onbekende persoon").isEqualTo(404);
        }
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + s.bsn() + "/inburgeringsplicht").status())
                .as("de gekoppelde gemeente mag DUO raadplegen").isEqualTo(200);
    }
}
