package io.enis.kit.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enis.kit.config.CommonConfig.DatabaseSettings;
import io.enis.kit.testing.TestStores;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.core.BaseConnection;

/** The pool {@link Database} opens on PostgreSQL (the test server of {@code ENIS_TEST_DATABASE_URL}). */
class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void onPostgresqlBatchesOfInsertsAreRewrittenUnlessTheUrlSaysOtherwise() throws SQLException {
        assumeTrue(TestStores.available().contains(TestStores.Store.POSTGRES), "needs ENIS_TEST_DATABASE_URL");
        DatabaseSettings settings = TestStores.databaseSettings(TestStores.Store.POSTGRES);
        assertThat(rewritesBatches(settings)).isTrue();
        DatabaseSettings off = new DatabaseSettings(
                settings.url().map(u -> u + (u.contains("?") ? "&" : "?") + "reWriteBatchedInserts=false"),
                settings.username(),
                settings.password(),
                settings.schema(),
                settings.poolSize());
        assertThat(rewritesBatches(off)).as("a DATABASE_URL parameter wins").isFalse();
    }

    private boolean rewritesBatches(DatabaseSettings settings) throws SQLException {
        try (Database db = Database.open("kit-test", settings, dataDir, new SimpleMeterRegistry());
                Handle h = db.jdbi().open()) {
            return h.getConnection()
                    .unwrap(BaseConnection.class)
                    .getQueryExecutor()
                    .isReWriteBatchedInsertsEnabled();
        }
    }
}
