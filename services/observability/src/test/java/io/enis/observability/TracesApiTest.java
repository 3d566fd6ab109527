package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spans in both formats, assembled traces, search and RED metrics, over real HTTP. */
class TracesApiTest {
    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @TempDir
    Path dataDir;

    ObservabilityFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String fixture() throws Exception {
        return new String(
                getClass().getResourceAsStream("/fixtures/otlp-checkout.json").readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void otlpJsonIsAssembledIntoATrace() throws Exception {
        var r = fx.admin.post("/v1/traces", fixture());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.body())
                .as("an ExportTraceServiceResponse without partialSuccess")
                .isEqualTo("{}");

        JsonNode trace = fx.admin.get("/v1/traces/" + TRACE.toUpperCase()).json();
        assertThat(trace.get("services").toString()).isEqualTo("[\"billing\",\"frontend\"]");
        assertThat(trace.get("durationMs").asDouble()).isEqualTo(250.0);
        JsonNode spans = trace.get("spans");
        assertThat(spans).hasSize(3);
        assertThat(spans.get(0).get("operation").asText()).isEqualTo("GET /checkout");
        assertThat(spans.get(0).get("parentSpanId").isNull()).isTrue();
        assertThat(spans.get(0).get("kind").asText()).isEqualTo("server");
        assertThat(spans.get(1).get("kind").asText()).isEqualTo("client");
        assertThat(spans.get(2).get("status").asText()).isEqualTo("error");
        assertThat(spans.get(2).get("attributes").get("db.system").asText()).isEqualTo("postgresql");
        assertThat(spans.get(0)
                        .get("attributes")
                        .get("http.response.status_code")
                        .asText())
                .isEqualTo("200");
    }

    @Test
    void specExampleWithNumericNanosAndUpperCaseIdsIsAccepted() {
        var r = fx.admin.post("/v1/traces/span", """
                {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "my.service"}}]},
                  "scopeSpans": [{"scope": {"name": "my.library"}, "spans": [{
                    "traceId": "5B8EFFF798038103D269B633813FC60C", "spanId": "EEE19B7EC3C1B174", "parentSpanId": "EEE19B7EC3C1B173",
                    "name": "I'm a server span", "startTimeUnixNano": 1544712660000000000, "endTimeUnixNano": 1544712661000000000,
                    "kind": 2}]}]}]}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode span = fx.admin
                .get("/v1/traces/5b8efff798038103d269b633813fc60c")
                .json()
                .get("spans")
                .get(0);
        assertThat(span.get("durationMs").asDouble()).isEqualTo(1000.0);
        assertThat(span.get("service").asText()).isEqualTo("my.service");
    }

    @Test
    void singleSpansSearchAndRed() {
        for (int i = 0; i < 10; i++) {
            String trace = String.format("%032x", i + 1);
            var r = fx.admin.post("/v1/traces/span", """
                    {"traceId": "%s", "spanId": "%016x", "service": "checkout", "operation": "GET /cart", "kind": "server",
                     "startTime": "%s", "durationMs": %d, "status": "%s"}""".formatted(
                            trace, i + 1, T0.minusSeconds(60 - i), (i + 1) * 10, i == 9 ? "error" : "ok"));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        var slow = fx.admin
                .get("/v1/traces?service=checkout&minDuration=80ms")
                .json()
                .get("traces");
        assertThat(slow).hasSize(3);
        assertThat(slow.get(0).get("durationMs").asDouble()).as("newest first").isEqualTo(100.0);
        assertThat(slow.get(0).get("errorCount").asInt()).isEqualTo(1);
        assertThat(fx.admin.get("/v1/traces?service=nobody").json().get("traces"))
                .isEmpty();
        assertThat(fx.admin.get("/v1/traces?limit=2").json().get("traces")).hasSize(2);

        JsonNode red = fx.admin
                .get("/v1/apm/services?start=" + T0.minusSeconds(120) + "&end=" + T0)
                .json()
                .get("services")
                .get(0);
        assertThat(red.get("service").asText()).isEqualTo("checkout");
        assertThat(red.get("requests").asInt()).isEqualTo(10);
        assertThat(red.get("errors").asInt()).isEqualTo(1);
        assertThat(red.get("errorRatio").asDouble()).isEqualTo(0.1);
        assertThat(red.get("ratePerSecond").asDouble()).isCloseTo(10 / 120.0, within(1e-9));
        assertThat(red.get("p50Ms").asDouble()).isEqualTo(50.0);
        assertThat(red.get("p95Ms").asDouble()).isEqualTo(100.0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"traceId\": \"xyz\", \"spanId\": \"00f067aa0ba902b7\", \"service\": \"s\", \"operation\": \"o\", \"startTime\": \"2025-01-21T10:00:00Z\", \"durationMs\": 1}|traceId",
                "{\"traceId\": \"00000000000000000000000000000000\", \"spanId\": \"00f067aa0ba902b7\", \"service\": \"s\", \"operation\": \"o\", \"startTime\": \"2025-01-21T10:00:00Z\", \"durationMs\": 1}|traceId",
                "{\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"spanId\": \"00f067aa0ba902b7\", \"service\": \"s\", \"operation\": \"o\", \"startTime\": \"2025-01-21T10:00:00Z\"}|durationMs",
                "{\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"spanId\": \"00f067aa0ba902b7\", \"service\": \"s\", \"operation\": \"o\", \"startTime\": \"2025-01-21T10:00:00Z\", \"durationMs\": -5}|durationMs",
                "{\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"spanId\": \"00f067aa0ba902b7\", \"service\": \"s\", \"operation\": \"o\", \"durationMs\": 1}|startTime",
                "{\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"spanId\": \"00f067aa0ba902b7\", \"service\": \"s\", \"operation\": \"o\", \"startTime\": \"2025-01-21T10:00:00Z\", \"durationMs\": 1, \"kind\": \"weird\"}|kind",
                "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"spanId\": \"00f067aa0ba902b7\", \"name\": \"x\", \"startTimeUnixNano\": \"soon\", \"endTimeUnixNano\": \"1\"}]}]}]}|resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano",
                "{\"resourceSpans\": {}}|resourceSpans",
                "[1, 2]|[0]"
            })
    void badSpansAre400NamingTheFieldAndStoreNothing(String spec) {
        String[] parts = spec.split("\\|");
        var r = fx.admin.post("/v1/traces/span", parts[0]);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsText("field"))
                .anySatisfy(f -> assertThat(f).startsWith(parts[1]));
        assertThat(fx.admin.get("/v1/traces").json().get("traces")).isEmpty();
    }

    @Test
    void otherTraceErrors() {
        assertThat(fx.admin.get("/v1/traces/" + TRACE).status()).isEqualTo(404);
        assertThat(fx.admin
                        .get("/v1/traces/not-an-id")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("traceId");
        assertThat(fx.admin.get("/v1/traces?limit=0").status()).isEqualTo(400);
        assertThat(fx.admin.get("/v1/traces?minDuration=long").status()).isEqualTo(400);
        assertThat(fx.admin
                        .send("POST", "/v1/traces/span", "\u0000", "application/x-protobuf", Map.of())
                        .status())
                .isEqualTo(415);
        assertThat(fx.admin
                        .get("/v1/apm/services?start=" + T0 + "&end=" + T0.minusSeconds(5))
                        .status())
                .isEqualTo(400);
    }
}
