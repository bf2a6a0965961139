package nl.inburgering.platform.testapp;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate's SQL of the current thread while {@link #tel} runs (platform-test.yml names it as the statement
 * inspector): what one unit of work sends to the database, without the other threads of the test service.
 */
public class SqlTeller implements StatementInspector {

    private static final ThreadLocal<List<String>> OPGENOMEN = new ThreadLocal<>();

    /** The SQL statements Hibernate prepared on this thread while {@code werk} ran. */
    public static List<String> tel(Runnable werk) {
        List<String> sql = new ArrayList<>();
        OPGENOMEN.set(sql);
        try {
            werk.run();
        } finally {
            OPGENOMEN.remove();
        }
        return sql;
    }

    @Override
    public String inspect(String sql) {
        List<String> opgenomen = OPGENOMEN.get();
        if (opgenomen != null) {
            opgenomen.add(sql);
        }
        return sql;
    }
}
