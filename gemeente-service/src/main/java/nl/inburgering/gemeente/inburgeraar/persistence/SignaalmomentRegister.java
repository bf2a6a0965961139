package nl.inburgering.gemeente.inburgeraar.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The werkvoorraad's signal index (decision 0046): per person the windows in which a signal may hold
 * ({@code werkvoorraad_signaalmoment}) and the last day of his termijn ({@code inburgeraar.einddatum_termijn}).
 * Written with plain JDBC in the caller's transaction: a person's rows are replaced as a whole, three statements for
 * however many persons.
 */
@Repository
public class SignaalmomentRegister {

    /** One window of one person, as stored. */
    public record Moment(String bsn, String gemeentecode, String signaalsoort, LocalDate vanaf, LocalDate tot) {
    }

    /** What is kept of one person: his windows and his termijn's last day (null without a termijn). */
    public record Stand(String bsn, List<Moment> momenten, LocalDate einddatumTermijn) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SignaalmomentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Replaces every window of these persons (in any gemeente: he may have moved) and their termijn's last day. */
    public void vervang(Collection<String> bsns, Collection<Stand> standen) {
        if (bsns.isEmpty()) {
            return;
        }
        named.update("delete from werkvoorraad_signaalmoment where bsn in (:bsns)",
                new MapSqlParameterSource("bsns", bsns));
        List<Object[]> momenten = new ArrayList<>();
        List<Object[]> termijnen = new ArrayList<>();
        for (Stand stand : standen) {
            stand.momenten().forEach(m -> momenten.add(new Object[] { m.bsn(), m.gemeentecode(), m.signaalsoort(),
                    datum(m.vanaf()), datum(m.tot()) }));
            termijnen.add(new Object[] { datum(stand.einddatumTermijn()), stand.bsn() });
        }
        if (!momenten.isEmpty()) {
            jdbc.batchUpdate("insert into werkvoorraad_signaalmoment (bsn, gemeentecode, signaalsoort, vanaf, tot)"
                    + " values (?, ?, ?, ?, ?)", momenten);
        }
        if (!termijnen.isEmpty()) {
            jdbc.batchUpdate("update inburgeraar set einddatum_termijn = ? where bsn = ?"
                    + " and einddatum_termijn is distinct from ?", termijnen.stream()
                            .map(t -> new Object[] { t[0], t[1], t[0] }).toList());
        }
    }

    private static Date datum(LocalDate dag) {
        return dag == null ? null : Date.valueOf(dag);
    }
}
