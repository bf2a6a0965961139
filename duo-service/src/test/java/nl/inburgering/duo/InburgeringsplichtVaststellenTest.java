package nl.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity.Status;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.leerbaarheidstoets.persistence.ToetsRepository;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class InburgeringsplichtVaststellenTest {

    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    ToetsRepository toetsen;

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void indLevert(String bsn, Verblijfsdoel doel, String gemeentecode) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.verblijfsdoelDoorgegeven()
                .setBsn(bsn).setVerblijfsdoel(doel)
                .setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 9, 1)).setGemeentecodeInschrijving(gemeentecode)
                .setDatumInschrijving(LocalDate.of(2026, 9, 14)).build());
    }

    @Test
    void een_plichtige_gezinsvormer_leidt_tot_inburgeringsplicht_vastgesteld_aan_zijn_gemeente_en_een_klaargezette_toets() {
        String bsn = TestBsn.nieuw();

        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, "0344");

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn));
        assertThat(TestPartner.bevat(record, "0344")).isTrue();
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("nl.inburgering.inburgeringsplicht-vastgesteld");
        assertThat(plichten.findById(bsn)).get().extracting(p -> p.getStatus(), p -> p.getBegindatum())
                .containsExactly(Status.PLICHTIG, LocalDate.of(2026, 9, 14));
        assertThat(toetsen.findByBsnOrderByKlaargezetOpAsc(bsn)).hasSize(1);
    }

    @Test
    void een_kennismigrant_wordt_vastgelegd_als_niet_plichtig_zonder_bericht_aan_de_gemeente() {
        String bsn = TestBsn.nieuw();

        indLevert(bsn, Verblijfsdoel.KENNISMIGRANT, "0344");

        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));
        assertThat(plichten.findById(bsn).get().getStatus()).isEqualTo(Status.NIET_PLICHTIG);
        assertThat(toetsen.findByBsnOrderByKlaargezetOpAsc(bsn)).isEmpty();
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn)))
                .isEmpty();
    }

    @Test
    void verblijfsdoelen_met_een_ongeldig_bsn_gaan_met_reden_naar_de_dlt() {
        String ongeldig = "123456789";

        indLevert(ongeldig, Verblijfsdoel.ASIEL, "0344");

        var dlt = TestPartner.wachtOp(kafka(), TopicCatalogue.VERBLIJFSDOELEN.deadLetterTopic(),
                r -> TestPartner.bevat(r, ongeldig));
        assertThat(new String(dlt.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("ongeldig BSN");
        assertThat(plichten.existsById(ongeldig)).isFalse();
    }
}
