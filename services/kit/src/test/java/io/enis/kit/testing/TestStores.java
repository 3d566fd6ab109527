package io.enis.kit.testing;

import io.enis.kit.config.CommonConfig.DatabaseSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stores service tests run against: always the embedded default, and a real PostgreSQL server when
 * {@code ENIS_TEST_DATABASE_URL} is set ({@code test/tools/start-postgres.sh}, started by
 * {@code .ci/run}). With {@code ENIS_REQUIRE_POSTGRES=1} (CI) a missing server fails instead of
 * silently testing less. Each environment gets its own database or schema, so tests never share rows.
 */
public final class TestStores {
    /** A bootstrap key the tests use as {@code ENIS_ADMIN_API_KEY}. */
    public static final String ADMIN_KEY = "test-admin-key-0123456789-abcdefghijklmnop";

    private TestStores() {
    }

    /** Which database a test environment uses. */
    public enum Store { EMBEDDED, POSTGRES }

    /** The stores available here (argument source for parameterized tests). */
    public static List<Store> available() {
        List<Store> out = new ArrayList<>(List.of(Store.EMBEDDED));
        if (System.getenv("ENIS_TEST_DATABASE_URL") != null) {
            out.add(Store.POSTGRES);
        } else if ("1".equals(System.getenv("ENIS_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException("ENIS_REQUIRE_POSTGRES=1 but ENIS_TEST_DATABASE_URL is not set; "
                    + "run: eval \"$(test/tools/start-postgres.sh)\"");
        } else {
            notRunOnce("PostgreSQL", "ENIS_TEST_DATABASE_URL", "test/tools/start-postgres.sh");
        }
        return out;
    }

    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    /**
     * Says once per test JVM (one line on stderr) that the variants on a real server did not run, and
     * how to run them; {@code .ci/run} starts the servers and requires them.
     */
    public static void notRunOnce(String server, String variable, String starter) {
        saySkippedOnce(server, String.format("%s variants not run: %s is not set (eval \"$(%s)\" starts a server; .ci/run does)",
                server, variable, starter));
    }

    /**
     * Says {@code message} once per test JVM and {@code key} (one line on stderr, prefixed
     * {@code [tests]}): for tests that need a tool this machine lacks, skipped locally and required in CI.
     */
    public static void saySkippedOnce(String key, String message) {
        if (ANNOUNCED.add(key)) {
            System.err.println("[tests] " + message);
        }
    }

    /**
     * Environment variables for a service on a free port of 127.0.0.1 with a fresh database.
     *
     * @param dataDir the service's DATA_DIR (a test's temp dir)
     */
    public static Map<String, String> env(Store store, Path dataDir) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("HOST", "127.0.0.1");
        env.put("ENIS_ADMIN_API_KEY", ADMIN_KEY);
        env.put("DATA_DIR", dataDir.toString());
        env.put("LOG_LEVEL", "WARN");
        // The tests' webhook receivers listen on loopback, which the default outbound policy denies.
        env.put("OUTBOUND_DENIED_NETWORKS", "169.254.0.0/16");
        String unique = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (store == Store.POSTGRES) {
            env.put("DATABASE_URL", System.getenv("ENIS_TEST_DATABASE_URL"));
            env.put("DATABASE_USERNAME", System.getenv("ENIS_TEST_DATABASE_USERNAME"));
            env.put("DATABASE_PASSWORD", System.getenv("ENIS_TEST_DATABASE_PASSWORD"));
            env.put("DATABASE_SCHEMA", unique);
            env.put("DATABASE_POOL_SIZE", "4");
        }
        return env;
    }

    /**
     * Settings for {@code Database.open} on {@code store}: the embedded file under the caller's directory,
     * or the test server with a schema of its own (for tests of stores without a whole service).
     */
    public static DatabaseSettings databaseSettings(Store store) {
        if (store == Store.EMBEDDED) {
            return new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 4);
        }
        String unique = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new DatabaseSettings(Optional.of(System.getenv("ENIS_TEST_DATABASE_URL")),
                Optional.ofNullable(System.getenv("ENIS_TEST_DATABASE_USERNAME")),
                Optional.ofNullable(System.getenv("ENIS_TEST_DATABASE_PASSWORD")), Optional.of(unique), 4);
    }
}
