package io.enis.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.PortRetry;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Observability exporting its own request spans to itself: they can be read back like anyone's, and
 * the exports arriving on its OTLP route make no spans of their own (which the next export would carry).
 */
class SelfTracingTest {
    private static final String FIRST = "11111111111111111111111111111111";
    private static final String SECOND = "22222222222222222222222222222222";

    @TempDir
    Path dataDir;

    @Test
    void itsOwnSpansArriveAndTheIngestRouteIsNotTraced() throws Exception {
        // its settings name its own port, so it cannot pick one: a port taken before the bind costs a retry
        try (var fx = PortRetry.start(port -> new ObservabilityFixture(
                Store.EMBEDDED,
                dataDir,
                Map.of(
                        "PORT",
                        String.valueOf(port),
                        "OTEL_EXPORTER_OTLP_ENDPOINT",
                        "http://127.0.0.1:" + port,
                        "OTEL_EXPORTER_OTLP_PROTOCOL",
                        "http/json",
                        "OTEL_EXPORTER_OTLP_HEADERS",
                        "Authorization=Bearer%20" + TestStores.ADMIN_KEY,
                        "OTEL_BSP_SCHEDULE_DELAY",
                        "50")))) {
            JsonNode first = traced(fx.admin, FIRST);
            assertThat(first.get("services").toString()).isEqualTo("[\"observability\"]");
            JsonNode span = first.get("spans").get(0);
            assertThat(span.get("operation").asText()).isEqualTo("GET /v1/apm/services");
            assertThat(span.get("kind").asText()).isEqualTo("server");
            assertThat(span.get("parentSpanId").asText()).isEqualTo("00f067aa0ba902b7");
            // exports have arrived since the first span (and the second's): had they been traced, their
            // spans, ended before the second request began, would have been exported with it at the latest
            traced(fx.admin, SECOND);

            long now = System.currentTimeMillis() / 1000;
            String window = "&start=" + (now - 600) + "&end=" + (now + 600);
            assertThat(search(fx.admin, "GET%20/v1/apm/services", window)).isNotEmpty();
            assertThat(search(fx.admin, "POST%20/v1/traces", window)).isEmpty();
        }
    }

    /** Makes a traced request in trace {@code traceId} and waits until its span can be read back. */
    private static JsonNode traced(TestClient client, String traceId) throws InterruptedException {
        var r = client.send(
                "GET", "/v1/apm/services", null, null, Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var trace = client.get("/v1/traces/" + traceId);
            if (trace.status() == 200) {
                return trace.json();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("trace " + traceId + " was not exported within 20 s");
    }

    private static JsonNode search(TestClient client, String operation, String window) {
        var r = client.get("/v1/traces?service=observability&operation=" + operation + window);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("traces");
    }
}
