package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.app.KitServer;
import io.enis.kit.testing.PrivatePostgres;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With its PostgreSQL server stopped, a service answers 503 with Retry-After and says so on /health/ready; it recovers by itself. */
class KitOutageTest {
    @TempDir
    Path dataDir;

    @Test
    void aStoppedDatabaseIsA503UntilItReturns() throws Exception {
        try (var pg = PrivatePostgres.start()) {
            Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
            env.putAll(pg.env());
            try (var service = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
                var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
                String reader = admin.post("/v1/admin/keys", "{\"name\": \"r\", \"scopes\": [\"echo:read\"]}").json().get("key").asText();
                var created = admin.send("POST", "/v1/echo", "{\"text\": \"before\"}", "application/json", Map.of("Idempotency-Key", "k-1"));
                assertThat(created.status()).isEqualTo(201);

                pg.stop();
                var lookup = admin.as(reader).get("/v1/echo");
                assertUnavailable(lookup);
                assertThat(lookup.json().get("detail").asText()).as("the API key lookup").contains("PostgreSQL");
                assertUnavailable(admin.send("POST", "/v1/echo", "{\"text\": \"during\"}", "application/json", Map.of("Idempotency-Key", "k-2")));
                var ready = admin.get("/health/ready");
                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.json().get("checks").get("database").asText()).startsWith("DOWN").contains("PostgreSQL");

                pg.startAgain();
                // the pool may hand out a connection that died with the old server first: readiness
                // turns 200 by itself once it has replaced them
                assertReadyWithin(admin, Duration.ofSeconds(30));
                assertThat(admin.as(reader).get("/v1/echo").status()).as("the key stored before the outage").isEqualTo(200);
                var replayed = admin.send("POST", "/v1/echo", "{\"text\": \"before\"}", "application/json", Map.of("Idempotency-Key", "k-1"));
                assertThat(replayed.header("Idempotent-Replayed")).as("the record stored before the outage").isEqualTo("true");
                var retried = admin.send("POST", "/v1/echo", "{\"text\": \"during\"}", "application/json", Map.of("Idempotency-Key", "k-2"));
                assertThat(retried.status()).as("the refused request, retried").isEqualTo(201);
            }
        }
    }

    private static void assertReadyWithin(TestClient admin, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int status;
        while ((status = admin.get("/health/ready").status()) != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(status).as("readiness after the database returned").isEqualTo(200);
    }

    private static void assertUnavailable(TestClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).isEqualTo("5");
    }
}
