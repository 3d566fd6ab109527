package io.enis.kit.db;

import java.nio.file.Path;

/** Turns the {@code DATABASE_URL} forms the stacks and operators use into JDBC URLs. */
public final class JdbcUrls {
    private JdbcUrls() {}

    /**
     * {@code postgresql://host:5432/db?sslmode=verify-full} and {@code postgres://…} become
     * {@code jdbc:postgresql://…}; {@code jdbc:…} URLs pass unchanged.
     *
     * @throws IllegalArgumentException for any other scheme, naming DATABASE_URL
     */
    public static String toJdbc(String url) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        if (url.startsWith("postgresql://")) {
            return "jdbc:" + url;
        }
        if (url.startsWith("postgres://")) {
            return "jdbc:postgresql://" + url.substring("postgres://".length());
        }
        throw new IllegalArgumentException(
                "DATABASE_URL must start with postgresql://, postgres:// or jdbc: (got " + redact(url) + ")");
    }

    /** The embedded H2 database file at {@code file} (PostgreSQL compatibility mode). */
    public static String embedded(Path file) {
        // WRITE_DELAY=0: every commit reaches the file before it returns, so a killed process loses nothing
        // acknowledged. DB_CLOSE_ON_EXIT=FALSE: the service closes its pool as the last shutdown step; H2's
        // own JVM shutdown hook would close the database first, under shutdown steps that still use it
        return "jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** {@code url} without a password (user:password@ and password= parameters). */
    public static String redact(String url) {
        return url.replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
