package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.config.ConfigException;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.OtlpExports;
import io.enis.kit.testing.OtlpExports.ExportedSpan;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.tracing.TracingSettings;
import io.opentelemetry.api.OpenTelemetry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kit's own request spans, exported over real OTLP/HTTP to a receiver, in both encodings. */
class KitTracingTest {
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @TempDir
    Path dataDir;

    private RunningService start(Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
        env.putAll(extra);
        return KitServer.start(new EchoService(), env, Clock.systemUTC());
    }

    @Test
    void withoutTheEndpointThereIsNoSdkAndRequestsAreServedAsBefore() throws Exception {
        try (var service =
                start(Map.of("OTEL_EXPORTER_OTLP_HEADERS", "Authorization=Bearer%20x", "OTEL_SERVICE_NAME", "other"))) {
            assertThat(service.tracing().enabled()).isFalse();
            assertThat(service.tracing().openTelemetry()).isSameAs(OpenTelemetry.noop());
            var client = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            var r = client.send(
                    "GET", "/v1/echo", null, null, Map.of("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01"));
            assertThat(r.status()).isEqualTo(200);
        }
    }

    @Test
    void theSpansResourceNamesTheServiceAndItsDeploymentEnvironment() throws Exception {
        try (var collector = new HttpReceiver()) {
            var service = start(Map.of(
                    "OTEL_EXPORTER_OTLP_ENDPOINT",
                    collector.url("/"),
                    "OTEL_EXPORTER_OTLP_PROTOCOL",
                    "http/json",
                    "ENVIRONMENT",
                    "prod"));
            assertThat(new TestClient(service.baseUrl(), TestStores.ADMIN_KEY)
                            .get("/v1/echo")
                            .status())
                    .isEqualTo(200);
            service.stop();

            assertThat(collector.accepted()).isNotEmpty().allSatisfy(export -> {
                JsonNode resource = Json.MAPPER.readTree(export.body()).at("/resourceSpans/0/resource/attributes");
                Map<String, String> attributes = new HashMap<>();
                resource.forEach(a -> attributes.put(
                        a.path("key").asText(), a.at("/value/stringValue").asText()));
                assertThat(attributes)
                        .containsEntry("service.name", new EchoService().name())
                        .containsEntry("deployment.environment", "prod");
            });
        }
    }

