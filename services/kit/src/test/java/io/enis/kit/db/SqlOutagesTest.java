package io.enis.kit.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean the database cannot be reached (503), and which are ordinary statement errors. */
class SqlOutagesTest {
    @Test
    void connectionFailuresAreOutagesWhereverTheyAreInTheChain() {
        assertThat(SqlOutages.isOutage(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(SqlOutages.isOutage(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(SqlOutages.isOutage(new SQLTransientConnectionException("pool - Connection is not available"))).isTrue();
        assertThat(SqlOutages.isOutage(new RuntimeException("wrapped", new SQLException("x", null, new ConnectException("refused"))))).isTrue();
    }

    @Test
    void constraintViolationsAndOtherErrorsAreNot() {
        assertThat(SqlOutages.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(SqlOutages.isOutage(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(SqlOutages.isOutage(new SQLException("no state"))).isFalse();
        assertThat(SqlOutages.isOutage(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void theAnswerNamesTheDatabaseAndTheRootCause() {
        var e = SqlOutages.unavailable("PostgreSQL (DATABASE_URL)",
                new SQLTransientConnectionException("pool timed out", "08001", new ConnectException("Connection refused")));
        assertThat(e.getMessage()).isEqualTo("PostgreSQL (DATABASE_URL) is unavailable: Connection refused");
        assertThat(e.retryAfter()).isEqualTo(SqlOutages.RETRY_AFTER);
    }
}
