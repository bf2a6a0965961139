package nl.inburgering.duo.notificatie.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notifications DUO sends and their delivery (tables {@code notificatie} and {@code notificatie_abonnee}): what
 * was delivered when, how often it was tried and the last failure, per notification and per gemeente.
 */
@Repository
public class NotificatieRegister {

    /** A notification still to be sent, in the order of its volgnummer. */
    public record Rij(UUID berichtId, long volgnummer, String gemeentecode, String gebeurtenisId, String bsn,
            Instant registratie, int pogingen) {
    }

    /** The delivery state of one gemeente. */
    public record Abonnee(String gemeentecode, int foutenOpRij, Instant volgendePoging, String laatsteFout,
            Instant laatsteFoutOp, Instant laatstAfgeleverdOp) {
    }

    /** What the register holds for one gemeente, without personal data. */
    public record Stand(String gemeentecode, long teVersturen, long afgeleverd, long geweigerd) {
    }

    private final JdbcClient jdbc;

    NotificatieRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void neemOp(UUID berichtId, UUID eventId, String gemeentecode, String gebeurtenisId, String bsn,
            Instant registratie) {
        jdbc.sql("""
                insert into notificatie (bericht_id, event_id, gemeentecode, gebeurtenis_id, bsn, registratie_datum_tijd,
                                         status)
                values (:id, :event, :gemeente, :gebeurtenis, :bsn, :registratie, 'TE_VERSTUREN')
                """)
                .param("id", berichtId).param("event", eventId).param("gemeente", gemeentecode)
                .param("gebeurtenis", gebeurtenisId).param("bsn", bsn)
                .param("registratie", Timestamp.from(registratie)).update();
    }

    /**
     * Locks the gemeente's delivery state for this transaction, creating it the first time; empty when another
     * instance holds it (that one delivers for the gemeente now).
     */
    public Optional<Abonnee> vergrendel(String gemeentecode) {
        jdbc.sql("insert into notificatie_abonnee (gemeentecode) values (?) on conflict do nothing")
                .param(gemeentecode).update();
        return jdbc.sql("""
                select gemeentecode, fouten_op_rij, volgende_poging, laatste_fout, laatste_fout_op, laatst_afgeleverd_op
                from notificatie_abonnee where gemeentecode = ? for update skip locked
                """).param(gemeentecode)
                .query((rs, i) -> new Abonnee(rs.getString(1), rs.getInt(2), instant(rs.getTimestamp(3)),
                        rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .optional();
    }

    public List<Rij> teVersturen(String gemeentecode, int maximum) {
        return jdbc.sql("""
                select bericht_id, volgnummer, gemeentecode, gebeurtenis_id, bsn, registratie_datum_tijd, pogingen
                from notificatie where gemeentecode = ? and status = 'TE_VERSTUREN' order by volgnummer limit ?
                """).param(gemeentecode).param(maximum)
                .query((rs, i) -> new Rij(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)))
                .list();
    }

    public void afgeleverd(UUID berichtId, String gemeentecode, Instant op) {
        jdbc.sql("update notificatie set status = 'AFGELEVERD', pogingen = pogingen + 1, afgeleverd_op = ?"
                + " where bericht_id = ?").param(Timestamp.from(op)).param(berichtId).update();
        jdbc.sql("update notificatie_abonnee set fouten_op_rij = 0, volgende_poging = null, laatst_afgeleverd_op = ?"
                + " where gemeentecode = ?").param(Timestamp.from(op)).param(gemeentecode).update();
    }

    public void geweigerd(UUID berichtId, String fout, Instant op) {
        jdbc.sql("update notificatie set status = 'GEWEIGERD', pogingen = pogingen + 1, laatste_fout = ?,"
                + " laatste_fout_op = ? where bericht_id = ?").param(kort(fout)).param(Timestamp.from(op))
                .param(berichtId).update();
    }

    /** A failed attempt: the notification stays to be sent, the gemeente waits until {@code volgendePoging}. */
    public void mislukt(UUID berichtId, String gemeentecode, String fout, Instant op, Instant volgendePoging) {
        jdbc.sql("update notificatie set pogingen = pogingen + 1, laatste_fout = ?, laatste_fout_op = ?"
                + " where bericht_id = ?").param(kort(fout)).param(Timestamp.from(op)).param(berichtId).update();
        jdbc.sql("update notificatie_abonnee set fouten_op_rij = fouten_op_rij + 1, volgende_poging = ?,"
                + " laatste_fout = ?, laatste_fout_op = ? where gemeentecode = ?")
                .param(Timestamp.from(volgendePoging)).param(kort(fout)).param(Timestamp.from(op)).param(gemeentecode)
                .update();
    }

    public List<Stand> stand() {
        return jdbc.sql("""
                select gemeentecode, count(*) filter (where status = 'TE_VERSTUREN'),
                       count(*) filter (where status = 'AFGELEVERD'), count(*) filter (where status = 'GEWEIGERD')
                from notificatie group by gemeentecode order by gemeentecode
                """).query((rs, i) -> new Stand(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    public List<Abonnee> abonnees() {
        return jdbc.sql("""
                select gemeentecode, fouten_op_rij, volgende_poging, laatste_fout, laatste_fout_op, laatst_afgeleverd_op
                from notificatie_abonnee order by gemeentecode
                """).query((rs, i) -> new Abonnee(rs.getString(1), rs.getInt(2), instant(rs.getTimestamp(3)),
                        rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)))).list();
    }

    private static Instant instant(Timestamp tijd) {
        return tijd == null ? null : tijd.toInstant();
    }

    private static String kort(String fout) {
        return fout == null || fout.length() <= 500 ? fout : fout.substring(0, 500);
    }
}
