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
 * however many persons. Also the persons marked for recomputation ({@code werkvoorraad_signaalindex_open}): a fact's
 * transaction marks, the worker recomputes in batches and clears the marks it saw.
 */
@Repository
public class SignaalmomentRegister {

    /** One window of one person, as stored; {@code sinds}: what the signal reports as its sinds inside it. */
    public record Moment(String bsn, String gemeentecode, String signaalsoort, LocalDate vanaf, LocalDate tot,
            LocalDate sinds) {
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
                    datum(m.vanaf()), datum(m.tot()), datum(m.sinds()) }));
            termijnen.add(new Object[] { datum(stand.einddatumTermijn()), stand.bsn() });
        }
        if (!momenten.isEmpty()) {
            // with the person's key in the werkvoorraad's order as his row has it now (V202): the windows are walked
            // in that order; a change of the row marks him, so the worker writes them again
            jdbc.batchUpdate("insert into werkvoorraad_signaalmoment"
                    + " (bsn, gemeentecode, signaalsoort, vanaf, tot, sinds, ontvangen_op, inburgeraar_id)"
                    + " select v.bsn, v.gemeentecode, v.signaalsoort, v.vanaf, v.tot, v.sinds, i.ontvangen_op, i.id"
                    + " from (values (?, ?, ?, ?::date, ?::date, ?::date)) v (bsn, gemeentecode, signaalsoort, vanaf,"
                    + " tot, sinds) left join inburgeraar i on i.bsn = v.bsn", momenten);
        }
        if (!termijnen.isEmpty()) {
            jdbc.batchUpdate("update inburgeraar set einddatum_termijn = ? where bsn = ?"
                    + " and einddatum_termijn is distinct from ?", termijnen.stream()
                            .map(t -> new Object[] { t[0], t[1], t[0] }).toList());
        }
    }

    /** A marked person as the worker read him: the mark's version, to clear only what it recomputed. */
    public record Open(String bsn, long versie) {
    }

    /** After so many failed recomputations a person is left marked (still a candidate) and not tried again. */
    public static final int MAXIMUM_POGINGEN = 5;

    /**
     * Marks these persons for recomputation, or marks them again (a new version) when they already are. In BSN order,
     * so two transactions marking the same persons take their row locks in the same order.
     */
    public void markeer(Collection<String> bsns) {
        jdbc.batchUpdate("insert into werkvoorraad_signaalindex_open as o (bsn) values (?) on conflict (bsn)"
                + " do update set versie = o.versie + 1, gemerkt_op = now(), pogingen = 0",
                bsns.stream().sorted().distinct().map(bsn -> new Object[] { bsn }).toList());
    }

    /** At most {@code aantal} marked persons, longest waiting first, without those that failed too often. */
    public List<Open> open(int aantal) {
        return jdbc.query("select bsn, versie from werkvoorraad_signaalindex_open where pogingen < ?"
                + " order by gemerkt_op limit ?", (rs, i) -> new Open(rs.getString(1), rs.getLong(2)),
                MAXIMUM_POGINGEN, aantal);
    }

    /** The marked persons of one gemeente (every one, whatever his pogingen): candidates of every signal filter. */
    public List<String> openIn(String gemeentecode) {
        return jdbc.queryForList("select o.bsn from werkvoorraad_signaalindex_open o join inburgeraar i on i.bsn = o.bsn"
                + " where i.gemeentecode = ?", String.class, gemeentecode);
    }

    /** Clears the marks as they were read: a person marked again since keeps his (newer) mark. */
    public void bijgewerkt(Collection<Open> bijgewerkt) {
        jdbc.batchUpdate("delete from werkvoorraad_signaalindex_open where bsn = ? and versie = ?",
                bijgewerkt.stream().map(o -> new Object[] { o.bsn(), o.versie() }).toList());
    }

    /**
     * Whether this transaction is the only one recomputing in this database: a transaction-scoped advisory lock, given
     * up at its end, so two instances of the service never replace a person's windows side by side.
     */
    public boolean alleenBijwerker() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext('werkvoorraad_signaalindex'))",
                Boolean.class));
    }

    /** Counts a failed recomputation of this person (in a transaction of its own: the failed one rolled back). */
    public void mislukt(String bsn) {
        jdbc.update("update werkvoorraad_signaalindex_open set pogingen = pogingen + 1 where bsn = ?", bsn);
    }

    private static Date datum(LocalDate dag) {
        return dag == null ? null : Date.valueOf(dag);
    }
}
