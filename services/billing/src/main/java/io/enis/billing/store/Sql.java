package io.enis.billing.store;

import java.sql.SQLException;

/** What the billing stores need to know about SQL errors, on H2 and PostgreSQL alike. */
public final class Sql {
    private Sql() {
    }

    /** True when {@code e} (or a cause) is a unique-constraint violation (SQLState 23505). */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
