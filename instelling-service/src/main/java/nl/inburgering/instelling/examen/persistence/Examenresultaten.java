package nl.inburgering.instelling.examen.persistence;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Keeps an uitslag DUO delivered to the instelling (#13) in {@code examenresultaat}, once: one statement where a
 * check and an INSERT were two (issue 17, decision 0049). Reads stay with {@link ExamenresultaatRepository}.
 */
@Repository
public class Examenresultaten {

    private final JdbcClient jdbc;

    Examenresultaten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the uitslag unless the instelling has this uitslag of this exam already (a herlevering with a new id);
     * a different uitslag of the same exam is a row of its own. The caller holds the person's lock, so no other
     * transaction inserts the same row in between.
     */
    public void neemOp(String instellingsnummer, Bsn bsn, Examenresultaat resultaat, Instant ontvangenOp) {
        // the casts: in an INSERT ... SELECT PostgreSQL types the parameters by the SELECT, not by the columns
        jdbc.sql("""
                insert into examenresultaat (id, instellingsnummer, bsn, onderdeel, niveau, examendatum, uitslag,
                                             reden_geen_resultaat, datum_definitieve_uitslag, aanleiding,
                                             ontvangen_op)
                select cast(:id as uuid), :instelling, :bsn, :onderdeel, :niveau, cast(:examendatum as date),
                       :uitslag, :reden, cast(:datumDefinitieveUitslag as date), :aanleiding,
                       cast(:ontvangenOp as timestamptz)
                 where not exists (select 1 from examenresultaat e
                                    where e.instellingsnummer = :instelling and e.bsn = :bsn
                                      and e.onderdeel = :onderdeel and e.niveau = :niveau
                                      and e.examendatum = cast(:examendatum as date) and e.uitslag = :uitslag)
                """).param("id", UUID.randomUUID()).param("instelling", instellingsnummer).param("bsn", bsn.value())
                .param("onderdeel", resultaat.onderdeel().name()).param("niveau", resultaat.niveau().name())
                .param("examendatum", resultaat.examendatum()).param("uitslag", resultaat.uitslag().name())
                // typed, so a null asks the driver nothing about the parameter's type
                .param("reden", new SqlParameterValue(Types.VARCHAR, resultaat.redenGeenResultaat()))
                .param("datumDefinitieveUitslag", resultaat.datumDefinitieveUitslag())
                .param("aanleiding", resultaat.aanleiding()).param("ontvangenOp", Timestamp.from(ontvangenOp))
                .update();
    }
}
