package io.enis.billing.testing;

import io.enis.kit.config.CommonConfig.DatabaseSettings;
import io.enis.kit.db.Database;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The billing database as the service opens it (the kit's {@link Database}: pool, Flyway with the
 * {@code db/billing} migrations), on the embedded H2 file under {@code dir} or on the test
 * PostgreSQL server in a fresh schema, so no two tests share rows.
 */
public final class TestDatabase {
    private TestDatabase() {}

    public static Database open(Store store, Path dir) {
        var env = TestStores.env(store, dir);
        var settings = new DatabaseSettings(
                Optional.ofNullable(env.get("DATABASE_URL")),
                Optional.ofNullable(env.get("DATABASE_USERNAME")),
                Optional.ofNullable(env.get("DATABASE_PASSWORD")),
                Optional.ofNullable(env.get("DATABASE_SCHEMA")),
                30);
        return Database.open("billing", settings, dir, new SimpleMeterRegistry());
    }
}
