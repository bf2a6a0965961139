package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inburgering.cbs.Bron;
import nl.inburgering.cbs.CbsDataset;
import nl.inburgering.cbs.CbsSleutels;
import nl.inburgering.keten.local.CbsSleutelsLokaal;
import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.monitoring.CbsVersleuteling;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Issue 16, #22 end to end: IND, COA, the gemeente and DUO each deliver their monitoring data of one peildatum to CBS,
 * pseudonymised with CBS's public key, and CBS's own command builds a dataset in which one asielstatushouder's four
 * records share one CBS pseudonym, while no BSN and no partner's Kafka key appears in any file.
 */
class MonitoringVoorCbsE2ETest {

    private static final String AZC = "0344";
    private static final String AMSTERDAM = "0363";
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
    void de_cbs_dataset_koppelt_de_records_van_een_persoon_uit_de_vier_bronnen_zonder_bsn_of_kafkasleutel(
            @TempDir Path uitvoer) throws IOException {
        String bsn = asielstatushouderGekoppeldAanAmsterdam();
        LocalDate peildatum = LocalDate.now(NL);

        for (KetenService partner : List.of(KetenService.IND, KetenService.COA, KetenService.GEMEENTE,
                KetenService.DUO)) {
            Keten.Antwoord levering = keten.vraag("POST", partner, "beheerder", "/beheer/monitoring/leveringen",
                    "{\"peildatum\":\"" + peildatum + "\"}");
            assertThat(levering.status()).as("%s levert: %s", partner, levering.body()).isEqualTo(200);
            assertThat(levering.body().get("voltooid").asBoolean()).isTrue();
        }

        Path sleutels = CbsSleutelsLokaal.in(lokaal.dataDir());
        CbsSleutels cbs = new CbsSleutels(Files.readString(sleutels.resolve(CbsSleutelsLokaal.PRIVE)),
                Files.readString(sleutels.resolve(CbsSleutelsLokaal.GEHEIM)).strip());
        List<String> topics = Arrays.stream(Bron.values()).map(Bron::topic).toList();
        CbsDataset.Uitkomst uitkomst = new CbsDataset(lokaal.bootstrapServers(), topics, cbs, peildatum)
                .schrijf(uitvoer);
        assertThat(uitkomst.onleesbaar()).isZero();

        // what CBS calls this person: derived from any partner's pseudoniem of him (each one differs)
        String partnerPseudoniem = CbsVersleuteling.metPubliekeSleutel(
                CbsSleutelsLokaal.publiekeSleutel(lokaal.dataDir())).pseudoniem(Bsn.of(bsn));
        String cbsPseudoniem = cbs.cbsPseudoniem(partnerPseudoniem);
        assertThat(Files.readAllLines(uitvoer.resolve(CbsDataset.KOPPELTABEL)))
                .contains(cbsPseudoniem + "," + peildatum + ",1,1,1,1");
        for (Bron bron : Bron.values()) {
            assertThat(Files.readString(uitvoer.resolve(bron.bestand()))).as(bron.bestand()).contains(cbsPseudoniem);
        }

        // no BSN and no Kafka key of any partner's record in any file of the dataset
        String dataset = alleBestanden(uitvoer);
        assertThat(dataset).doesNotContain(bsn);
        List<String> sleutelsOpDeTopics = new ArrayList<>();
        for (String topic : topics) {
            TestPartner.alles(lokaal.bootstrapServers(), topic, r -> true).forEach(r -> sleutelsOpDeTopics.add(r.key()));
        }
        assertThat(sleutelsOpDeTopics).hasSizeGreaterThanOrEqualTo(4).doesNotContain(bsn);
        assertThat(sleutelsOpDeTopics).allSatisfy(sleutel -> assertThat(dataset).doesNotContain(sleutel));
    }

    /** An asielstatushouder in the AZC of Utrecht whom COA coupled to Amsterdam: known to all four partners. */
    private static String asielstatushouderGekoppeldAanAmsterdam() {
        String bsn = TestBsn.nieuw();
        String vNummer = String.valueOf(5_000_000_000L + System.nanoTime() % 1_000_000_000L);
        String geboren = LocalDate.now(NL).minusYears(31).toString();
        assertThat(keten.brpInschrijving(bsn, AZC, LocalDate.now(NL).minusDays(10).toString(), geboren).status())
                .isEqualTo(201);
        var bewoner = keten.vraag("POST", KetenService.COA, "coa-medewerker", "/api/v1/bewoners",
                keten.json(Map.of("bsn", bsn, "vNummer", vNummer, "azcLocatie", "AZC Utrecht Joegoslaviëstraat")));
        assertThat(bewoner.status()).as("bewoner: %s", bewoner.body()).isEqualTo(201);
        String bewonerId = bewoner.body().get("id").asString();
        assertThat(keten.verblijfsvergunning(vNummer, bsn, geboren, "SY", "ASIEL",
                LocalDate.now(NL).minusMonths(1).toString()).status()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.vraag("GET", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId, null).body().path("inburgeringsplicht").isObject());
        var koppeling = keten.vraag("POST", KetenService.COA, "coa-medewerker",
                "/api/v1/bewoners/" + bewonerId + "/koppeling", keten.json(Map.of("gemeentecode", AMSTERDAM)));
        assertThat(koppeling.status()).as("koppeling: %s", koppeling.body()).isEqualTo(201);
        await().atMost(BINNEN).until(() -> keten.zoekBijGemeente(AMSTERDAM, bsn).size() == 1);
        return bsn;
    }

    private static String alleBestanden(Path map) {
        try (Stream<Path> bestanden = Files.list(map)) {
            StringBuilder alles = new StringBuilder();
            for (Path bestand : bestanden.toList()) {
                alles.append(Files.readString(bestand, StandardCharsets.UTF_8)).append('\n');
            }
            return alles.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
