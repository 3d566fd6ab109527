package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spans in the service database: bounded by {@code TRACE_RETENTION} and {@code TRACE_MAX_SPANS}
 * (whole traces, the ones that ended first), kept across a restart of the service on the same data
 * (the kill -9 case is {@link ObservabilityJarIT}), and forwarded over OTLP/HTTP to a second,
 * real observability instance given as {@code TRACES_FORWARD_URL}.
 */
class TraceDurabilityTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path receiverDir;

    static List<Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void retentionAndTheSpanLimitDeleteWholeTracesOldestFirst(Store store) throws Exception {
        try (var fx =
                new ObservabilityFixture(store, dataDir, Map.of("TRACE_MAX_SPANS", "100", "TRACE_RETENTION", "1h"))) {
            for (int t = 1; t <= 3; t++) {
                for (int i = 1; i <= 50; i++) {
                    span(fx.admin, trace(t), i, T0.plusSeconds(t * 60L + i));
                }
            }
            assertThat(fx.definition.traces().spanCount()).isEqualTo(150);
            assertThat(fx.definition.traces().enforceRetention()).isEqualTo(50);
            assertThat(fx.admin.get("/v1/traces/" + trace(1)).status())
                    .as("ended first")
                    .isEqualTo(404);
            assertThat(fx.admin.get("/v1/traces/" + trace(2)).status()).isEqualTo(200);
            assertThat(fx.admin.get("/v1/traces/" + trace(3)).status()).isEqualTo(200);

            fx.clock.advance(Duration.ofMinutes(65)); // every span ended before T0+5m
            assertThat(fx.definition.traces().enforceRetention()).isEqualTo(100);
            assertThat(fx.admin.get("/v1/traces/" + trace(3)).status()).isEqualTo(404);
        }
    }

    @Test
    void spansSurviveARestartOnTheSameData() throws Exception {
        try (var fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of())) {
            span(fx.admin, trace(7), 1, T0);
        }
        try (var fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of())) {
            var r = fx.admin.get("/v1/traces/" + trace(7));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("spans").get(0).get("service").asText()).isEqualTo("checkout");
        }
    }

    @Test
    void storedSpansAreForwardedOverOtlpToTheConfiguredBackend() throws Exception {
        try (var receiver = new ObservabilityFixture(Store.EMBEDDED, receiverDir, Map.of());
                var fx = new ObservabilityFixture(
                        Store.EMBEDDED,
                        dataDir,
                        Map.of(
                                "TRACES_FORWARD_URL", receiver.service.baseUrl() + "/v1/traces",
                                "TRACES_FORWARD_HEADERS", "Authorization=Bearer%20" + TestStores.ADMIN_KEY))) {
            var r = fx.admin.send(
                    "POST",
                    "/v1/traces/span",
                    spanJson(trace(9), 1, T0, "error"),
                    "application/json",
                    Map.of("X-Scope-OrgID", "team-x"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);

            var asTeam = Map.of("X-Scope-OrgID", "team-x");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            TestClient.Response got = null;
            while (System.nanoTime() < deadline) {
                got = receiver.admin.send("GET", "/v1/traces/" + trace(9), null, null, asTeam);
                if (got.status() == 200) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(got.status())
                    .as("forwarded to the receiver, under the same tenant: " + got)
                    .isEqualTo(200);
            var span = got.json().get("spans").get(0);
            assertThat(span.get("service").asText()).isEqualTo("checkout");
            assertThat(span.get("operation").asText()).isEqualTo("GET /cart");
            assertThat(span.get("kind").asText()).isEqualTo("server");
            assertThat(span.get("status").asText()).isEqualTo("error");
            assertThat(span.get("attributes").get("n").asText()).isEqualTo("1");
            assertThat(receiver.admin.get("/v1/traces/" + trace(9)).status())
                    .as("not under the default tenant")
                    .isEqualTo(404);
        }
    }

    private static String trace(int n) {
        return "%032x".formatted(0xfeed0000L + n);
    }

    private static String spanJson(String trace, int n, Instant start, String status) {
        return """
                {"traceId": "%s", "spanId": "%016x", "service": "checkout", "operation": "GET /cart", "kind": "server",
                 "startTime": "%s", "durationMs": 5, "status": "%s", "attributes": {"n": "%d"}}""".formatted(trace, n, start, status, n);
    }

    private static void span(TestClient client, String trace, int n, Instant start) {
        var r = client.post("/v1/traces/span", spanJson(trace, n, start, "ok"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
