package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.LocalPostgres;

/**
 * The Meter's count of one service database (issue 17: the kind of recipient per distinct topic, not per row), on a
 * real PostgreSQL: what it counts must stay what the benchmark waits for and reports.
 */
class MeterStandTest {

    private static LocalPostgres postgres;
    private static Connection c;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.startTemporary();
        c = postgres.connect("duo");
        try (Statement s = c.createStatement()) {
            // the columns of the platform's outbox and inbox (V1, V8) that the count reads
            s.execute("""
                    create table outbox_event (volgnummer bigserial primary key, id uuid not null, topic text not null,
                      type text not null, gepubliceerd_op timestamptz, unique (id, topic));
                    create table inbox_event (source text not null, id text not null, type text not null,
                      topic text not null, primary key (source, id));
                    """);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        postgres.close();
    }

    @Test
    void een_feit_voor_twee_gemeenten_telt_een_keer_en_de_achterstand_en_de_toegepaste_events_per_soort_afnemer() throws Exception {
        String plicht = "duo.inburgeringsplicht.v1";
        String vastgesteld = "nl.inburgering.InburgeringsplichtVastgesteld";
        String gewijzigd = "nl.inburgering.InburgeringsplichtGewijzigd";
        try (Statement s = c.createStatement()) {
            s.execute("truncate outbox_event; truncate inbox_event");
            // one gewijzigd to two gemeenten with one id (decision 0018), one vastgesteld to a gemeente, two to COA
            // of which one not yet published, and a topic without recipients
            s.execute("""
                    insert into outbox_event (id, topic, type, gepubliceerd_op) values
                      ('00000000-0000-0000-0000-000000000001', '%1$s.gemeente.0363', '%3$s', now()),
                      ('00000000-0000-0000-0000-000000000001', '%1$s.gemeente.0344', '%3$s', now()),
                      ('00000000-0000-0000-0000-000000000002', '%1$s.gemeente.0363', '%2$s', now()),
                      ('00000000-0000-0000-0000-000000000003', '%1$s.coa', '%2$s', now()),
                      ('00000000-0000-0000-0000-000000000004', '%1$s.coa', '%2$s', null),
                      ('00000000-0000-0000-0000-000000000005', 'ind.verblijfsdoelen.v1', 'nl.inburgering.Verblijfsdoel', now())
                    """.formatted(plicht, vastgesteld, gewijzigd));
            s.execute("""
                    insert into inbox_event (source, id, type, topic) values
                      ('ind', 'a', 'nl.inburgering.Verblijfsdoel', 'ind.verblijfsdoelen.v1'),
                      ('ind', 'b', 'nl.inburgering.Verblijfsdoel', 'ind.verblijfsdoelen.v1'),
                      ('coa', 'c', 'nl.inburgering.Koppeling', 'coa.inburgeraar-gekoppeld-aan-gemeente.v1.gemeente.0363'),
                      ('coa', 'd', 'nl.inburgering.Koppeling', 'coa.inburgeraar-gekoppeld-aan-gemeente.v1.gemeente.0344'),
                      ('instelling', 'e', 'nl.inburgering.Inspanning', 'instelling.inspanning.v1.instelling.12345')
                    """);
        }

        Map<String, Long> telling = telling(Meter.STAND);

        assertThat(telling).containsExactlyInAnyOrderEntriesOf(Map.of(
                "achterstand  ", 1L,
                "uit " + plicht + ".gemeente " + gewijzigd, 1L,
                "uit " + plicht + ".gemeente " + vastgesteld, 1L,
                "uit " + plicht + ".coa " + vastgesteld, 2L,
                "uit ind.verblijfsdoelen.v1 nl.inburgering.Verblijfsdoel", 1L,
                "in ind.verblijfsdoelen.v1 nl.inburgering.Verblijfsdoel", 2L,
                "in coa.inburgeraar-gekoppeld-aan-gemeente.v1.gemeente nl.inburgering.Koppeling", 2L,
                "in instelling.inspanning.v1.instelling nl.inburgering.Inspanning", 1L));
        assertThat(telling).as("as the count per row of before").isEqualTo(telling("""
                select 'achterstand', '', '', count(*) from outbox_event where gepubliceerd_op is null
                union all select 'uit', %1$s, type, count(distinct id) from outbox_event group by 2, 3
                union all select 'in', %1$s, type, count(*) from inbox_event group by 2, 3
                """.formatted(Meter.PER_SOORT_AFNEMER)));
    }

    private static Map<String, Long> telling(String sql) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                m.merge(r.getString(1) + " " + r.getString(2) + " " + r.getString(3), r.getLong(4), Long::sum);
            }
        }
        return m;
    }
}
