package io.enis.kit.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.enis.kit.config.CommonConfig.DatabaseSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The service's relational store: a HikariCP pool (metrics on the service registry), Flyway
 * migrations and a JDBI handle. With a {@code DATABASE_URL} it is PostgreSQL; without one, an
 * embedded H2 file database in PostgreSQL mode under {@code DATA_DIR}, so {@code java -jar} just works.
 * Migrations are plain SQL that runs on both; the kit's tables ({@code db/kit}) and the service's
 * ({@code db/<service>}) keep separate histories.
 *
 * <p>While the server cannot be reached every use of {@link #jdbi()} throws
 * {@link io.enis.kit.domain.UnavailableException} (answered 503 with {@code Retry-After}, see
 * {@link SqlOutages}); the pool reconnects by itself when the server is back. Waiting for a connection
 * takes at most {@value #CONNECTION_TIMEOUT_MILLIS} ms. On PostgreSQL the driver rewrites JDBC batches of
 * inserts into multi-row inserts ({@code reWriteBatchedInserts=true}; a batch's update counts are then
 * unknown, which no caller reads; {@code reWriteBatchedInserts=false} in {@code DATABASE_URL} turns it off).
 */
public final class Database implements AutoCloseable {
    /** How long a request waits for a pooled connection before the database counts as unavailable. */
    public static final int CONNECTION_TIMEOUT_MILLIS = 5_000;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean embedded;
    private final String name;

    private Database(HikariDataSource dataSource, boolean embedded, String name) {
        this.dataSource = dataSource;
        this.name = name;
        this.jdbi = Jdbi.create(() -> connection(dataSource, name));
        SqlOutages.install(jdbi, name);
        this.embedded = embedded;
    }

    private static Connection connection(HikariDataSource dataSource, String name) throws SQLException {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (SqlOutages.isOutage(e)) {
                throw SqlOutages.unavailable(name, e);
            }
            throw e;
        }
    }

    /**
     * Opens the pool and applies the migrations.
     *
     * @throws DatabaseException naming the URL (without credentials) when it cannot connect or migrate
     */
    public static Database open(String service, DatabaseSettings settings, Path dataDir, MeterRegistry registry) {
        boolean embedded = settings.url().isEmpty();
        String url = settings.url()
                .map(JdbcUrls::toJdbc)
                .orElseGet(() -> JdbcUrls.embedded(dataDir.toAbsolutePath().resolve(service + "-db")));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        settings.username().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName(service);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setInitializationFailTimeout(10_000);
        settings.schema().ifPresent(config::setSchema);
        if (url.startsWith("jdbc:postgresql:")) {
            // a JDBC batch of inserts becomes multi-row inserts: one statement for the server to run
            // instead of one per row (a parameter in DATABASE_URL takes precedence over this default)
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot connect to " + JdbcUrls.redact(url) + ": " + rootMessage(e), e);
        }
        try {
            migrate(ds, settings, "kit", "db/kit");
            migrate(ds, settings, service, "db/" + service);
        } catch (RuntimeException e) {
            ds.close();
            throw new DatabaseException("cannot migrate " + JdbcUrls.redact(url) + ": " + rootMessage(e), e);
        }
        return new Database(ds, embedded, embedded ? "the embedded database" : "PostgreSQL (DATABASE_URL)");
    }

    private static void migrate(HikariDataSource ds, DatabaseSettings settings, String history, String location) {
        var flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:" + location)
                .table(history.replace('-', '_') + "_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false);
        settings.schema().ifPresent(s -> flyway.schemas(s).createSchemas(true));
        flyway.load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** True when running on the embedded H2 database. */
    public boolean embedded() {
        return embedded;
    }

    /**
     * Readiness: a pooled connection answers within one second.
     *
     * @throws io.enis.kit.domain.UnavailableException naming the database and why it cannot be reached
     * @throws SQLException when the connection it got is not valid
     */
    public void check() throws SQLException {
        try (Handle h = jdbi.open()) {
            if (!h.getConnection().isValid(1)) {
                throw new SQLException(name + " is unavailable: its connection is not valid");
            }
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The database cannot be reached or migrated. */
    public static final class DatabaseException extends RuntimeException {
        public DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
