package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 end to end through the public REST APIs, on a real broker and real databases: vrijstellingen (§10) and
 * ontheffingen (§11) decided at DUO (a BIO ontheffing by SZW, #21) reach the gemeente (#11, #12, #3) and IND (by
 * pull), and change or end the plicht everywhere.
 */
class VrijstellingenEnOntheffingenE2ETest {

    private static final String AMSTERDAM = "0363";
    private static final String BACKOFFICE = "duo-backoffice";
    private static final String SZW = "szw-medewerker";
    private static final Duration BINNEN = Duration.ofSeconds(60);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

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
    void een_gedeeltelijke_vrijstelling_laat_de_gemeente_een_nieuw_pip_vaststellen_zonder_het_vrijgestelde_onderdeel() {
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        String bsn = plichtige.bsn();
        LocalDate vandaag = LocalDate.now(NL);
        pip(plichtige, vandaag.minusDays(30), null);

        // §10.2: he shows DUO his Staatsexamen NT2 lezen; DUO grants a gedeeltelijke vrijstelling for LE on B1
        Keten.Antwoord aanvraag = keten.vraag("POST", KetenService.DUO, BACKOFFICE, "/api/v1/vrijstellingsaanvragen",
                "{\"bsn\":\"" + bsn + "\",\"soort\":\"GEDEELTELIJK\",\"reden\":\"GED\","
                        + "\"onderbouwing\":\"Staatsexamen NT2 programma II, onderdeel lezen\","
                        + "\"onderdelen\":[{\"onderdeel\":\"LE\",\"niveau\":\"B1\"}]}");
        assertThat(aanvraag.status()).as("aanvraag: %s", aanvraag.body()).isEqualTo(201);
        Keten.Antwoord beslissing = keten.vraag("POST", KetenService.DUO, BACKOFFICE,
                "/api/v1/vrijstellingsaanvragen/" + aanvraag.body().get("id").asString() + "/beslissing",
                "{\"oordeel\":\"TOEKENNING\",\"soort\":\"GEDEELTELIJK\",\"reden\":\"GED\","
                        + "\"onderdelen\":[{\"onderdeel\":\"LE\",\"niveau\":\"B1\"}]}");
        assertThat(beslissing.status()).as("beslissing: %s", beslissing.body()).isBetween(200, 201);

        // #11 and #3 gewijzigd: the gemeente sees the open onderdelen without LE and is asked to set the PIP again
        await().atMost(BINNEN).until(() -> opnieuwVaststellen().contains(plichtige.id()));
        assertThat(dossierBijGemeente(plichtige).get("openstaandeOnderdelen").toString()).doesNotContain("\"LE\"")
                .contains("\"SP\"");
        assertThat(keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/vrijstellingen").body())
                .anySatisfy(v -> assertThat(v.at("/GedeeltelijkeVrijstelling/examenonderdeel").asString())
                        .isEqualTo("LE"));

        pip(plichtige, vandaag, "NA_VRIJSTELLING_OF_ONTHEFFING");

        await().atMost(BINNEN).until(() -> !opnieuwVaststellen().contains(plichtige.id()));
    }

    @Test
    void een_bio_ontheffing_die_szw_toekent_beeindigt_de_plicht_bij_duo_de_gemeente_en_voor_de_ind() {
        Keten.Inburgeraar plichtige = keten.plichtigeGezinsmigrant(AMSTERDAM, 40);
        String bsn = plichtige.bsn();
        String vandaag = LocalDate.now(NL).toString();

        // §11.3: the gemeente gives its advies to the inburgeraar (and keeps it); he applies at DUO with it
        Keten.Antwoord advies = klantmanager("POST", "/api/v1/inburgeraars/" + plichtige.id() + "/bio-adviezen",
                "{\"advies\":\"POSITIEF\",\"motivering\":\"Aantoonbaar niet in staat ondanks inspanning.\","
                        + "\"datum\":\"" + vandaag + "\"}");
        assertThat(advies.status()).as("advies: %s", advies.body()).isEqualTo(201);
        Keten.Antwoord aanvraag = keten.vraag("POST", KetenService.DUO, BACKOFFICE, "/api/v1/ontheffingsaanvragen/bio",
                "{\"bsn\":\"" + bsn + "\",\"datumAanvraag\":\"" + vandaag + "\",\"adviesGemeente\":\"Positief\","
                        + "\"datumAdviesGemeente\":\"" + vandaag + "\",\"machtigingMedischOnderzoek\":false,"
                        + "\"toelichting\":\"Aanvraag met advies van de gemeente ontvangen.\"}");
        assertThat(aanvraag.status()).as("aanvraag: %s", aanvraag.body()).isEqualTo(201);
        String aanvraagId = aanvraag.body().get("id").asString();

        // DUO completes the dossier and hands it to SZW, which decides (#21 to DUO)
        Keten.Antwoord naarSzw = keten.vraag("POST", KetenService.DUO, BACKOFFICE,
                "/api/v1/ontheffingsaanvragen/" + aanvraagId + "/naar-szw",
                "{\"toelichting\":\"Dossier compleet.\"}");
        assertThat(naarSzw.status()).as("naar SZW: %s", naarSzw.body()).isEqualTo(200);
        JsonNode wachtend = keten.vraag("GET", KetenService.DUO, SZW, "/api/v1/szw/bio-dossiers", null).body();
        String dossierkenmerk = null;
        for (JsonNode dossier : wachtend) {
            if (bsn.equals(dossier.get("bsn").asString())) {
                dossierkenmerk = dossier.get("dossierkenmerk").asString();
            }
        }
        assertThat(dossierkenmerk).as("het dossier ligt bij SZW").isNotNull();
        Keten.Antwoord beslissing = keten.vraag("POST", KetenService.DUO, SZW,
                "/api/v1/szw/bio-dossiers/" + dossierkenmerk + "/beslissing", "{\"oordeel\":\"TOEKENNING\"}");
        assertThat(beslissing.status()).as("beslissing: %s", beslissing.body()).isBetween(200, 201);

        // #12 and #3 beëindigd reach the gemeente: the plicht ended, with its reden, out of the active werkvoorraad
        await().atMost(BINNEN).until(() -> "BEEINDIGD".equals(dossierBijGemeente(plichtige).get("statusPlicht")
                .asString("")));
        assertThat(dossierBijGemeente(plichtige).get("redenEindePlicht").asString())
                .isEqualTo("VOLLEDIGE_ONTHEFFING");
        assertThat(keten.werkvoorraad(AMSTERDAM)).noneMatch(r -> bsn.equals(r.get("bsn").asString("")));
        JsonNode beslissingen = klantmanager("GET", "/api/v1/inburgeraars/" + plichtige.id()
                + "/vrijstellingen-en-ontheffingen", null).body().get("beslissingen");
        assertThat(beslissingen).anySatisfy(b -> {
            assertThat(b.get("grond").asString()).isEqualTo("BIO");
            assertThat(b.get("oordeel").asString()).isEqualTo("TOEKENNING");
        });

        // DUO's M2M APIs for the gemeente, and IND asking at the source
        JsonNode plicht = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht").body();
        assertThat(plicht.get("indicatorInburgeringsplicht").asBoolean()).isFalse();
        assertThat(plicht.get("redenGeenInburgeringsplicht").asString()).isEqualTo("Volledige ontheffing");
        JsonNode ontheffingen = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/ontheffingen").body();
        assertThat(ontheffingen).anySatisfy(o -> assertThat(o.at("/GeheleOntheffing/grond").asString())
                .isEqualTo("BIO"));
        Keten.Antwoord ind = keten.vraag("POST", KetenService.DUO, "indsysteem", "/api/v1/ontheffingen/_zoek",
                "{\"bsn\":\"" + bsn + "\"}");
        assertThat(ind.status()).as("IND: %s", ind.body()).isEqualTo(200);
        assertThat(ind.body().toString()).contains("BIO");
    }

    /** The klantmanager sets the PIP (again, with a reden) and DUO registers it. */
    private void pip(Keten.Inburgeraar inburgeraar, LocalDate dagtekening, String redenWijziging) {
        String reden = redenWijziging == null ? "" : ",\"redenWijziging\":\"" + redenWijziging + "\"";
        Keten.Antwoord pip = klantmanager("POST", "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip",
                "{\"dagtekening\":\"" + dagtekening + "\",\"leerroute\":\"B1_ROUTE\","
                        + "\"indicatorMagOpleidingAfmaken\":false,\"alfabetiseringsonderwijs\":\"NVT\","
                        + "\"eenzijdigVastgesteld\":false" + reden + "}");
        assertThat(pip.status()).as("PIP: %s", pip.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> dagtekening.toString().equals(klantmanager("GET",
                "/api/v1/inburgeraars/" + inburgeraar.id() + "/pip", null).body().at("/actueel/dagtekening")
                .asString("")) && "GEREGISTREERD".equals(klantmanager("GET", "/api/v1/inburgeraars/"
                        + inburgeraar.id() + "/pip", null).body().at("/actueel/status").asString("")));
    }

    private String opnieuwVaststellen() {
        return klantmanager("GET", "/api/v1/inburgeraars?signaal=PIP_OPNIEUW_VASTSTELLEN&paginaGrootte=100", null)
                .body().toString();
    }

    private JsonNode dossierBijGemeente(Keten.Inburgeraar inburgeraar) {
        return klantmanager("GET", "/api/v1/inburgeraars/" + inburgeraar.id(), null).body();
    }

    private Keten.Antwoord klantmanager(String methode, String pad, String body) {
        return keten.vraag(methode, KetenService.GEMEENTE, Keten.klantmanager(AMSTERDAM), pad, body);
    }
}
