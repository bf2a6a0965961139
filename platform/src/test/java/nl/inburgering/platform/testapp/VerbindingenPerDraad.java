package nl.inburgering.platform.testapp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the pool connections one thread holds at once, so a test can say how many a piece of work needs (issue 11,
 * item 21: a read must not hold a second connection for its Logboek record). Wraps the service's DataSource; counts
 * only inside {@link #meesteTegelijk}.
 */
@Component
public class VerbindingenPerDraad implements BeanPostProcessor {

    private static final ThreadLocal<int[]> TELLER = new ThreadLocal<>();

    /** Runs the work and answers the largest number of connections this thread held at one moment during it. */
    public static int meesteTegelijk(Runnable werk) {
        int[] teller = { 0, 0 }; // open now, most at once
        TELLER.set(teller);
        try {
            werk.run();
        } finally {
            TELLER.remove();
        }
        return teller[1];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String naam) {
        if (bean instanceof DataSource dataSource && !(bean instanceof TellendeDataSource)) {
            return new TellendeDataSource(dataSource);
        }
        return bean;
    }

    static final class TellendeDataSource extends DelegatingDataSource {

        TellendeDataSource(DataSource doel) {
            super(doel);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return geteld(super.getConnection());
        }

        @Override
        public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
            return geteld(super.getConnection(gebruiker, wachtwoord));
        }

        private static Connection geteld(Connection verbinding) {
            int[] teller = TELLER.get();
            if (teller == null) {
                return verbinding;
            }
            teller[0]++;
            teller[1] = Math.max(teller[1], teller[0]);
            boolean[] gesloten = { false };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, (proxy, methode, argumenten) -> {
                        if (methode.getName().equals("close") && !gesloten[0]) {
                            gesloten[0] = true;
                            teller[0]--;
                        }
                        try {
                            return methode.invoke(verbinding, argumenten);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
