package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import nl.inburgering.platform.bewaring.Bewaartermijnen;

/** Issue 11 item 22: the inbox and the Logboek are pruned after their bewaartermijn, in batches. */
@PlatformIntegratieTest
@DirtiesContext
class BewaartermijnenTest {

    @Autowired
    Bewaartermijnen bewaartermijnen;
    @Autowired
    JdbcClient jdbc;

    @Test
    void inbox_en_logboek_houden_alleen_wat_binnen_hun_bewaartermijn_valt() {
        Instant nu = Instant.now();
        String oud = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        for (int i = 0; i < 2_500; i++) { // more than one batch
            inbox(oud + "-" + i, nu.minus(Duration.ofDays(401)));
        }
        inbox(recent, nu.minus(Duration.ofDays(399)));
        logboek(oud, nu.minus(Duration.ofDays(7306)));
        logboek(recent, nu.minus(Duration.ofDays(7304)));

        bewaartermijnen.ruimOp();

        assertThat(jdbc.sql("select count(*) from inbox_event where id like ?").param(oud + "%")
                .query(Long.class).single()).as("inbox ouder dan 400 dagen").isZero();
        assertThat(jdbc.sql("select count(*) from inbox_event where id = ?").param(recent)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select processing_activity_id from logboek_dataverwerking where processing_activity_id in (?, ?)")
                .params(oud, recent).query(String.class).list()).as("Logboek ouder dan 20 jaar").containsExactly(recent);
    }

    private void inbox(String id, Instant ontvangen) {
        jdbc.sql("""
                insert into inbox_event (source, id, type, topic, ontvangen_op)
                values ('urn:nld:oin:00000001003214345000:systeem:gemeente-service', ?, 't', 'brp.inschrijvingen.v1', ?)""")
                .params(id, Timestamp.from(ontvangen)).update();
    }

    private void logboek(String activiteit, Instant einde) {
        jdbc.sql("""
                insert into logboek_dataverwerking (id, trace_id, span_id, processing_activity_id,
                    processing_activity_name, status_code, data_subject_id, data_subject_id_type, organisatie_oin,
                    service, start_time, end_time)
                values (?, repeat('a', 32), repeat('b', 16), ?, 'test', 'OK', 'x', 'BSN', '00000001003214345000',
                    'platform-test', ?, ?)""")
                .params(UUID.randomUUID(), activiteit, Timestamp.from(einde), Timestamp.from(einde)).update();
    }
}
