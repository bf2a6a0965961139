package nl.inburgering.platform.test;

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
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What one unit of work asks of PostgreSQL on the current thread while {@link #tel} runs: every statement executed
 * (Hibernate, JdbcClient, the Logboek, the outbox, the person's lock alike; a JDBC batch is one round trip and one
 * statement here), every commit, and the most pool connections the thread held at once. Other threads (the relay,
 * the jobs, the listener containers) are not counted, so a test hands the work to the listener or use case on its
 * own thread. Import {@link Configuratie} to wrap the service's DataSource, or wrap one with {@link #om}.
 */
public final class Statementteller {

    private static final ThreadLocal<Telling> LOPEND = new ThreadLocal<>();

    private Statementteller() {
    }

    /** What this thread sent while {@code werk} ran. Counts nested in one another: the innermost counts. */
    public static Telling tel(Runnable werk) {
        Telling buiten = LOPEND.get();
        Telling telling = new Telling();
        LOPEND.set(telling);
        try {
            werk.run();
        } finally {
            if (buiten == null) {
                LOPEND.remove();
            } else {
                LOPEND.set(buiten);
            }
        }
        return telling;
    }

    /** The data source, counting; for a test that builds its own pieces on it. Already counting: itself. */
    public static DataSource om(DataSource bron) {
        return bron instanceof Tellend ? bron : new Tellend(bron);
    }

    /** What one unit of work sent: the SQL of each statement in order, the commits, the connections at once. */
    public static final class Telling {

        private final List<String> statements = new ArrayList<>();
        private int commits;
        private int verbindingenOpen;
        private int verbindingenTegelijk;

        public List<String> statements() {
            return Collections.unmodifiableList(statements);
        }

        public int aantal() {
            return statements.size();
        }

        public int commits() {
            return commits;
        }

        /** The most pool connections the thread held at one moment (issue 11, item 21). */
        public int verbindingenTegelijk() {
            return verbindingenTegelijk;
        }

        /** The statements of one kind: those whose SQL begins with {@code begin} ("select", "insert", ...). */
        public List<String> beginnendMet(String begin) {
            String gezocht = begin.toLowerCase(Locale.ROOT);
            return statements.stream().filter(sql -> sql.strip().toLowerCase(Locale.ROOT).startsWith(gezocht)).toList();
        }

        /** How many statements contain {@code fragment}, e.g. the advisory lock's function. */
        public long aantalMet(String fragment) {
            return statements.stream().filter(sql -> sql.contains(fragment)).count();
        }

        @Override
        public String toString() {
            return aantal() + " statements, " + commits + " commits:\n  "
                    + String.join("\n  ", statements.stream().map(sql -> sql.replaceAll("\\s+", " ").strip()).toList());
        }
    }

    /** Wraps every DataSource of the service in a counting one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuratie {

        @Bean
        static BeanPostProcessor statementtellendeDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    return bean instanceof DataSource bron ? om(bron) : bean;
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
        // the connection is counted open by the count that was running when it was taken, and closed there once
        Telling geopend = LOPEND.get();
        if (geopend != null) {
            geopend.verbindingenOpen++;
            geopend.verbindingenTegelijk = Math.max(geopend.verbindingenTegelijk, geopend.verbindingenOpen);
        }
        boolean[] gesloten = { false };
        return proxy(Connection.class, echt, (methode, args) -> {
            String naam = methode.getName();
            if (naam.equals("close") && geopend != null && !gesloten[0]) {
                gesloten[0] = true;
                geopend.verbindingenOpen--;
            }
            Object uitkomst = roep(echt, methode, args);
            Telling telling = LOPEND.get();
            if (telling != null && naam.equals("commit")) {
                telling.commits++;
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
                    telling.statements.add(sql != null ? sql
                            : args != null && args.length > 0 ? String.valueOf(args[0]) : naam);
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
            // a caller that unwraps to the interface it holds keeps the counting proxy
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
