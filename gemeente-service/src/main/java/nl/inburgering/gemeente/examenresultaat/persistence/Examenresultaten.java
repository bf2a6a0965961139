package nl.inburgering.gemeente.examenresultaat.persistence;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.inburgering.gemeente.examenresultaat.domain.Examenresultaat;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Writes DUO's uitslag of an exam (#13) into {@code examenresultaat}, one row per exam (its unique key: bsn,
 * gemeentecode, onderdeel, niveau, examendatum). One statement where a read and then an INSERT or UPDATE were two
 * (issue 17, decision 0049): #13 is the gemeente's busiest delivery. Reads stay with {@link ExamenresultaatRepository}.
 */
@Repository
public class Examenresultaten {

    private final JdbcClient jdbc;

    Examenresultaten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new exam is inserted; a different uitslag of a known exam (DUO corrected it: uitslag, reden geen resultaat or
     * datum definitieve uitslag differ) replaces the earlier one with its aanleiding and moment of arrival; the same
     * uitslag again (a herlevering, after a verhuizing or of the same event) changes nothing, not even that moment.
     */
    public void neemOp(Bsn bsn, String gemeentecode, Examenresultaat resultaat, Instant ontvangenOp) {
        jdbc.sql("""
                insert into examenresultaat as e (id, bsn, gemeentecode, onderdeel, niveau, examendatum, uitslag,
                                                  reden_geen_resultaat, datum_definitieve_uitslag, aanleiding,
                                                  ontvangen_op)
                values (:id, :bsn, :gemeentecode, :onderdeel, :niveau, :examendatum, :uitslag, :reden,
                        :datumDefinitieveUitslag, :aanleiding, :ontvangenOp)
                on conflict (bsn, gemeentecode, onderdeel, niveau, examendatum) do update
                   set uitslag = excluded.uitslag, reden_geen_resultaat = excluded.reden_geen_resultaat,
                       datum_definitieve_uitslag = excluded.datum_definitieve_uitslag,
                       aanleiding = excluded.aanleiding, ontvangen_op = excluded.ontvangen_op
                 where (e.uitslag, e.reden_geen_resultaat, e.datum_definitieve_uitslag)
                       is distinct from (excluded.uitslag, excluded.reden_geen_resultaat,
                                         excluded.datum_definitieve_uitslag)
                """).param("id", UUID.randomUUID()).param("bsn", bsn.value()).param("gemeentecode", gemeentecode)
                .param("onderdeel", resultaat.onderdeel()).param("niveau", resultaat.niveau())
                .param("examendatum", resultaat.examendatum()).param("uitslag", resultaat.uitslag())
                // typed, so a null asks the driver nothing about the parameter's type
                .param("reden", new SqlParameterValue(Types.VARCHAR, resultaat.redenGeenResultaat()))
                .param("datumDefinitieveUitslag", resultaat.datumDefinitieveUitslag())
                .param("aanleiding", resultaat.aanleiding()).param("ontvangenOp", Timestamp.from(ontvangenOp))
                .update();
    }
}
