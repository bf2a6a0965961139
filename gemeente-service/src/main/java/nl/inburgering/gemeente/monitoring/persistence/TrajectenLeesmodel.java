package nl.inburgering.gemeente.monitoring.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.monitoring.application.Trajecten;
import nl.inburgering.platform.bsn.Bsn;

/**
 * {@link Trajecten} as one read-only query over the gemeente's tables (a read model: it writes nothing and changes no
 * other module). Per inburgeraar, in his current gemeente: the first brede-intake oproep he appeared at (NOT VERIFIED
 * as CBS's "begin brede intake": the seed does not define it), the last PIP by the peildatum DUO did not reject, DUO's
 * recht op maatschappelijke begeleiding in force (#4; the start of the begeleiding itself is not registered), and a
 * PVT or MAP with a date by the peildatum that was not rejected or withdrawn.
 */
@Component
class TrajectenLeesmodel implements Trajecten {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private final JdbcClient jdbc;

    TrajectenLeesmodel(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public List<Traject> op(LocalDate peildatum, Optional<Bsn> na, int aantal) {
        return jdbc.sql("""
                select i.bsn, i.gemeentecode, i.doelgroep,
                       (select min(o.datum) from brede_intake_oproep o
                         where o.bsn = i.bsn and o.gemeentecode = i.gemeentecode and o.verschenen
                           and o.datum < :tot) as brede_intake,
                       p.dagtekening, p.leerroute,
                       exists (select 1 from maatschappelijke_begeleiding m
                                where m.bsn = i.bsn and m.gemeentecode = i.gemeentecode
                                  and m.ingangsdatum <= :peildatum) as mb,
                       exists (select 1 from leerroute_resultaat r
                                where r.bsn = i.bsn and r.gemeentecode = i.gemeentecode and r.onderdeel = 'PVT'
                                  and r.datum <= :peildatum and r.status in ('VERZONDEN', 'GEREGISTREERD')) as pvt,
                       exists (select 1 from leerroute_resultaat r
                                where r.bsn = i.bsn and r.gemeentecode = i.gemeentecode and r.onderdeel = 'MAP'
                                  and r.datum <= :peildatum and r.status in ('VERZONDEN', 'GEREGISTREERD')) as map
                from inburgeraar i
                left join lateral (select dagtekening, leerroute from pip
                                    where pip.bsn = i.bsn and pip.gemeentecode = i.gemeentecode
                                      and pip.status <> 'AFGEWEZEN' and pip.dagtekening <= :peildatum
                                    order by pip.volgnummer desc limit 1) p on true
                where i.begindatum_inburgeringsplicht <= :peildatum and i.bsn > :na
                order by i.bsn
                limit :aantal""")
                .param("peildatum", peildatum)
                .param("tot", java.sql.Timestamp.from(peildatum.plusDays(1).atStartOfDay(NL).toInstant()))
                .param("na", na.map(Bsn::value).orElse(""))
                .param("aantal", aantal)
                .query((rs, i) -> traject(rs)).list();
    }

    private static Traject traject(ResultSet rs) throws SQLException {
        java.sql.Timestamp bredeIntake = rs.getTimestamp("brede_intake");
        Date pip = rs.getDate("dagtekening");
        return new Traject(Bsn.of(rs.getString("bsn")), rs.getString("gemeentecode"), rs.getString("doelgroep"),
                bredeIntake == null ? null : bredeIntake.toInstant().atZone(NL).toLocalDate(),
                pip == null ? null : pip.toLocalDate(), rs.getString("leerroute"), rs.getBoolean("mb"),
                rs.getBoolean("pvt"), rs.getBoolean("map"));
    }
}
