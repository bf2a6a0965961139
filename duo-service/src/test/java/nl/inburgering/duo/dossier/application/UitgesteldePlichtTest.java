package nl.inburgering.duo.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
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
import nl.inburgering.platform.time.VerschuifbareKlok;

/** A 17-year-old becomes plichtig on his 18th birthday, once, with his #3 and his leerbaarheidstoets. */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.klok.verschuifbaar=true" })
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class UitgesteldePlichtTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    ToetsRepository toetsen;
    @Autowired
    UitgesteldePlichtJob job;

    @AfterEach
    void klokTerug() {
        VerschuifbareKlok.GEDEELD.zetTerug();
    }

    @Test
    void een_zeventienjarige_wordt_op_zijn_achttiende_verjaardag_eenmaal_plichtig_met_zijn_plicht_aan_de_gemeente() {
        String bsn = TestBsn.nieuw();
        LocalDate achttiendeVerjaardag = LocalDate.now(NL).plusDays(10);
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "s-" + bsn,
                ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn).setVNummer("7" + bsn)
                        .setVerblijfsdoel(Verblijfsdoel.GEZINSVORMING).setNationaliteit("AF")
                        .setGeboortedatum(achttiendeVerjaardag.minusYears(18))
                        .setIngangsdatumVerblijfsrecht(LocalDate.now(NL).minusMonths(2))
                        .setDatumInschrijving(LocalDate.now(NL).minusMonths(1)).setGemeentecodeInschrijving("0344")
                        .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));
        assertThat(plichten.findById(bsn).get().getStatus()).isEqualTo(Status.NOG_NIET_PLICHTIG);

        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(11));
        job.herbeoordeel();
        job.herbeoordeel();

        assertThat(plichten.findById(bsn)).get().extracting(p -> p.getStatus(), p -> p.getBegindatum())
                .containsExactly(Status.PLICHTIG, achttiendeVerjaardag);
        assertThat(toetsen.findByBsnOrderByKlaargezetOpAsc(bsn)).hasSize(1);
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TopicCatalogue.INBURGERINGSPLICHT.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TopicCatalogue.INBURGERINGSPLICHT.name(), r -> TestPartner.bevat(r, bsn))).hasSize(1);
    }
}
