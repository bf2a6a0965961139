package nl.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.time.VerschuifbareKlok;

/** Seed §3.3 and §15.3 at DUO: #3 to COA first, then #3 and #4 to the gekoppelde gemeente within 1 werkdag. */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.klok.verschuifbaar=true" })
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class AsielstatushouderLeveringTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void klokTerug() {
        VerschuifbareKlok.GEDEELD.zetTerug();
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static void indLevertAsiel(String bsn) {
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVerblijfsdoel(Verblijfsdoel.ASIEL).setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 1, 5))
                .setGemeentecodeInschrijving("0344").setDatumInschrijving(LocalDate.of(2026, 1, 12)).build());
    }

    private static void coaKoppelt(String bsn, String gemeentecode) {
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.inburgeraarGekoppeldAanGemeente().setBsn(bsn)
                .setGemeentecode(gemeentecode).setDatumKoppeling(LocalDate.now(
                        VerschuifbareKlok.GEDEELD)).build());
    }

    private static List<InburgeringsplichtVastgesteld> plichtVoor(String bsn, int aantal) {
        List<ConsumerRecord<String, byte[]>> records = TestPartner.wachtOp(kafka(),
                TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn), aantal);
        return records.stream().map(r -> AvroCodec.decode(r.value(), InburgeringsplichtVastgesteld.class)).toList();
    }

    @Test
    void een_plichtige_asielstatushouder_gaat_eerst_naar_coa_en_na_de_koppeling_met_begeleiding_naar_de_gemeente() {
        String bsn = TestBsn.nieuw();

        indLevertAsiel(bsn);
        InburgeringsplichtVastgesteld aanCoa = plichtVoor(bsn, 1).get(0);
        assertThat(aanCoa.getOntvanger()).isEqualTo(Ontvanger.COA);
        assertThat(aanCoa.getGemeentecode()).as("de AZC-gemeente, ter informatie").isEqualTo("0344");

        coaKoppelt(bsn, "0599");

        InburgeringsplichtVastgesteld aanGemeente = plichtVoor(bsn, 2).get(1);
        assertThat(aanGemeente.getOntvanger()).isEqualTo(Ontvanger.GEMEENTE);
        assertThat(aanGemeente.getGemeentecode()).isEqualTo("0599");
        var begeleiding = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TopicCatalogue.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING, r -> TestPartner.bevat(r, bsn)).value(),
                RechtOpMaatschappelijkeBegeleidingVastgesteld.class);
        assertThat(begeleiding.getGemeentecode()).isEqualTo("0599");
        assertThat(begeleiding.getIngangsdatum()).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void een_nareiziger_die_bij_zijn_gezin_komt_krijgt_plicht_en_begeleiding_van_zijn_gemeente_en_coa_ziet_hem_niet() {
        String bsn = TestBsn.nieuw();

        // IND: asiel as nareiziger (the referent, his family member here, is an asielstatushouder); he is
        // ingeschreven in Amsterdam, where his family lives, and no COA location is involved
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVerblijfsdoel(Verblijfsdoel.ASIEL).setReferentIsAsielstatushouder(true)
                .setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 1, 5)).setGemeentecodeInschrijving("0363")
                .setDatumInschrijving(LocalDate.of(2026, 1, 12)).build());

        InburgeringsplichtVastgesteld plicht = plichtVoor(bsn, 1).get(0);
        assertThat(plicht.getOntvanger()).isEqualTo(Ontvanger.GEMEENTE);
        assertThat(plicht.getGemeentecode()).isEqualTo("0363");
        assertThat(plicht.getGedetailleerdeDoelgroep())
                .isEqualTo(nl.inburgering.contracts.common.GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        var begeleiding = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TopicCatalogue.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING, r -> TestPartner.bevat(r, bsn)).value(),
                RechtOpMaatschappelijkeBegeleidingVastgesteld.class);
        assertThat(begeleiding.getGemeentecode()).isEqualTo("0363");
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSPLICHT.topicVoor(
                nl.inburgering.contracts.Afnemer.van(nl.inburgering.contracts.Ketenpartner.COA)),
                r -> TestPartner.bevat(r, bsn))).as("COA's topic").isEmpty();
    }

    @Test
    void een_asielstatushouder_die_nooit_in_een_coa_locatie_woonde_krijgt_plicht_en_begeleiding_van_zijn_gemeente_en_coa_ziet_hem_niet() {
        String bsn = TestBsn.nieuw();

        // IND: asiel, no nareis; IND knows from the vreemdelingenketen that he never lived in a COA location
        // (his own housing in Amsterdam), and says so in #1 (v2)
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVerblijfsdoel(Verblijfsdoel.ASIEL).setReferentIsAsielstatushouder(false)
                .setOpvangInCoaLocatie(false).setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 1, 5))
                .setGemeentecodeInschrijving("0363").setDatumInschrijving(LocalDate.of(2026, 1, 12)).build());

        InburgeringsplichtVastgesteld plicht = plichtVoor(bsn, 1).get(0);
        assertThat(plicht.getOntvanger()).isEqualTo(Ontvanger.GEMEENTE);
        assertThat(plicht.getGemeentecode()).isEqualTo("0363");
        assertThat(plicht.getGedetailleerdeDoelgroep())
                .isEqualTo(nl.inburgering.contracts.common.GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        var begeleiding = AvroCodec.decode(TestPartner.wachtOp(kafka(),
                TopicCatalogue.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING, r -> TestPartner.bevat(r, bsn)).value(),
                RechtOpMaatschappelijkeBegeleidingVastgesteld.class);
        assertThat(begeleiding.getGemeentecode()).isEqualTo("0363");
        assertThat(TestPartner.alles(kafka(), TopicCatalogue.INBURGERINGSPLICHT.topicVoor(
                nl.inburgering.contracts.Afnemer.van(nl.inburgering.contracts.Ketenpartner.COA)),
                r -> TestPartner.bevat(r, bsn))).as("COA's topic").isEmpty();
    }

    @Test
    void een_herkoppeling_brengt_plicht_en_begeleiding_naar_de_nieuwe_gemeente() {
        String bsn = TestBsn.nieuw();
        indLevertAsiel(bsn);
        plichtVoor(bsn, 1);
        coaKoppelt(bsn, "0599");
        plichtVoor(bsn, 2);
        // his rows only: other test classes of this JVM leave rows with a later (moved) tijd in the same outbox
        String zijnSleutel = TestPartner.wachtOp(kafka(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, bsn), 1).get(0).key();

        coaKoppelt(bsn, "0363");

        assertThat(plichtVoor(bsn, 3).get(2).getGemeentecode()).isEqualTo("0363");
        assertThat(TestPartner.wachtOp(kafka(), TopicCatalogue.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING,
                r -> TestPartner.bevat(r, bsn), 2).stream()
                .map(r -> AvroCodec.decode(r.value(), RechtOpMaatschappelijkeBegeleidingVastgesteld.class)
                        .getGemeentecode()))
                .containsExactly("0599", "0363");
    }

    @Test
    void plicht_en_begeleiding_na_een_koppeling_op_vrijdag_voor_pasen_moeten_uiterlijk_dinsdag_geleverd_zijn() {
        String bsn = TestBsn.nieuw();
        indLevertAsiel(bsn);
        plichtVoor(bsn, 1);
        // Goede Vrijdag 2027 is 26 March; Easter Monday 29 March is no werkdag: 1 werkdag later is Tuesday 30 March.
        Instant goedeVrijdag = LocalDate.of(2027, 3, 26).atTime(10, 0).atZone(NL).toInstant();
        VerschuifbareKlok.GEDEELD.zetOp(goedeVrijdag);

        coaKoppelt(bsn, "0599");
        plichtVoor(bsn, 2);
        // his rows only: other test classes of this JVM leave rows with a later (moved) tijd in the same outbox
        String zijnSleutel = TestPartner.wachtOp(kafka(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, bsn), 1).get(0).key();

        Instant eindeDinsdag = LocalDate.of(2027, 3, 31).atStartOfDay(NL).toInstant();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from outbox_event"
                + " where gepubliceerd_op is null").query(Long.class).single() == 0);
        List<Levering> leveringen = jdbc.sql("""
                select o.type, o.uiterlijk_op, o.gepubliceerd_op from outbox_event o
                where (o.topic like ? or o.topic like ?)
                  and o.tijd >= ? and o.partitiesleutel = ? order by o.volgnummer
                """).param(TopicCatalogue.INBURGERINGSPLICHT.name() + ".%")
                .param(TopicCatalogue.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING.name() + ".%")
                .param(Timestamp.from(goedeVrijdag.minus(Duration.ofMinutes(1))))
                .param(zijnSleutel)
                .query((rs, i) -> new Levering(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list();
        assertThat(leveringen).extracting(Levering::type).contains("nl.inburgering.inburgeringsplicht-vastgesteld",
                "nl.inburgering.recht-op-maatschappelijke-begeleiding-vastgesteld");
        assertThat(leveringen).allSatisfy(levering -> {
            assertThat(levering.uiterlijk()).isEqualTo(eindeDinsdag);
            assertThat(levering.gepubliceerd()).isBefore(levering.uiterlijk());
        });
    }

    record Levering(String type, Instant uiterlijk, Instant gepubliceerd) {
    }
}
