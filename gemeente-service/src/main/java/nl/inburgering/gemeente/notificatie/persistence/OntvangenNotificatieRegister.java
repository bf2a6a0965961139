package nl.inburgering.gemeente.notificatie.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications DUO delivered (table {@code ontvangen_notificatie}), once per berichtId, and their processing. */
@Repository
public class OntvangenNotificatieRegister {

    public record Rij(UUID berichtId, long volgnummer, String gemeentecode, String bsn, Long vNummer,
            String gebeurtenisId, Instant registratieDatumTijd, Instant ontvangenOp, Instant verwerktOp,
            String uitkomst, int pogingen, String laatsteFout) {
    }

    private static final String KOLOMMEN = "bericht_id, volgnummer, gemeentecode, bsn, v_nummer, gebeurtenis_id,"
            + " registratie_datum_tijd, ontvangen_op, verwerkt_op, uitkomst, pogingen, laatste_fout";

    private final JdbcClient jdbc;

    OntvangenNotificatieRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this berichtId was received before (the repeat changes nothing) */
    public boolean neemOp(UUID berichtId, String gemeentecode, String bsn, Long vNummer, String gebeurtenisId,
            Instant registratie, Instant ontvangen) {
        return jdbc.sql("""
                insert into ontvangen_notificatie (bericht_id, gemeentecode, bsn, v_nummer, gebeurtenis_id,
                                                   registratie_datum_tijd, ontvangen_op)
                values (:id, :gemeente, :bsn, :vnummer, :gebeurtenis, :registratie, :ontvangen)
                on conflict (bericht_id) do nothing
                """).param("id", berichtId).param("gemeente", gemeentecode).param("bsn", bsn)
                .param("vnummer", vNummer).param("gebeurtenis", gebeurtenisId)
                .param("registratie", Timestamp.from(registratie)).param("ontvangen", Timestamp.from(ontvangen))
                .update() == 1;
    }

    /** Not yet processed, in the order of arrival. */
    public List<Rij> teVerwerken(int maximum) {
        return jdbc.sql("select " + KOLOMMEN + " from ontvangen_notificatie where verwerkt_op is null"
                + " order by volgnummer limit ?").param(maximum).query(this::rij).list();
    }

    /** Locks the unprocessed notification for this transaction; false when done or another instance has it. */
    public boolean vergrendel(UUID berichtId) {
        return jdbc.sql("select bericht_id from ontvangen_notificatie where bericht_id = ? and verwerkt_op is null"
                + " for update skip locked").param(berichtId).query(UUID.class).optional().isPresent();
    }

    public void verwerkt(UUID berichtId, String uitkomst, Instant op) {
        jdbc.sql("update ontvangen_notificatie set verwerkt_op = ?, uitkomst = ?, pogingen = pogingen + 1"
                + " where bericht_id = ?").param(Timestamp.from(op)).param(uitkomst).param(berichtId).update();
    }

    public void mislukt(UUID berichtId, String fout) {
        jdbc.sql("update ontvangen_notificatie set pogingen = pogingen + 1, laatste_fout = ? where bericht_id = ?")
                .param(fout.length() > 500 ? fout.substring(0, 500) : fout).param(berichtId).update();
    }

    /** Every notification about this person for this gemeente, oldest first. */
    public List<Rij> van(String gemeentecode, String bsn) {
        return jdbc.sql("select " + KOLOMMEN + " from ontvangen_notificatie where gemeentecode = ? and bsn = ?"
                + " order by volgnummer").param(gemeentecode).param(bsn).query(this::rij).list();
    }

    private Rij rij(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp verwerkt = rs.getTimestamp(9);
        Long vNummer = rs.getObject(5, Long.class);
        return new Rij(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4),
                vNummer, rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant(), verwerkt == null ? null : verwerkt.toInstant(), rs.getString(10),
                rs.getInt(11), rs.getString(12));
    }
}
