package nl.inburgering.cbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.monitoring.CbsVersleuteling;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestCbsSleutels;
import nl.inburgering.platform.test.TestPartner;

/**
 * Issue 16, #22 (decision 0041): CBS's command reads the four monitoring topics of a real broker and writes a dataset
 * in which one person's records of the four sources share one CBS pseudonym, without a BSN or a Kafka key.
 */
class CbsDatasetTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 12, 1);
    private static final CbsVersleuteling PARTNER = CbsVersleuteling.metPubliekeSleutel(TestCbsSleutels.publiekePem());

    private static final String BSN_VAN_AMIRA = TestBsn.nieuw();
    private static final String BSN_VAN_JOHAN = TestBsn.nieuw();
    private static final List<String> SLEUTELS = new ArrayList<>();
    private static final List<String> PARTNERPSEUDONIEMEN = new ArrayList<>();

    @TempDir
    static Path uitvoer;
    private static CbsDataset.Uitkomst uitkomst;

    @BeforeAll
    static void deVierBronnenLeverenEnCbsMaaktDeDataset() {
        String kafka = KetenTestInfrastructuur.kafkaBootstrapServers();
        publiceer(kafka, ContractEvents.verblijfsgegevensGeleverd().setPseudoniem(pseudoniem(BSN_VAN_AMIRA))
                .setPeildatum(PEILDATUM).build());
        publiceer(kafka, ContractEvents.voorinburgeringGeleverd().setPseudoniem(pseudoniem(BSN_VAN_AMIRA))
                .setPeildatum(PEILDATUM).setGemeentecode("0363").setDatumKoppeling(PEILDATUM.minusMonths(3))
                .setVoorinburgeringGevolgd(true).setUrenVoorinburgering(120).build());
        publiceer(kafka, ContractEvents.inburgeringstrajectGeleverd().setPseudoniem(pseudoniem(BSN_VAN_AMIRA))
                .setPeildatum(PEILDATUM).setGemeentecode("0363").build());
        publiceer(kafka, ContractEvents.inburgeringsplichtGeleverd().setPseudoniem(pseudoniem(BSN_VAN_AMIRA))
                .setPeildatum(PEILDATUM).setGemeentecode("0363").setAantalBoetes(1).build());
        publiceer(kafka, ContractEvents.verblijfsgegevensGeleverd().setPseudoniem(pseudoniem(BSN_VAN_JOHAN))
                .setPeildatum(PEILDATUM).build());
        // a month earlier, which a run for PEILDATUM leaves out
        publiceer(kafka, ContractEvents.inburgeringsplichtGeleverd().setPseudoniem(pseudoniem(BSN_VAN_AMIRA))
                .setPeildatum(PEILDATUM.minusMonths(1)).build());

        uitkomst = new CbsDataset(kafka, Arrays.stream(Bron.values()).map(Bron::topic).toList(),
                new CbsSleutels(TestCbsSleutels.privePem(), TestCbsSleutels.GEHEIM), PEILDATUM).schrijf(uitvoer);
    }

    private static String pseudoniem(String bsn) {
        String pseudoniem = PARTNER.pseudoniem(Bsn.of(bsn));
        PARTNERPSEUDONIEMEN.add(pseudoniem);
        return pseudoniem;
    }

    private static void publiceer(String kafka, org.apache.avro.specific.SpecificRecord event) {
        String sleutel = UUID.randomUUID().toString();
        SLEUTELS.add(sleutel);
        TestPartner.publiceer(kafka, sleutel, event);
    }

    @Test
    void de_records_van_een_persoon_uit_de_vier_bronnen_delen_een_cbs_pseudoniem() throws IOException {
        String amira = new CbsSleutels(TestCbsSleutels.privePem(), TestCbsSleutels.GEHEIM)
                .cbsPseudoniem(PARTNER.pseudoniem(Bsn.of(BSN_VAN_AMIRA)));

        for (Bron bron : Bron.values()) {
            assertThat(kolom(bron.bestand(), "cbs_pseudoniem")).as(bron.bestand()).contains(amira);
        }
        assertThat(rijen(CbsDataset.KOPPELTABEL)).contains(List.of(amira, PEILDATUM.toString(), "1", "1", "1", "1"));
        assertThat(uitkomst.personen()).isEqualTo(2);
        assertThat(uitkomst.records()).containsEntry(Bron.IND, 2).containsEntry(Bron.DUO, 1);
    }

    @Test
    void de_dataset_bevat_geen_bsn_geen_kafkasleutel_en_geen_pseudoniem_van_een_partner() throws IOException {
        String bestanden;
        try (var paden = Files.list(uitvoer)) {
            bestanden = paden.map(CbsDatasetTest::lees).collect(Collectors.joining("\n"));
        }
        assertThat(bestanden).isNotBlank();
        for (String verboden : List.of(BSN_VAN_AMIRA, BSN_VAN_JOHAN)) {
            assertThat(bestanden).doesNotContain(verboden);
        }
        for (String sleutel : SLEUTELS) {
            assertThat(bestanden).doesNotContain(sleutel);
        }
        for (String pseudoniem : PARTNERPSEUDONIEMEN) {
            assertThat(bestanden).doesNotContain(pseudoniem.substring(0, 40));
        }
    }

    @Test
    void de_datadictionary_beschrijft_precies_de_kolommen_van_elk_bestand() throws IOException {
        Map<String, List<String>> beschreven = rijen(CbsDataset.DATADICTIONARY).stream()
                .collect(Collectors.groupingBy(r -> r.get(0), java.util.LinkedHashMap::new,
                        Collectors.mapping(r -> r.get(1), Collectors.toList())));
        List<String> bestanden = new ArrayList<>();
        for (Bron bron : Bron.values()) {
            bestanden.add(bron.bestand());
        }
        bestanden.add(CbsDataset.KOPPELTABEL);

        assertThat(beschreven.keySet()).containsExactlyInAnyOrderElementsOf(bestanden);
        for (String bestand : bestanden) {
            assertThat(beschreven.get(bestand)).as(bestand).isEqualTo(kop(bestand));
        }
        assertThat(rijen(CbsDataset.DATADICTIONARY)).allSatisfy(r -> assertThat(r.get(2)).isNotBlank());
    }

    private static String lees(Path pad) {
        try {
            return Files.readString(pad, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> kop(String bestand) throws IOException {
        return csv(Files.readAllLines(uitvoer.resolve(bestand)).get(0));
    }

    private static List<List<String>> rijen(String bestand) throws IOException {
        return Files.readAllLines(uitvoer.resolve(bestand)).stream().skip(1).map(CbsDatasetTest::csv).toList();
    }

    private static List<String> kolom(String bestand, String naam) throws IOException {
        int i = kop(bestand).indexOf(naam);
        return rijen(bestand).stream().map(r -> r.get(i)).toList();
    }

    /** One CSV line (RFC 4180 quoting, no line breaks inside a field in this dataset). */
    private static List<String> csv(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == ',') {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }
}
