package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/** Decision 0018: the outbox stores a stelseldienst per recipient on the topic of each recipient, and only there. */
@PlatformIntegratieTest
class OutboxPerAfnemerTest {

    private static final String AMSTERDAM = TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, "0363");
    private static final String ROTTERDAM = TestPartner.gemeentetopic(TopicCatalogue.INBURGERINGSPLICHT, "0599");

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxWaarnemingen waarnemingen;

    @Test
    void een_plicht_voor_gemeente_0363_staat_op_het_topic_van_0363_en_niet_op_dat_van_0599_of_coa() {
        String bsn = TestBsn.nieuw();
        var plicht = ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode("0363")
                .setOntvanger(Ontvanger.GEMEENTE).build();

        UUID id = transaction.execute(status -> outbox.publiceer(bsn, plicht));

        assertThat(jdbc.sql("select topic from outbox_event where id = ?").param(id).query(String.class).list())
                .containsExactly(AMSTERDAM);
        TestPartner.wachtOp(kafka(), AMSTERDAM, r -> TestPartner.bevat(r, bsn));
        assertThat(TestPartner.alles(kafka(), ROTTERDAM, r -> TestPartner.bevat(r, bsn))).isEmpty();
        assertThat(TestPartner.alles(kafka(), TestPartner.topicVan(TopicCatalogue.INBURGERINGSPLICHT,
                nl.inburgering.contracts.Ketenpartner.COA), r -> TestPartner.bevat(r, bsn))).isEmpty();
    }

    @Test
    void een_wijziging_na_een_verhuizing_staat_met_een_id_op_de_topics_van_de_nieuwe_en_de_vorige_gemeente() {
        String bsn = TestBsn.nieuw();
        var gewijzigd = ContractEvents.inburgeringsplichtGewijzigd().setBsn(bsn).setGemeentecode("0363")
                .setVorigeGemeentecode("0599").build();

        UUID id = transaction.execute(status -> outbox.publiceer(bsn, gewijzigd));

        assertThat(jdbc.sql("select topic from outbox_event where id = ?").param(id).query(String.class).list())
                .containsExactlyInAnyOrder(AMSTERDAM, ROTTERDAM);
        String ceId = id.toString();
        assertThat(TestPartner.wachtOp(kafka(), AMSTERDAM, r -> TestPartner.bevat(r, bsn)).headers()
                .lastHeader("ce_id").value()).asString().isEqualTo(ceId);
        assertThat(TestPartner.wachtOp(kafka(), ROTTERDAM, r -> TestPartner.bevat(r, bsn)).headers()
                .lastHeader("ce_id").value()).asString().isEqualTo(ceId);
    }

    @Test
    void een_waarnemer_van_de_outbox_ziet_elke_rij_met_zijn_afnemer_in_de_transactie_van_het_feit() {
        String bsn = TestBsn.nieuw();
        var gewijzigd = ContractEvents.inburgeringsplichtGewijzigd().setBsn(bsn).setGemeentecode("0363")
                .setVorigeGemeentecode("0599").build();

        UUID id = transaction.execute(status -> outbox.publiceer(bsn, gewijzigd));

        assertThat(waarnemingen.van(bsn)).allSatisfy(w -> {
            assertThat(w.inTransactie()).isTrue();
            assertThat(w.rij().eventId()).isEqualTo(id);
            assertThat(w.rij().event()).isSameAs(gewijzigd);
            assertThat(w.rij().topic()).isEqualTo(TopicCatalogue.INBURGERINGSPLICHT);
        }).extracting(w -> w.rij().topicnaam(), w -> w.rij().afnemer().orElseThrow().code())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(AMSTERDAM, "0363"),
                        org.assertj.core.groups.Tuple.tuple(ROTTERDAM, "0599"));
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
