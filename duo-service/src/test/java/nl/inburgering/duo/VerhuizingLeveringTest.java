package nl.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/** Seed §13.2 at DUO: after a verhuizing the plicht of a plichtige goes to the new gemeente, so both views agree. */
@SpringBootTest(properties = "spring.config.name=duo-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class VerhuizingLeveringTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";

    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    JdbcClient jdbc;

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void indLevert(String bsn, Verblijfsdoel doel, String gemeentecode) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.verblijfsdoelDoorgegeven()
                .setBsn(bsn).setVerblijfsdoel(doel)
                .setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 9, 1)).setGemeentecodeInschrijving(gemeentecode)
                .setDatumInschrijving(LocalDate.of(2026, 9, 14)).build());
    }

    private static void brpVerhuist(String bsn, String van, String naar) {
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.ingezeteneVerhuisd().setBsn(bsn)
                .setGemeentecodeOud(van).setGemeentecodeNieuw(naar).setDatumVerhuizing(LocalDate.of(2026, 11, 2))
                .build());
    }

    private static InburgeringsplichtVastgesteld plichtOpTopicVan(String gemeentecode, String bsn) {
        return AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, gemeentecode),
                r -> TestPartner.bevat(r, bsn)).value(), InburgeringsplichtVastgesteld.class);
    }

    @Test
    void na_een_verhuizing_levert_duo_de_plicht_aan_de_nieuwe_gemeente_als_overdracht() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.GEZINSVORMING, AMSTERDAM);
        assertThat(plichtOpTopicVan(AMSTERDAM, bsn).getAanleiding()).isEqualTo(Aanleiding.NIEUW);

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM);

        InburgeringsplichtVastgesteld aanRotterdam = plichtOpTopicVan(ROTTERDAM, bsn);
        assertThat(aanRotterdam.getGemeentecode()).isEqualTo(ROTTERDAM);
        assertThat(aanRotterdam.getOntvanger()).isEqualTo(Ontvanger.GEMEENTE);
        assertThat(aanRotterdam.getAanleiding()).isEqualTo(Aanleiding.OVERDRACHT_NA_VERHUIZING);
        assertThat(aanRotterdam.getBegindatum()).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void de_verhuizing_van_een_niet_plichtige_levert_niets() {
        String bsn = TestBsn.nieuw();
        indLevert(bsn, Verblijfsdoel.KENNISMIGRANT, AMSTERDAM);
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));

        brpVerhuist(bsn, AMSTERDAM, ROTTERDAM);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> plichten.findById(bsn).orElseThrow().getGemeentecode().equals(ROTTERDAM));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from outbox_event"
                + " where gepubliceerd_op is null").query(Long.class).single() == 0);
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn)))
                .isEmpty();
    }
}
