package nl.inburgering.platform.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means our own database is not reachable (it is down, restarting after a crash, or every
 * pool connection stayed busy for the pool's connection timeout), however it surfaced (measured with a real
 * PostgreSQL crash: a transaction that cannot begin, a statement on a cut connection, a rollback on a connection the
 * pool already closed, SQLState {@code 08001}, {@code 08006}, {@code 57P01}): the answer is then 503 with
 * {@code Retry-After}, not a 500, because the same request will succeed once the database is back.
 */
final class DatabaseOnbereikbaar {

    private DatabaseOnbereikbaar() {
    }

    static boolean is(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
                return true; // a rollback or commit that the JDBC connection refused: the connection is gone
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception; admin or crash shutdown, cannot connect now
            }
        }
        return false;
    }

    /** The exception types and SQLState, never a message (a database message can name a row's values). */
    static String reden(Throwable fout) {
        StringBuilder reden = new StringBuilder();
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            reden.append(reden.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                reden.append(" (SQLState ").append(sql.getSQLState()).append(')');
            }
        }
        return reden.toString();
    }
}
