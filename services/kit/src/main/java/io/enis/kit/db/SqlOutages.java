package io.enis.kit.db;

import io.enis.kit.domain.UnavailableException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Tells a database that cannot be reached from a statement that failed, and makes every use of a
 * {@link Jdbi} throw {@link UnavailableException} for the first. An outage is a connection failure
 * anywhere in the cause chain: SQLState class {@code 08} (connection exception), {@code 57P01}-{@code 57P03}
 * (the server shut down or is starting), a pool that timed out waiting for a connection
 * ({@link SQLTransientConnectionException}), a refused connection. Constraint violations, syntax errors
 * and the rest are not outages and pass unchanged, so code that catches a duplicate key keeps working.
 */
public final class SqlOutages {
    /** What an unavailable database answers in {@code Retry-After}. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private SqlOutages() {
    }

    /** True when {@code failure} (or a cause) says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The domain's answer to an outage of {@code database}, with the deepest cause's message. */
    public static UnavailableException unavailable(String database, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new UnavailableException(database, detail, RETRY_AFTER, failure);
    }

    /**
     * Makes {@code jdbi} throw {@link UnavailableException} on an outage: when a statement fails (before
     * it becomes an {@code UnableToExecuteStatementException} that callers may catch as a duplicate) and
     * when a handle callback fails for another reason (a commit, a rollback). Opening a connection is
     * covered by the connection factory ({@link Database}).
     */
    static void install(Jdbi jdbi, String database) {
        jdbi.getConfig(SqlStatements.class).addExceptionHandler((e, ctx) -> {
            if (isOutage(e)) {
                throw unavailable(database, e);
            }
        });
        jdbi.setHandleCallbackDecorator(new HandleCallbackDecorator() {
            @Override
            public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
                return handle -> {
                    try {
                        return callback.withHandle(handle);
                    } catch (JdbiException e) {
                        if (isOutage(e)) {
                            throw unavailable(database, e);
                        }
                        throw e;
                    }
                };
            }
        });
    }
}