    /**
     * The batch delay is a minute, so the spans arrive only because stopping exports what is queued:
     * when {@code stop()} returns they must be at the receiver.
     */
    @ParameterizedTest
    @EnumSource(TracingSettings.Protocol.class)
    void requestSpansAreExportedWithTheCallersTraceAndFlushedAtShutdown(TracingSettings.Protocol protocol)
            throws Exception {
        try (var collector = new HttpReceiver()) {
            var service = start(Map.of(
                    "OTEL_EXPORTER_OTLP_ENDPOINT",
                    collector.url("/"),
                    "OTEL_EXPORTER_OTLP_PROTOCOL",
                    protocol.value(),
                    "OTEL_EXPORTER_OTLP_HEADERS",
                    "Authorization=Bearer%20collector-key,X-Scope-OrgID=platform",
                    "OTEL_BSP_SCHEDULE_DELAY",
                    "60000"));
            var client = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            assertThat(client.send(
                                    "GET",
                                    "/v1/echo/words/hello?secret=1",
                                    null,
                                    null,
                                    Map.of(
                                            "traceparent",
                                            "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01",
                                            "User-Agent",
                                            "kit-test"))
                            .status())
                    .isEqualTo(200);
            assertThat(client.get("/v1/echo/fail").status()).isEqualTo(500);
            assertThat(client.as(null).get("/v1/echo").status()).isEqualTo(401);
            assertThat(client.get("/health/live").status()).isEqualTo(200);
            assertThat(client.get("/v1/nothing-here").status()).isEqualTo(404);
            service.stop();

            List<HttpReceiver.Request> exports = collector.accepted();
            assertThat(exports).isNotEmpty().allSatisfy(e -> {
                assertThat(e.path()).isEqualTo("/v1/traces");
                assertThat(e.header("Authorization")).isEqualTo("Bearer collector-key");
                assertThat(e.header("X-Scope-OrgID")).isEqualTo("platform");
            });
            List<ExportedSpan> spans = OtlpExports.spans(exports);
            assertThat(spans)
                    .extracting(ExportedSpan::name)
                    .as("probes and unknown paths are not traced")
                    .containsExactlyInAnyOrder("GET /v1/echo/words/{word}", "GET /v1/echo/fail", "GET /v1/echo");

            ExportedSpan word = span(spans, "GET /v1/echo/words/{word}");
            assertThat(word.service()).isEqualTo("echo");
            assertThat(word.kind()).isEqualTo("server");
            assertThat(word.traceId()).isEqualTo(TRACE_ID);
            assertThat(word.parentSpanId()).isEqualTo(CALLER_SPAN);
            assertThat(word.error()).isFalse();
            assertThat(word.attributes())
                    .containsEntry("http.request.method", "GET")
                    .containsEntry("http.route", "/v1/echo/words/{word}")
                    .containsEntry("url.path", "/v1/echo/words/hello")
                    .containsEntry("http.response.status_code", "200")
                    .containsEntry("url.scheme", "http")
                    .containsEntry("server.address", "127.0.0.1")
                    .containsEntry("user_agent.original", "kit-test")
                    .containsEntry("network.protocol.version", "1.1")
                    .as("no proxy trusted: the client is the TCP peer")
                    .containsEntry("client.address", "127.0.0.1")
                    .containsEntry("network.peer.address", "127.0.0.1");
            assertThat(word.attributes().values()).noneMatch(v -> v.contains("secret"));

            ExportedSpan fail = span(spans, "GET /v1/echo/fail");
            assertThat(fail.error()).isTrue();
            assertThat(fail.parentSpanId()).as("no traceparent: a new trace").isNull();
            assertThat(fail.attributes())
                    .containsEntry("http.response.status_code", "500")
                    .containsEntry("error.type", IllegalStateException.class.getName());

            ExportedSpan unauthorized = span(spans, "GET /v1/echo");
            assertThat(unauthorized.error())
                    .as("a 4xx is the client's error, not the server's")
                    .isFalse();
            assertThat(unauthorized.attributes()).containsEntry("http.response.status_code", "401");
        }
    }

    @Test
    void aSampleRatioOfZeroRecordsNoNewTraceButFollowsASampledCaller() throws Exception {
        try (var collector = new HttpReceiver()) {
            var service =
                    start(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", collector.url(""), "OTEL_TRACES_SAMPLER_ARG", "0"));
            var client = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            client.get("/v1/echo");
            client.send(
                    "GET",
                    "/v1/echo/words/sampled",
                    null,
                    null,
                    Map.of("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01"));
            client.send(
                    "GET",
                    "/v1/echo/words/unsampled",
                    null,
                    null,
                    Map.of("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-00"));
            service.stop();
            assertThat(OtlpExports.spans(collector.accepted()))
                    .singleElement()
                    .satisfies(s -> assertThat(s.attribute("url.path")).isEqualTo("/v1/echo/words/sampled"));
        }
    }

    @Test
    void invalidTracingSettingsAreReportedWithoutTheHeaderValues() {
        assertThatThrownBy(() -> start(Map.of(
                        "OTEL_EXPORTER_OTLP_ENDPOINT",
                        "collector:4318",
                        "OTEL_EXPORTER_OTLP_PROTOCOL",
                        "grpc",
                        "OTEL_EXPORTER_OTLP_HEADERS",
                        "Authorization Bearer s3cr3t",
                        "OTEL_TRACES_SAMPLER_ARG",
                        "2")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems())
                            .anyMatch(
                                    p -> p.startsWith("OTEL_EXPORTER_OTLP_ENDPOINT='collector:4318': must be an http"))
                            .anyMatch(p -> p.startsWith(
                                    "OTEL_EXPORTER_OTLP_PROTOCOL='grpc': must be one of http/protobuf, http/json"))
                            .anyMatch(p -> p.startsWith("OTEL_EXPORTER_OTLP_HEADERS: entry 1 is not name=value"))
                            .anyMatch(p -> p.startsWith("OTEL_TRACES_SAMPLER_ARG=2: must be between 0.0 and 1.0"));
                    assertThat(e.getMessage()).doesNotContain("s3cr3t");
                });
    }

    private static ExportedSpan span(List<ExportedSpan> spans, String name) {
        return spans.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
