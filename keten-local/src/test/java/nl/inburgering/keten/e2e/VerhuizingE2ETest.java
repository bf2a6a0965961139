package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, §13.2 end to end through the public REST APIs, on a real broker and real databases: a plichtige moves to
 * another gemeente. DUO hands his plicht to the new gemeente (#3, with his examenresultaten #13), tells the old one he
 * left (SS122), the new gemeente asks the old one for the dossier and the old one hands it over (#19).
 */
class VerhuizingE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String BACKOFFICE = "duo-backoffice";

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

    @Test
    void een_gezinsmigrant_met_een_pip_verhuist_van_amsterdam_naar_rotterdam_dat_hem_krijgt_met_het_dossier_van_amsterdam() {
        Keten.Inburgeraar inAmsterdam = keten.plichtigeGezinsmigrant(AMSTERDAM, 60);
        String bsn = inAmsterdam.bsn();
        pip(AMSTERDAM, inAmsterdam, vandaag().minusDays(20));
        knmGehaald(bsn);

        // Rotterdam's BRP system registers the move; its answer does not say where he lived
        Keten.Antwoord verhuizing = keten.brpVerhuizing(bsn, ROTTERDAM, vandaag().minusDays(1).toString());
        assertThat(verhuizing.status()).as("verhuizing: %s", verhuizing.body()).isEqualTo(201);
        assertThat(verhuizing.body().toString()).doesNotContain(AMSTERDAM);

        // DUO delivers his plicht to Rotterdam as a plicht that came with a verhuizing (SS121: with Amsterdam's PIP)
        ConsumerRecord<String, byte[]> plicht = TestPartner.wachtOp(lokaal.bootstrapServers(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, ROTTERDAM),
                r -> TestPartner.bevat(r, bsn) && isVastgesteld(r)
                        && vastgesteld(r).getAanleiding() == Aanleiding.OVERDRACHT_NA_VERHUIZING);
        assertThat(vastgesteld(plicht).getAanleiding()).isEqualTo(Aanleiding.OVERDRACHT_NA_VERHUIZING);
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(ROTTERDAM, bsn).size() == 1);
        Keten.Inburgeraar inRotterdam = new Keten.Inburgeraar(bsn,
                keten.zoekBijGemeente(ROTTERDAM, bsn).get(0).get("id").asString());
        assertThat(signalen(ROTTERDAM, bsn)).contains("OVERDRACHT_GEVRAAGD");
        // ... with his examenresultaten (#13), which DUO delivers to the new gemeente again
        await().atMost(BINNEN).until(() -> klantmanager(ROTTERDAM, "GET", "/api/v1/inburgeraars/" + inRotterdam.id()
                + "/examenresultaten", null).body().path("behaald").toString().contains("KNM"));

        // Amsterdam's werkvoorraad no longer lists him; its list of departures tells it to bring #17/#18 up to date
        // and, once Rotterdam asked (#19), to hand over the dossier
        await().atMost(BINNEN).until(() -> keten.werkvoorraad(AMSTERDAM).findValuesAsString("bsn").stream()
                .noneMatch(bsn::equals));
        JsonNode vertrek = await().atMost(BINNEN).until(() -> vertrek(bsn),
                v -> v != null && "OVERDRACHT_LEVEREN".equals(v.path("signaal").asString("")));
        assertThat(vertrek.get("gemeentecodeNieuw").asString()).isEqualTo(ROTTERDAM);
        assertThat(LocalDate.parse(vertrek.get("actualiserenUiterlijk").asString()))
                .isAfter(vandaag().minusDays(1).plusDays(9));
        // both at once: the actualisering holds until the 10th werkdag after the move, next to the owed overdracht
        assertThat(vertrek.path("signalen").toString()).contains("GEGEVENS_ACTUALISEREN", "OVERDRACHT_LEVEREN");
        Keten.Antwoord pvt = klantmanager(AMSTERDAM, "PUT", "/api/v1/inburgeraars/" + inAmsterdam.id()
                + "/resultaten/pvt", "{\"datumOndertekening\":\"" + vandaag().minusDays(2) + "\"}");
        assertThat(pvt.status()).as("Amsterdam brengt #17 bij: %s", pvt.body()).isEqualTo(200);

        Keten.Antwoord overdracht = klantmanager(AMSTERDAM, "POST", "/api/v1/vertrokken-inburgeraars/"
                + vertrek.get("id").asString() + "/overdracht", "{\"contactpersoon\":\"J. de Regisseur, "
                        + "regie@amsterdam.nl\",\"maatschappelijkeBegeleidingAfgerond\":false}");
        assertThat(overdracht.status()).as("overdracht: %s", overdracht.body()).isEqualTo(201);
        // delivered: the overdracht signal ends, the actualisering of #17/#18 for DUO does not
        assertThat(overdracht.body().path("signalen").toString()).contains("GEGEVENS_ACTUALISEREN")
                .doesNotContain("OVERDRACHT_LEVEREN");

        // Rotterdam's dossier shows what Amsterdam handed over, and the werkvoorraad says what comes next
        JsonNode dossier = await().atMost(BINNEN).until(() -> klantmanager(ROTTERDAM, "GET", "/api/v1/inburgeraars/"
                + inRotterdam.id(), null).body(), d -> "ONTVANGEN".equals(d.at("/overdracht/status").asString("")));
        assertThat(dossier.at("/overdracht/pip/leerroute").asString()).isEqualTo("B1_ROUTE");
        assertThat(dossier.at("/overdracht/contactpersoon").asString()).contains("regie@amsterdam.nl");
        assertThat(signalen(ROTTERDAM, bsn)).contains("PIP_VORIGE_GEMEENTE_BEOORDELEN")
                .doesNotContain("OVERDRACHT_GEVRAAGD");
        // DUO's M2M APIs answer Rotterdam now; Amsterdam keeps reading while its PIP is the actuele one (clause 4)
        assertThat(keten.duoM2m(ROTTERDAM, "/personen/" + bsn + "/inburgeringsplicht").status()).isEqualTo(200);
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht").status()).isEqualTo(200);
    }

    @Test
    void een_asielstatushouder_die_voor_zijn_pip_verhuist_begint_bij_de_nieuwe_gemeente_met_de_brede_intake() {
        String bsn = TestBsn.nieuw();
        String geboren = vandaag().minusYears(28).toString();
        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, vandaag().minusDays(50).toString(), geboren).status())
                .isEqualTo(201);
        // an asielstatushouder who never lived in a COA location belongs to the gemeente of inschrijving
        Keten.Antwoord vergunning = keten.vraag("POST", KetenService.IND, "ind-medewerker",
                "/api/v1/verblijfsvergunningen", "{\"vNummer\":\"" + V_NUMMERS.incrementAndGet() + "\",\"bsn\":\""
                        + bsn + "\",\"geboortedatum\":\"" + geboren + "\",\"nationaliteit\":\"ER\","
                        + "\"verblijfsdoel\":\"ASIEL\",\"ingangsdatum\":\"" + vandaag().minusMonths(2)
                        + "\",\"opvangInCoaLocatie\":false}");
        assertThat(vergunning.status()).as("vergunning: %s", vergunning.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).size() == 1);

        assertThat(keten.brpVerhuizing(bsn, ROTTERDAM, vandaag().toString()).status()).isEqualTo(201);

        // SS120: Rotterdam gets him without a PIP; Amsterdam hands over what it has, and Rotterdam starts the intake
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(ROTTERDAM, bsn).size() == 1);
        JsonNode vertrek = await().atMost(BINNEN).until(() -> vertrek(bsn),
                v -> v != null && "OVERDRACHT_LEVEREN".equals(v.path("signaal").asString("")));
        Keten.Antwoord overdracht = klantmanager(AMSTERDAM, "POST", "/api/v1/vertrokken-inburgeraars/"
                + vertrek.get("id").asString() + "/overdracht", "{\"contactpersoon\":\"K. Klant, "
                        + "klant@amsterdam.nl\",\"maatschappelijkeBegeleidingAfgerond\":false}");
        assertThat(overdracht.status()).as("overdracht: %s", overdracht.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> signalen(ROTTERDAM, bsn).contains("BREDE_INTAKE_NA_VERHUIZING"));
        assertThat(keten.werkvoorraad(AMSTERDAM).findValuesAsString("bsn")).doesNotContain(bsn);
    }

    /** The klantmanager sets the PIP and waits until DUO registered it. */
    private static void pip(String gemeentecode, Keten.Inburgeraar inburgeraar, LocalDate dagtekening) {
        Keten.Antwoord pip = klantmanager(gemeentecode, "POST", "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip",
                "{\"dagtekening\":\"" + dagtekening + "\",\"leerroute\":\"B1_ROUTE\","
                        + "\"indicatorMagOpleidingAfmaken\":false,\"alfabetiseringsonderwijs\":\"NVT\","
                        + "\"eenzijdigVastgesteld\":false}");
        assertThat(pip.status()).as("PIP: %s", pip.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> "GEREGISTREERD".equals(klantmanager(gemeentecode, "GET",
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip", null).body().at("/actueel/status").asString("")));
    }

    /** DUO's backoffice registers a passed KNM exam (#13 to his gemeente). */
    private static void knmGehaald(String bsn) {
        var examen = keten.vraag("POST", KetenService.DUO, BACKOFFICE, "/api/v1/examens",
                keten.json(Map.of("bsn", bsn, "onderdeel", "KNM")));
        assertThat(examen.status()).as("aanmelding: %s", examen.body()).isEqualTo(201);
        String pad = "/api/v1/examens/" + examen.body().get("id").asString();
        assertThat(keten.vraag("PUT", KetenService.DUO, BACKOFFICE, pad + "/planning",
                keten.json(Map.of("examendatum", vandaag().minusDays(10).toString()))).status()).isEqualTo(200);
        assertThat(keten.vraag("POST", KetenService.DUO, BACKOFFICE, pad + "/_uitslag",
                keten.json(Map.of("resultaat", "Geslaagd"))).status()).isEqualTo(200);
    }

    private static JsonNode vertrek(String bsn) {
        JsonNode lijst = klantmanager(AMSTERDAM, "GET", "/api/v1/vertrokken-inburgeraars", null).body();
        for (JsonNode v : lijst.path("vertrokkenInburgeraars")) {
            if (bsn.equals(v.path("bsn").asString(""))) {
                return v;
            }
        }
        return null;
    }

    private static String signalen(String gemeentecode, String bsn) {
        for (JsonNode rij : keten.werkvoorraad(gemeentecode)) {
            if (bsn.equals(rij.path("bsn").asString(""))) {
                return rij.path("signalen").toString();
            }
        }
        return "";
    }

    private static boolean isVastgesteld(ConsumerRecord<String, byte[]> record) {
        var type = record.headers().lastHeader("ce_type");
        return type != null && new String(type.value(), java.nio.charset.StandardCharsets.UTF_8)
                .endsWith("inburgeringsplicht-vastgesteld");
    }

    private static InburgeringsplichtVastgesteld vastgesteld(ConsumerRecord<String, byte[]> record) {
        try {
            return InburgeringsplichtVastgesteld.fromByteBuffer(ByteBuffer.wrap(record.value()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Keten.Antwoord klantmanager(String gemeentecode, String methode, String pad, String body) {
        return keten.vraag(methode, KetenService.GEMEENTE, Keten.klantmanager(gemeentecode), pad, body);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NL);
    }
}
