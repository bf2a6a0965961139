package nl.inburgering.duo.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    @Autowired
    JdbcClient jdbc;

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
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, bsn));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, bsn))).hasSize(1);
    }

    @Test
    void een_persoon_die_niet_te_beoordelen_is_houdt_de_anderen_niet_op() {
        String onleesbaar = TestBsn.nieuw();
        // A row DUO cannot decide (a verblijfsdoel no release knows), due first.
        jdbc.sql("""
                insert into inburgeringsplicht (bsn, v_nummer, status, begindatum, gemeentecode, vastgesteld_op,
                    gewijzigd_op, verblijfsdoel, referent_is_asielstatushouder, nationaliteit, geboortedatum,
                    ingangsdatum_verblijfsrecht, datum_inschrijving)
                values (?, ?, 'NOG_NIET_PLICHTIG', date '2000-01-01', '0344', date '1999-06-01', date '1999-06-01',
                    'ONBEKEND_DOEL', false, 'AF', date '1982-01-01', date '1999-05-01', date '1999-05-15')
                """).params(onleesbaar, "7" + onleesbaar).update();
        try {
            String bsn = zeventienjarigeDieOver(Duration.ofDays(10)).bsn();

            VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(11));
            job.herbeoordeel();

            assertThat(plichten.findById(bsn).get().getStatus()).isEqualTo(Status.PLICHTIG);
            assertThat(jdbc.sql("select status from inburgeringsplicht where bsn = ?").param(onleesbaar)
                    .query(String.class).single()).isEqualTo("NOG_NIET_PLICHTIG");
        } finally {
            jdbc.sql("delete from inburgeringsplicht where bsn = ?").param(onleesbaar).update();
        }
    }

    @Test
    void twee_instanties_van_de_job_tegelijk_stellen_de_plicht_eenmaal_vast_met_een_toets() throws Exception {
        Verjaardag jarige = zeventienjarigeDieOver(Duration.ofDays(10));
        VerschuifbareKlok.GEDEELD.verzet(Duration.ofDays(11));

        ExecutorService tweeInstanties = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var eerste = tweeInstanties.submit(() -> {
                start.await();
                job.herbeoordeel();
                return null;
            });
            var tweede = tweeInstanties.submit(() -> {
                start.await();
                job.herbeoordeel();
                return null;
            });
            start.countDown();
            eerste.get();
            tweede.get();
        } finally {
            tweeInstanties.shutdown();
        }

        assertThat(toetsen.findByBsnOrderByKlaargezetOpAsc(jarige.bsn())).hasSize(1);
        TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), TopicCatalogue.INBURGERINGSPLICHT,
                r -> TestPartner.bevat(r, jarige.bsn()));
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TopicCatalogue.INBURGERINGSPLICHT, r -> TestPartner.bevat(r, jarige.bsn()))).hasSize(1);
    }

    @Test
    void de_database_laat_per_persoon_een_klaargezette_toets_toe() {
        String bsn = TestBsn.nieuw();
        String toets = "insert into leerbaarheidstoets (id, bsn, status, klaargezet_op, examennummer)"
                + " values (?, ?, ?, now(), ?)";
        jdbc.sql(toets).params(UUID.randomUUID(), bsn, "KLAARGEZET", "T1" + bsn.substring(0, 9)).update();
        jdbc.sql(toets).params(UUID.randomUUID(), bsn, "ONGELDIG", "T2" + bsn.substring(0, 9)).update();

        assertThatThrownBy(() -> jdbc.sql(toets).params(UUID.randomUUID(), bsn, "KLAARGEZET", "T3" + bsn.substring(0, 9))
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private record Verjaardag(String bsn, LocalDate achttiende) {
    }

    /** A gezinsmigrant of 17 from IND (#1), in the database as not yet plichtig. */
    private Verjaardag zeventienjarigeDieOver(Duration tot18) {
        String bsn = TestBsn.nieuw();
        LocalDate achttiendeVerjaardag = LocalDate.now(NL).plusDays(tot18.toDays());
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "s-" + bsn,
                ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn).setVNummer("7" + bsn)
                        .setVerblijfsdoel(Verblijfsdoel.GEZINSVORMING).setNationaliteit("AF")
                        .setGeboortedatum(achttiendeVerjaardag.minusYears(18))
                        .setIngangsdatumVerblijfsrecht(LocalDate.now(NL).minusMonths(2))
                        .setDatumInschrijving(LocalDate.now(NL).minusMonths(1)).setGemeentecodeInschrijving("0344")
                        .build());
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));
        return new Verjaardag(bsn, achttiendeVerjaardag);
    }
}
