package io.enis.kit.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings every service reads, with the same names everywhere. ({@code REDIS_URL} is read by the
 * services that use Redis, with the same name and meaning.)
 *
 * @param port               {@code PORT}, default per service
 * @param host               {@code HOST}, default {@code 0.0.0.0}
 * @param database           {@code DATABASE_*}; no URL means the embedded store
 * @param adminApiKey        {@code ENIS_ADMIN_API_KEY}: bootstrap key with every scope
 * @param logLevel           {@code LOG_LEVEL}, default {@code INFO}
 * @param rateLimitPerMinute {@code RATE_LIMIT_PER_MINUTE}: per API key, default per service (seed 000)
 * @param maxRequestBytes    {@code MAX_REQUEST_BYTES}, default 4 MiB
 * @param shutdownDelay      {@code SHUTDOWN_DELAY}: after SIGTERM, how long the service keeps serving with
 *                           readiness 503 so load balancers stop sending to it, default 0s
 * @param shutdownTimeout    {@code SHUTDOWN_TIMEOUT}: how long in-flight requests may drain, default 20s
 * @param dataDir            {@code DATA_DIR}: files of the embedded stores, default {@code ./data}
 */
public record CommonConfig(
        int port,
        String host,
        DatabaseSettings database,
        Optional<String> adminApiKey,
        String logLevel,
        int rateLimitPerMinute,
        int maxRequestBytes,
        Duration shutdownDelay,
        Duration shutdownTimeout,
        Path dataDir) {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** Reads the common settings; {@code defaultPort} and {@code defaultRateLimit} come from the service. */
    public static CommonConfig read(Settings s, int defaultPort, int defaultRateLimit) {
        int port = s.integer("PORT", defaultPort, 0, 65535, "HTTP port (0 picks a free one)");
        String host = s.string("HOST", "0.0.0.0", "interface to listen on");
        var database = new DatabaseSettings(
                s.optional(
                        "DATABASE_URL",
                        "PostgreSQL URL (postgresql://host:5432/db?sslmode=verify-full or jdbc:…); "
                                + "absent: embedded H2 database under DATA_DIR"),
                s.optional("DATABASE_USERNAME", "database user (when not in the URL)"),
                s.optional("DATABASE_PASSWORD", "database password (when not in the URL)"),
                Optional.ofNullable(s.matching(
                        "DATABASE_SCHEMA",
                        null,
                        SCHEMA,
                        "a lower-case SQL identifier",
                        "schema for the service's tables; absent: the user's default schema")),
                s.integer("DATABASE_POOL_SIZE", 10, 1, 200, "maximum connections in the pool"));
        Optional<String> admin = s.optional(
                "ENIS_ADMIN_API_KEY",
                "bootstrap API key with every scope, to create the real keys; at least 32 characters");
        admin.filter(k -> k.length() < 32)
                .ifPresent(k -> s.reject("ENIS_ADMIN_API_KEY: must be at least 32 characters (it grants every scope)"));
        String level =
                s.choice("LOG_LEVEL", "INFO", List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR"), "root log level");
        int rate =
                s.integer("RATE_LIMIT_PER_MINUTE", defaultRateLimit, 1, 10_000_000, "requests per minute per API key");
        int maxBytes = s.integer(
                "MAX_REQUEST_BYTES", 4 * 1024 * 1024, 1024, 64 * 1024 * 1024, "largest request body accepted");
        Duration delay = s.duration(
                "SHUTDOWN_DELAY",
                Duration.ZERO,
                Duration.ZERO,
                "after SIGTERM, keep serving this long with readiness 503 so load balancers stop sending "
                        + "(Kubernetes: a few seconds, as endpoints are removed while the pod is told to stop)");
        Duration shutdown = s.duration(
                "SHUTDOWN_TIMEOUT",
                Duration.ofSeconds(20),
                Duration.ZERO,
                "how long in-flight requests may finish after SIGTERM");
        Path dataDir = Path.of(s.string("DATA_DIR", "data", "directory of the embedded stores"));
        return new CommonConfig(port, host, database, admin, level, rate, maxBytes, delay, shutdown, dataDir);
    }

    /**
     * Database settings.
     *
     * @param url      absent: embedded H2 database
     * @param schema   absent: the connection's default schema
     * @param poolSize maximum pooled connections
     */
    public record DatabaseSettings(
            Optional<String> url,
            Optional<String> username,
            Optional<String> password,
            Optional<String> schema,
            int poolSize) {}
}
