package nl.inburgering.duo;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what one unit of work sends to PostgreSQL on the current thread while {@link #tel} runs: every statement
 * executed (a JDBC batch is one round trip, one statement here), through Hibernate, JdbcClient or anything else on
 * the service's DataSource, and every commit. Other threads (the relay, the jobs, the listener containers) are not
 * counted. Import {@link Configuratie} in a test to wrap the DataSource.
 */
public final class Statementteller {

    private static final ThreadLocal<Telling> LOPEND = new ThreadLocal<>();

    private Statementteller() {
    }

    /** The statements and commits of this thread while {@code werk} ran. */
    public static Telling tel(Runnable werk) {
        Telling telling = new Telling(new ArrayList<>(), new int[1]);
        LOPEND.set(telling);
        try {
            werk.run();
        } finally {
            LOPEND.remove();
        }
        return telling;
    }

    /** What one unit of work sent: the SQL of each statement in order, and the commits. */
    public record Telling(List<String> statements, int[] commitTeller) {

        public int aantal() {
            return statements.size();
        }

        public int commits() {
            return commitTeller[0];
        }

        @Override
        public String toString() {
            return aantal() + " statements, " + commits() + " commits:\n  "
                    + String.join("\n  ", statements.stream().map(sql -> sql.replaceAll("\\s+", " ").strip()).toList());
        }
    }

    /** Wraps the service's DataSource in a counting one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuratie {

        @Bean
        static BeanPostProcessor statementtellendeDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    return bean instanceof DataSource bron && !(bean instanceof Tellend) ? new Tellend(bron) : bean;
                }
            };
        }
    }

    private static final class Tellend extends DelegatingDataSource {

        Tellend(DataSource doel) {
            super(doel);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return verbinding(super.getConnection());
        }

        @Override
        public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
            return verbinding(super.getConnection(gebruiker, wachtwoord));
        }
    }

    private static Connection verbinding(Connection echt) {
        return proxy(Connection.class, echt, (methode, args) -> {
            Object uitkomst = roep(echt, methode, args);
            Telling telling = LOPEND.get();
            if (telling != null && methode.getName().equals("commit")) {
                telling.commitTeller()[0]++;
            }
            if (uitkomst instanceof CallableStatement s) {
                return statement(CallableStatement.class, s, (String) args[0]);
            }
            if (uitkomst instanceof PreparedStatement s) {
                return statement(PreparedStatement.class, s, (String) args[0]);
            }
            if (uitkomst instanceof Statement s) {
                return statement(Statement.class, s, null);
            }
            return uitkomst;
        });
    }

    private static <S extends Statement> S statement(Class<S> soort, S echt, String sql) {
        return proxy(soort, echt, (methode, args) -> {
            String naam = methode.getName();
            if (naam.startsWith("execute")) {
                Telling telling = LOPEND.get();
                if (telling != null) {
                    telling.statements().add(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0])
                            : naam);
                }
            }
            return roep(echt, methode, args);
        });
    }

    private interface Aanroep {
        Object roep(Method methode, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> soort, T echt, Aanroep aanroep) {
        InvocationHandler handler = (p, methode, args) -> {
            if (methode.getName().equals("unwrap") && args[0] instanceof Class<?> c && c.isInstance(p)) {
                return p;
            }
            return aanroep.roep(methode, args);
        };
        return soort.cast(Proxy.newProxyInstance(Statementteller.class.getClassLoader(), new Class<?>[] {soort},
                handler));
    }

    private static Object roep(Object doel, Method methode, Object[] args) throws Throwable {
        try {
            return methode.invoke(doel, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
