package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.e2e.Keten.Inburgeraar;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 (Tests), end to end with the moved clock: three years of two gezinsmigranten in Amsterdam, through the
 * public REST APIs of IND, DUO and the gemeente on a real broker and real databases. One does nothing: DUO's
 * termijnbewaking signals the gemeente four weeks before the end (#7), at the end (vooraankondiging boete, #7) and
 * four weeks after it (#7); when the gemeente's 10 werkdagen have passed DUO fines him (#8) and gives him a new termijn
 * (#5). The other asks for a verlenging five months before the end: the gemeente hears of the aanvraag (#7), of the
 * toekenning (#9) and of the new termijn (#5), and nothing fires for him at the old end. (The third, who passes every
 * exam and is voldaan, is {@link LeerrouteB1E2ETest}.)
 */
class EindeVanHetTrajectE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String BACKOFFICE = "duo-backoffice";
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private static LocalKeten lokaal;
    private static Keten keten;

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests()
                .property(KetenService.DUO, "keten.duo.termijnbewaking.interval", "PT1S"));
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

    @Test
    void wie_niets_doet_krijgt_de_signalen_de_vooraankondiging_en_een_boete_met_een_nieuwe_termijn_en_wie_op_tijd_verlenging_vraagt_krijgt_die() {
        LocalDate vandaag = LocalDate.now(NL);
        LocalDate dagtekening = vandaag.minusDays(10);
        LocalDate einde = dagtekening.plusYears(3); // Wi2021 art. 11: three years from the day after the dagtekening
        Inburgeraar nietsDoener = gezinsmigrantMetPip(dagtekening);
        Inburgeraar aanvrager = gezinsmigrantMetPip(dagtekening);
        assertThat(rij(nietsDoener).get("einddatumInburgeringstermijn").asString()).isEqualTo(einde.toString());

        // five months before the end (§9.3.2: from six months) the aanvrager asks DUO for a verlenging
        LocalDate aanvraagdag = zetKlokOp(vandaag, einde.minusMonths(5));
        var aanvraag = alsBackoffice("/api/v1/verlengingsaanvragen", Map.of("bsn", aanvrager.bsn(),
                "datumAanvraag", aanvraagdag.toString(), "onderbouwing", "ziekenhuisopname van drie maanden"));
        assertThat(aanvraag.status()).as("aanvraag: %s", aanvraag.body()).isEqualTo(201);
        wachtOp(() -> rij(aanvrager), r -> "AANVRAAG_VERLENGING_ONTVANGEN".equals(
                r.at("/laatsteSignalering/reden").asString("")));
        LocalDate verlengdTot = einde.plusYears(1);
        var beoordeling = alsBackoffice("/api/v1/verlengingsaanvragen/" + aanvraag.body().get("id").asString()
                + "/beoordeling", Map.of("oordeel", "TOEKENNING", "verlengingsgrondcode", "3",
                        "nieuweEinddatum", verlengdTot.toString()));
        assertThat(beoordeling.status()).as("beoordeling: %s", beoordeling.body()).isEqualTo(200);
        JsonNode verlengd = wachtOp(() -> rij(aanvrager),
                r -> verlengdTot.toString().equals(r.path("einddatumInburgeringstermijn").asString("")));
        assertThat(verlengd.at("/beoordelingVerlenging/oordeel").asString()).isEqualTo("TOEKENNING");
        assertThat(verlengd.get("redenWijzigingInburgeringstermijn").asString()).isEqualTo("VERLENGING_OP_VERZOEK");

        // 20 days before the end: DUO's kennisgeving to him and #7 to the gemeente; the werkvoorraad signals it
        zetKlokOp(vandaag, einde.minusDays(20));
        JsonNode vierWekenVoor = wachtOp(() -> rij(nietsDoener), r -> "VIER_WEKEN_VOOR_EINDE_TERMIJN".equals(
                r.at("/laatsteSignalering/reden").asString("")));
        assertThat(soorten(vierWekenVoor.path("signalen"))).contains("TERMIJN_EINDIGT_BINNEN_4_WEKEN");
        assertThat(vierWekenVoor.at("/laatsteSignalering/uiterlijkeLeverdatum").isString()).isTrue();
        assertThat(duoTermijnbewaking(nietsDoener).path("kennisgevingen").size()).as("de kennisgeving 2 maanden voor"
                + " het einde").isEqualTo(1);
        assertThat(signaleringen(nietsDoener)).containsExactly("VIER_WEKEN_VOOR_EINDE_TERMIJN");
        assertThat(signaleringen(aanvrager)).as("zijn termijn loopt tot " + verlengdTot)
                .containsExactly("AANVRAAG_VERLENGING_ONTVANGEN");

        // two months after the end: the vooraankondiging boete and the signal four weeks after the end (#7)
        zetKlokOp(vandaag, einde.plusMonths(2));
        JsonNode overschreden = wachtOp(() -> rij(nietsDoener), r -> "VIER_WEKEN_NA_EINDE_TERMIJN".equals(
                r.at("/laatsteSignalering/reden").asString("")));
        assertThat(soorten(overschreden.path("signalen"))).contains("TERMIJN_OVERSCHREDEN", "VOORAANKONDIGING_BOETE");
        assertThat(signaleringen(nietsDoener)).containsExactly("VIER_WEKEN_VOOR_EINDE_TERMIJN",
                "VOORAANKONDIGING_BOETE", "VIER_WEKEN_NA_EINDE_TERMIJN");

        // the gemeente's 10 werkdagen after that signal have passed: DUO judges him verwijtbaar, fines him (#8) and
        // gives him a new termijn (#5)
        LocalDate beschikkingsdag = zetKlokOp(vandaag, einde.plusMonths(2).plusDays(21));
        JsonNode beboet = wachtOp(() -> rij(nietsDoener), r -> r.path("boete").isObject()
                && "NIEUWE_TERMIJN_NA_BOETE".equals(r.path("redenWijzigingInburgeringstermijn").asString("")));
        assertThat(new BigDecimal(beboet.at("/boete/bedrag").asString())).isPositive();
        assertThat(beboet.at("/boete/datumBeschikking").asString()).isEqualTo(beschikkingsdag.toString());
        String nieuweEinde = beboet.at("/boete/nieuweEinddatumInburgeringstermijn").asString();
        assertThat(LocalDate.parse(nieuweEinde)).isAfter(beschikkingsdag);
        assertThat(beboet.get("einddatumInburgeringstermijn").asString()).isEqualTo(nieuweEinde);
        assertThat(soorten(beboet.path("signalen"))).contains("BOETE_OPGELEGD").doesNotContain("TERMIJN_OVERSCHREDEN");
        var termijnBijDuo = keten.duoM2m(AMSTERDAM, "/personen/" + nietsDoener.bsn() + "/inburgeringstermijn");
        assertThat(termijnBijDuo.status()).isEqualTo(200);
        assertThat(LocalDate.parse(termijnBijDuo.body().get("einddatum").asString()))
                .as("DUO's API shows the einddatum exclusive").isEqualTo(LocalDate.parse(nieuweEinde).plusDays(1));

        // the aanvrager's termijn still runs: no signal, no boete
        JsonNode aanvragerNu = rij(aanvrager);
        assertThat(aanvragerNu.path("boete").isObject()).isFalse();
        assertThat(soorten(aanvragerNu.path("signalen"))).doesNotContain("TERMIJN_OVERSCHREDEN",
                "VOORAANKONDIGING_BOETE", "BOETE_OPGELEGD");
        assertThat(signaleringen(aanvrager)).containsExactly("AANVRAAG_VERLENGING_ONTVANGEN");
    }

    /** §3.2 and §4: a gezinsmigrant ingeschreven in Amsterdam, plichtig, with a PIP in the B1-route registered. */
    private static Inburgeraar gezinsmigrantMetPip(LocalDate dagtekening) {
        Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        String bsn = plichtige.bsn();
        String id = plichtige.id();
        var pip = keten.vraag("POST", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + id + "/pip", keten.json(Map.of("dagtekening", dagtekening.toString(),
                        "leerroute", "B1_ROUTE", "indicatorMagOpleidingAfmaken", false,
                        "alfabetiseringsonderwijs", "NVT", "eenzijdigVastgesteld", false)));
        assertThat(pip.status()).as("PIP: %s", pip.body()).isEqualTo(201);
        wachtOp(() -> rij(plichtige), r -> r.path("einddatumInburgeringstermijn").isString());
        return plichtige;
    }

    /** Moves the clock of the whole chain so that it reads {@code dag}; DUO's termijnbewaking catches up. */
    private static LocalDate zetKlokOp(LocalDate vandaag, LocalDate dag) {
        lokaal.zetKlokverschuiving(Duration.ofDays(ChronoUnit.DAYS.between(vandaag, dag)));
        return dag;
    }

    /** His row of Amsterdam's werkvoorraad (found with {@code _zoek}, whatever filter would hide him). */
    private static JsonNode rij(Inburgeraar inburgeraar) {
        return keten.zoekBijGemeente(AMSTERDAM, inburgeraar.bsn()).get(0);
    }

    /** The redenen of DUO's #7 signaleringen the gemeente received about him, in the order DUO sent them. */
    private static List<String> signaleringen(Inburgeraar inburgeraar) {
        JsonNode handhaving = keten.vraag("GET", KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM),
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/handhaving-op-resultaat", null).body();
        List<String> redenen = new ArrayList<>();
        handhaving.path("signaleringen").forEach(s -> redenen.add(s.path("reden").asString()));
        return redenen;
    }

    private static JsonNode duoTermijnbewaking(Inburgeraar inburgeraar) {
        return alsBackoffice("/api/v1/termijnbewaking/_zoek", Map.of("bsn", inburgeraar.bsn())).body();
    }

    private static Keten.Antwoord alsBackoffice(String pad, Map<String, ?> body) {
        return keten.vraag("POST", KetenService.DUO, BACKOFFICE, pad, keten.json(body));
    }

    private static List<String> soorten(JsonNode signalen) {
        List<String> soorten = new ArrayList<>();
        signalen.forEach(s -> soorten.add(s.path("soort").asString()));
        return soorten;
    }

    private static JsonNode wachtOp(Supplier<JsonNode> vraag, Predicate<JsonNode> klaar) {
        await().atMost(BINNEN).until(() -> klaar.test(vraag.get()));
        return vraag.get();
    }
}
