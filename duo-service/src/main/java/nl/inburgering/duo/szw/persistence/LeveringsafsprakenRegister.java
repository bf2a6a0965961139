package nl.inburgering.duo.szw.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.inburgering.duo.szw.domain.GeteldeLeveringsafspraken;
import nl.inburgering.duo.szw.domain.GeteldeLeveringsafspraken.Dagtelling;

/**
 * The latest publication per producing system and chain day of the other partners' delivery agreements (tables
 * {@code szw_leveringsdag} and {@code szw_leveringstelling}; decision 0042, addendum). Counts only.
 */
@Repository
public class LeveringsafsprakenRegister {

    /** A producing system whose figures cover some day of a period, and when it last counted them. */
    public record Bron(String producent, String bron, Instant geteldOp) {
    }

    /** A stored count with the partner that counted it. */
    public record Telling(String producent, Dagtelling telling) {
    }

    private final JdbcClient jdbc;

    LeveringsafsprakenRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the days of {@code publicatie} from system {@code bron}: each day it counts replaces that day's earlier
     * counts of the same system, unless the stored ones were counted later (a publication that arrives late).
     *
     * @return the number of days taken
     */
    public int vervang(String bron, GeteldeLeveringsafspraken publicatie) {
        int genomen = 0;
        for (LocalDate dag = publicatie.vanaf(); dag.isBefore(publicatie.tot()); dag = dag.plusDays(1)) {
            int nieuwer = jdbc.sql("""
                    insert into szw_leveringsdag (bron, dag, producent, geteld_op) values (:bron, :dag, :producent, :op)
                    on conflict (bron, dag) do update set producent = excluded.producent, geteld_op = excluded.geteld_op
                    where szw_leveringsdag.geteld_op <= excluded.geteld_op""")
                    .param("bron", bron).param("dag", Date.valueOf(dag)).param("producent", publicatie.producent())
                    .param("op", Timestamp.from(publicatie.geteldOp())).update();
            if (nieuwer == 0) {
                continue;
            }
            genomen++;
            jdbc.sql("delete from szw_leveringstelling where bron = ? and dag = ?").params(bron, Date.valueOf(dag))
                    .update();
            for (Dagtelling t : publicatie.tellingen()) {
                if (!t.dag().equals(dag)) {
                    continue;
                }
                jdbc.sql("""
                        insert into szw_leveringstelling (bron, dag, stelseldienst, leverancier, afnemer, op_tijd,
                                                          te_laat, open, niet_verstuurd)
                        values (:bron, :dag, :stelseldienst, :leverancier, :afnemer, :opTijd, :teLaat, :open, :niet)
                        on conflict (bron, dag, stelseldienst, leverancier, afnemer) do update
                        set op_tijd = szw_leveringstelling.op_tijd + excluded.op_tijd,
                            te_laat = szw_leveringstelling.te_laat + excluded.te_laat,
                            open = szw_leveringstelling.open + excluded.open,
                            niet_verstuurd = szw_leveringstelling.niet_verstuurd + excluded.niet_verstuurd""")
                        .param("bron", bron).param("dag", Date.valueOf(dag)).param("stelseldienst", t.stelseldienst())
                        .param("leverancier", t.leverancier()).param("afnemer", t.afnemer())
                        .param("opTijd", t.opTijd()).param("teLaat", t.teLaat()).param("open", t.open())
                        .param("niet", t.nietVerstuurd()).update();
            }
        }
        return genomen;
    }

    /** The stored counts of the chain days {@code [vanaf, tot)}. */
    public List<Telling> tellingen(LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                select d.producent, t.dag, t.stelseldienst, t.leverancier, t.afnemer, t.op_tijd, t.te_laat, t.open,
                       t.niet_verstuurd
                from szw_leveringstelling t join szw_leveringsdag d on d.bron = t.bron and d.dag = t.dag
                where t.dag >= ? and t.dag < ?
                order by t.stelseldienst, t.leverancier, t.afnemer, t.dag""")
                .params(Date.valueOf(vanaf), Date.valueOf(tot))
                .query((rs, i) -> new Telling(rs.getString(1), new Dagtelling(rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9))))
                .list();
    }

    /** The systems whose published figures cover a day of {@code [vanaf, tot)}, with their latest count. */
    public List<Bron> bronnen(LocalDate vanaf, LocalDate tot) {
        return jdbc.sql("""
                select producent, bron, max(geteld_op) from szw_leveringsdag where dag >= ? and dag < ?
                group by producent, bron order by producent, bron""")
                .params(Date.valueOf(vanaf), Date.valueOf(tot))
                .query((rs, i) -> new Bron(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
