package nl.inburgering.platform.testapp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the test service that only write a counter, to count their transactions (decision 0052). */
@Service
public class Transactiegebruik {

    private final JdbcClient jdbc;
    private final Deelnemer deelnemer;

    Transactiegebruik(JdbcClient platformJdbcClient, Deelnemer deelnemer) {
        this.jdbc = platformJdbcClient;
        this.deelnemer = deelnemer;
    }

    /** Raises the counter and has a second bean raise it again in the same transaction. */
    @Transactional
    public void verhoogTweemaal(String teller) {
        verhoog(jdbc, teller);
        deelnemer.verhoog(teller);
    }

    /** Raises the counter, then fails: nothing of it stays. */
    @Transactional
    public void verhoogEnFaal(String teller) {
        verhoog(jdbc, teller);
        throw new IllegalStateException("de use case faalt na het schrijven");
    }

    /** Raises the counter and has the second bean raise it in a transaction of its own. */
    @Transactional
    public void verhoogMetEigenTransactie(String teller) {
        verhoog(jdbc, teller);
        deelnemer.verhoogApart(teller);
    }

    static void verhoog(JdbcClient jdbc, String teller) {
        jdbc.sql("insert into testteller (naam, stand) values (?, 1) on conflict (naam) do update set stand = testteller.stand + 1")
                .param(teller).update();
    }

    static long stand(JdbcClient jdbc, String teller) {
        return jdbc.sql("select coalesce(max(stand), 0) from testteller where naam = ?").param(teller)
                .query(Long.class).single();
    }

    @Service
    public static class Deelnemer {

        private final JdbcClient jdbc;

        Deelnemer(JdbcClient platformJdbcClient) {
            this.jdbc = platformJdbcClient;
        }

        @Transactional
        public void verhoog(String teller) {
            Transactiegebruik.verhoog(jdbc, teller);
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void verhoogApart(String teller) {
            Transactiegebruik.verhoog(jdbc, teller + "-apart");
        }
    }
}
