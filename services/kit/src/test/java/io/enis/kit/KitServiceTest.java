package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.config.ConfigException;
import io.enis.kit.testing.OpenApiContract;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kit over real HTTP, on the embedded store and on PostgreSQL. */
class KitServiceTest {
    @TempDir
    Path dataDir;

    static List<Store> stores() {
        return TestStores.available();
    }

    private RunningService start(Store store, Consumer<Map<String, String>> tweak) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(store, dataDir));
        tweak.accept(env);
        return KitServer.start(new EchoService(), env, Clock.systemUTC());
    }

    private static String createKey(TestClient admin, String scopesJson) {
        var r = admin.post("/v1/admin/keys", "{\"name\":\"ci\",\"scopes\":" + scopesJson + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("key").asText();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void keysWithScopesAuthenticateAndAuthorize(Store store) throws Exception {
        try (var service = start(store, env -> { })) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var anonymous = admin.as(null);

            var none = anonymous.get("/v1/echo");
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(none.contentType()).startsWith("application/problem+json");
            assertThat(admin.as("enis_not-a-key").get("/v1/echo").status()).isEqualTo(401);

            String reader = createKey(admin, "[\"echo:read\"]");
            assertThat(reader).startsWith("enis_");
            var client = admin.as(reader);
            assertThat(client.get("/v1/echo").status()).isEqualTo(200);
            var forbidden = client.post("/v1/echo", "{\"text\":\"hi\"}");
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(forbidden.json().get("detail").asText()).contains("echo:write");
            assertThat(client.get("/v1/admin/keys").status()).isEqualTo(403);

            var listed = admin.get("/v1/admin/keys").json().get("keys");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).has("key")).as("secrets are shown only at creation").isFalse();
            assertThat(listed.get(0).get("scopes").get(0).asText()).isEqualTo("echo:read");

            String id = listed.get(0).get("id").asText();
            assertThat(admin.delete("/v1/admin/keys/" + id).json().get("revokedAt").isNull()).isFalse();
            assertThat(client.get("/v1/echo").status()).isEqualTo(401);
            assertThat(admin.delete("/v1/admin/keys/key_nope").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badKeyRequestsNameTheField(Store store) throws Exception {
        try (var service = start(store, env -> { })) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var r = admin.post("/v1/admin/keys", "{\"name\":\"x\",\"scopes\":[\"echo:read\",\"root\"],\"rateLimitPerMinute\":1.5}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly("scopes[1]", "rateLimitPerMinute");
            assertThat(r.json().get("errors").get(0).get("message").asText()).contains("echo:read", "echo:write", "keys:admin");
            assertThat(admin.get("/v1/admin/keys").json().get("keys")).as("nothing created").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void idempotencyKeyReplaysTheFirstResponse(Store store) throws Exception {
        try (var service = start(store, env -> { })) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var first = admin.send("POST", "/v1/echo", "{\"text\":\"once\"}", "application/json", Map.of("Idempotency-Key", "abc-1"));
            var again = admin.send("POST", "/v1/echo", "{\"text\":\"once\"}", "application/json", Map.of("Idempotency-Key", "abc-1"));
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(first.header("Idempotent-Replayed")).isNull();

            var reused = admin.send("POST", "/v1/echo", "{\"text\":\"other\"}", "application/json", Map.of("Idempotency-Key", "abc-1"));
            assertThat(reused.status()).isEqualTo(422);
            assertThat(reused.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");

            var invalid = admin.send("POST", "/v1/echo", "{\"text\":\"\"}", "application/json", Map.of("Idempotency-Key", "abc-2"));
            assertThat(invalid.status()).isEqualTo(400);
            var fixed = admin.send("POST", "/v1/echo", "{\"text\":\"x\"}", "application/json", Map.of("Idempotency-Key", "abc-3"));
            assertThat(fixed.json().get("n").asInt()).as("only two requests created something").isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void rateLimitPerKeyAnswers429WithRetryAfter(Store store) throws Exception {
        try (var service = start(store, env -> env.put("RATE_LIMIT_PER_MINUTE", "3"))) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            String other = createKey(admin, "[\"echo:read\"]");
            for (int i = 0; i < 2; i++) {
                assertThat(admin.get("/v1/echo").status()).isEqualTo(200);
            }
            var limited = admin.get("/v1/echo");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
            assertThat(limited.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(limited.json().get("type").asText()).endsWith("/rate-limited");
            assertThat(admin.as(other).get("/v1/echo").status()).as("each key has its own bucket").isEqualTo(200);
            assertThat(admin.as(null).get("/health/ready").status()).as("health is not limited").isEqualTo(200);
        }
    }

    @Test
    void errorsAreProblemJsonWithoutInternals() throws Exception {
        try (var service = start(Store.EMBEDDED, env -> env.put("MAX_REQUEST_BYTES", "2048"))) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var malformed = admin.post("/v1/echo", "{\"text\": ");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
            assertThat(malformed.json().get("detail").asText()).contains("line 1");

            var wrongType = admin.post("/v1/echo", "{\"text\": 5}");
            assertThat(wrongType.json().get("errors").get(0).get("message").asText()).isEqualTo("must be a string");

            var crash = admin.get("/v1/echo/fail");
            assertThat(crash.status()).isEqualTo(500);
            assertThat(crash.body()).doesNotContain("secret internal detail").doesNotContain("IllegalStateException");
            assertThat(crash.json().get("requestId").asText()).isEqualTo(crash.header("X-Request-Id"));

            var unknown = admin.get("/v1/nope");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");

            var big = admin.post("/v1/echo", "{\"text\":\"" + "x".repeat(4000) + "\"}");
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.contentType()).startsWith("application/problem+json");

            var traced = admin.send("GET", "/v1/echo", null, null, Map.of("X-Request-Id", "trace-42"));
            assertThat(traced.header("X-Request-Id")).isEqualTo("trace-42");
            var injected = admin.send("GET", "/v1/echo", null, null, Map.of("X-Request-Id", "bad id\"}"));
            assertThat(injected.header("X-Request-Id")).isNotEqualTo("bad id\"}").hasSize(36);
        }
    }

    @Test
    void domainRefusalsAreMappedToProblemsInOnePlace() throws Exception {
        try (var service = start(Store.EMBEDDED, env -> { })) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var invalid = admin.get("/v1/echo/refuse/invalid");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().get("type").asText()).endsWith("/validation");
            assertThat(invalid.json().get("detail").asText()).isEqualTo("2 invalid fields, first a: must be x");
            assertThat(invalid.json().get("errors").get(1).get("field").asText()).isEqualTo("b");

            assertThat(admin.get("/v1/echo/refuse/missing").status()).isEqualTo(404);
            var conflict = admin.get("/v1/echo/refuse/conflict");
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.json().get("errors").get(0).get("field").asText()).isEqualTo("id");
            var large = admin.get("/v1/echo/refuse/large");
            assertThat(large.status()).isEqualTo(413);
            assertThat(large.json().get("type").asText()).endsWith("/too-large");
            assertThat(large.json().get("detail").asText()).isEqualTo("at most 3 items per request");
            assertThat(large.json().get("errors").get(0).get("field").asText()).isEqualTo("items");
            var limit = admin.get("/v1/echo/refuse/limit");
            assertThat(limit.status()).isEqualTo(422);
            assertThat(limit.json().get("type").asText()).endsWith("/limit-exceeded");

            var down = admin.get("/v1/echo/refuse/unavailable");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("Retry-After")).isEqualTo("7");
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(down.json().get("detail").asText()).isEqualTo("echo store is unavailable: disk full");
            assertThat(down.body()).doesNotContain("No space left");
        }
    }

    @Test
    void metricsHealthAndOpenApiArePublic() throws Exception {
        try (var service = start(Store.EMBEDDED, env -> { })) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            admin.get("/v1/echo");
            admin.get("/v1/echo/fail");
            var anonymous = admin.as(null);
            String metrics = anonymous.get("/metrics").body();
            assertThat(metrics)
                    .contains("http_server_requests_seconds_bucket{")
                    .contains("route=\"/v1/echo\"")
                    .contains("le=\"0.005\"")
                    .contains("http_server_errors_total{")
                    .contains("jvm_memory_used_bytes")
                    .contains("hikaricp_connections_active")
                    .contains("service=\"echo\"");
            assertThat(anonymous.get("/health/live").json().get("status").asText()).isEqualTo("UP");
            var ready = anonymous.get("/health/ready").json();
            assertThat(ready.get("checks").get("database").asText()).isEqualTo("UP");
            assertThat(anonymous.get("/openapi.json").json().get("paths").has("/v1/admin/keys")).isTrue();
            OpenApiContract.assertMatches(service);
        }
    }

    @Test
    void shutdownLetsInFlightRequestsFinish() throws Exception {
        var echo = new EchoService();
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        env.put("ECHO_SLOW", "2s");
        var service = KitServer.start(echo, env, Clock.systemUTC());
        var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
        var slow = CompletableFuture.supplyAsync(() -> admin.get("/v1/echo/slow"));
        assertThat(echo.slowEntered.await(30, TimeUnit.SECONDS)).as("the slow request reached its handler").isTrue();
        var stopping = CompletableFuture.runAsync(service::stop);
        TestClient.Response late = admin.get("/health/live");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (late.status() == 200 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            late = admin.get("/health/live");
        }
        assertThat(late.status()).as("a request arriving while the service drains").isEqualTo(503);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().get("type").asText()).endsWith("/unavailable");
        assertThat(late.header("Retry-After")).isEqualTo("1");
        assertThat(slow.get().status()).as("the request in flight still gets its whole response").isEqualTo(200);
        stopping.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aSignalTurnsReadinessOffButKeepsServingForTheShutdownDelay() throws Exception {
        var service = start(Store.EMBEDDED, env -> env.put("SHUTDOWN_DELAY", "3s"));
        var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
        var stopping = CompletableFuture.runAsync(service::stopOnSignal);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (admin.get("/health/ready").status() != 503 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(admin.get("/health/ready").status()).isEqualTo(503);
        assertThat(stopping).as("still within SHUTDOWN_DELAY").isNotDone();
        assertThat(admin.get("/v1/echo").status()).as("requests are still served").isEqualTo(200);
        stopping.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aDeploymentKeyFromTheEnvironmentHasOnlyItsScopes() throws Exception {
        String peer = "peer-key-from-a-generated-secret-0123456789";
        try (var service = start(Store.EMBEDDED, env -> env.put("ECHO_PEER_KEY", peer))) {
            var admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var client = admin.as(peer);
            assertThat(client.get("/v1/echo").status()).isEqualTo(200);
            assertThat(client.post("/v1/echo", "{\"text\":\"hi\"}").status()).as("only echo:read").isEqualTo(403);
            assertThat(client.get("/v1/admin/keys").status()).isEqualTo(403);
            assertThat(admin.as(peer + "x").get("/v1/echo").status()).isEqualTo(401);
            assertThat(admin.get("/v1/admin/keys").json().get("keys")).as("not a stored key").isEmpty();
        }
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        env.put("ECHO_PEER_KEY", "short");
        assertThatThrownBy(() -> KitServer.start(new EchoService(), env, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ECHO_PEER_KEY: must be at least 32 characters");
        assertThat(io.enis.kit.app.ServiceLauncher.help(new EchoService())).contains("ECHO_PEER_KEY", "API key granting echo:read");
    }

    @Test
    void invalidConfigurationListsEveryProblem() {
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        env.put("PORT", "http");
        env.put("LOG_LEVEL", "LOUD");
        env.put("ENIS_ADMIN_API_KEY", "short");
        env.put("SHUTDOWN_TIMEOUT", "soon");
        assertThatThrownBy(() -> KitServer.start(new EchoService(), env, Clock.systemUTC()))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).hasSize(4))
                .hasMessageContaining("PORT='http': must be a whole number between 0 and 65535")
                .hasMessageContaining("LOG_LEVEL='LOUD': must be one of TRACE, DEBUG, INFO, WARN, ERROR")
                .hasMessageContaining("ENIS_ADMIN_API_KEY: must be at least 32 characters")
                .hasMessageContaining("SHUTDOWN_TIMEOUT='soon'");
    }

    @Test
    void unreachableDatabaseIsNamedWithoutItsPassword() {
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        env.put("DATABASE_URL", "postgresql://127.0.0.1:1/nowhere");
        env.put("DATABASE_PASSWORD", "hunter2");
        assertThatThrownBy(() -> KitServer.start(new EchoService(), env, Clock.systemUTC()))
                .hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void embeddedStoreKeepsKeysAcrossRestarts() throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        String key;
        try (var first = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
            key = createKey(new TestClient(first.baseUrl(), TestStores.ADMIN_KEY), "[\"echo:read\"]");
        }
        try (var second = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
            assertThat(new TestClient(second.baseUrl(), key).get("/v1/echo").status()).isEqualTo(200);
        }
    }
}
