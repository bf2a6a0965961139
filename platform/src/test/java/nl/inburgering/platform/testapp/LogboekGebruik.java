package nl.inburgering.platform.testapp;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/** Use cases of the test service that process personal data, as a service would call the Logboek. */
@Service
public class LogboekGebruik {

    public static final Verwerkingsactiviteit WIJZIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/test-wijzigen", "Testgegevens wijzigen");
    public static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/test-raadplegen", "Testgegevens raadplegen");
    /** An activity the test database refuses to record (trigger in V101). */
    public static final Verwerkingsactiviteit ONSCHRIJFBAAR = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/test-onschrijfbaar", "Onschrijfbare verwerking");

    private final JdbcClient jdbc;
    private final Logboek logboek;

    LogboekGebruik(JdbcClient jdbc, Logboek logboek) {
        this.jdbc = jdbc;
        this.logboek = logboek;
    }

    /** A change and its record, in one read-write transaction; {@code mislukt} makes the work fail after both. */
    @Transactional
    public void wijzig(String bsn, Verwerkingsactiviteit activiteit, boolean mislukt) {
        jdbc.sql("insert into testwijziging (bsn) values (?)").param(bsn).update();
        logboek.leg(activiteit, bsn);
        if (mislukt) {
            throw new IllegalStateException("de wijziging mislukt na het vastleggen");
        }
    }

    /** A list read in a read-only transaction. */
    @Transactional(readOnly = true)
    public long raadpleeg(List<String> bsns, boolean mislukt) {
        long aantal = raadpleeg(bsns, RAADPLEGEN);
        if (mislukt) {
            throw new IllegalStateException("de raadpleging mislukt na het vastleggen");
        }
        return aantal;
    }

    /** A list read in a read-only transaction, recorded as {@code activiteit}. */
    @Transactional(readOnly = true)
    public long raadpleeg(List<String> bsns, Verwerkingsactiviteit activiteit) {
        long aantal = jdbc.sql("select count(*) from testwijziging where bsn in (:bsns)").param("bsns", bsns)
                .query(Long.class).single();
        logboek.leg(activiteit, bsns);
        return aantal;
    }

    public long aantalWijzigingen(String bsn) {
        return jdbc.sql("select count(*) from testwijziging where bsn = ?").param(bsn).query(Long.class).single();
    }
}
