package nl.inburgering.platform.logboek;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgering.platform.events.Pseudoniem;

/**
 * The read side of the {@link Logboek}, for auditors, inzageverzoeken and tests: what was processed of
 * one person, or in one trace. It reads; it never writes a record itself, so an auditor's query is
 * recorded by the use case that offers it, if that is a processing of its own.
 */
public class Logboekinzage {

    private final JdbcClient jdbc;
    private final Pseudoniem pseudoniem;

    public Logboekinzage(JdbcClient jdbc, Pseudoniem pseudoniem) {
        this.jdbc = jdbc;
        this.pseudoniem = pseudoniem;
    }

    /** Every record about the person with this BSN, oldest first. */
    public List<Verwerkingsrecord> voorBetrokkene(String bsn) {
        return jdbc.sql("select * from logboek_dataverwerking where data_subject_id = ? order by start_time, end_time")
                .param(pseudoniem.van(bsn)).query(Logboekinzage::record).list();
    }

    /** Every record of one trace, oldest first. */
    public List<Verwerkingsrecord> voorTrace(String traceId) {
        return jdbc.sql("select * from logboek_dataverwerking where trace_id = ? order by start_time, end_time")
                .param(traceId).query(Logboekinzage::record).list();
    }

    private static Verwerkingsrecord record(ResultSet rs, int rij) throws SQLException {
        return new Verwerkingsrecord(rs.getObject("id", UUID.class), rs.getString("trace_id"), rs.getString("span_id"),
                rs.getString("parent_span_id"), rs.getString("processing_activity_id"),
                rs.getString("processing_activity_name"), Verwerkingsrecord.Status.valueOf(rs.getString("status_code")),
                rs.getString("data_subject_id"), rs.getString("data_subject_id_type"), rs.getString("organisatie_oin"),
                rs.getString("gemeentecode"), rs.getString("instellingsnummer"), rs.getString("service"),
                tijd(rs.getTimestamp("start_time")), tijd(rs.getTimestamp("end_time")));
    }

    private static java.time.Instant tijd(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
