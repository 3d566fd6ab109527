package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static io.enis.observability.OtlpPost.JSON;
import static io.enis.observability.OtlpPost.PROTOBUF;
import static io.enis.observability.OtlpPost.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.testing.TestStores.Store;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OTLP/HTTP traces at {@code POST /v1/traces}: a real OpenTelemetry SDK exporting protobuf (plain and
 * gzip) into the live service and the trace read back, the SDK's own OTLP/JSON, partial success, and
 * every kind of refused request (nothing of which is stored).
 */
class OtlpTracesTest {
    static final int MAX_SPANS = 50;
    /** The deployment's traces-writer key, as the stacks hand it to the service and to the cluster's collector. */
    static final String WRITER = "traces-writer-key-from-the-stacks-0123456789";

    @TempDir
    Path dataDir;

    ObservabilityFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ObservabilityFixture(
                Store.EMBEDDED,
                dataDir,
                Map.of("MAX_SPANS_PER_REQUEST", "" + MAX_SPANS, ObservabilityService.TRACES_WRITER_KEY, WRITER));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** A checkout: a server span, a client call under it that failed, at T0 on the fixture's clock. */
    private static String checkout(SdkTracerProvider provider) {
        Tracer tracer = provider.get("io.enis.test", "1.0");
        var server = tracer.spanBuilder("GET /checkout")
                .setSpanKind(SpanKind.SERVER)
                .setStartTimestamp(T0.toEpochMilli(), TimeUnit.MILLISECONDS)
                .setAttribute("http.request.method", "GET")
                .setAttribute("http.response.status_code", 200L)
                .startSpan();
        var client = tracer.spanBuilder("SELECT orders")
                .setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current().with(server))
                .setStartTimestamp(T0.toEpochMilli() + 10, TimeUnit.MILLISECONDS)
                .setAttribute("db.system", "postgresql")
                .setAttribute("db.rows", 2.5)
                .startSpan();
        client.setStatus(StatusCode.ERROR, "deadlock");
        client.end(T0.toEpochMilli() + 110, TimeUnit.MILLISECONDS);
        server.end(T0.toEpochMilli() + 250, TimeUnit.MILLISECONDS);
        return server.getSpanContext().getTraceId();
    }

    private SdkTracerProvider provider(SpanExporter exporter) {
        return SdkTracerProvider.builder()
                .setClock(OtelSdk.clock(fx.clock))
                .setResource(OtelSdk.resource(Attributes.of(AttributeKey.stringKey("service.name"), "checkout")))
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build();
    }

    private static void flush(SdkTracerProvider provider) {
        CompletableResultCode flushed = provider.forceFlush().join(10, TimeUnit.SECONDS);
        assertThat(flushed.isSuccess()).as("the SDK's export succeeded").isTrue();
        provider.close();
    }

    private void assertCheckoutTrace(String traceId) {
        var r = fx.admin.get("/v1/traces/" + traceId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode trace = r.json();
        assertThat(trace.get("services").toString()).isEqualTo("[\"checkout\"]");
        assertThat(trace.get("durationMs").asDouble()).isEqualTo(250.0);
        assertThat(trace.get("startTime").asText()).isEqualTo(T0.toString());
        JsonNode server = trace.get("spans").get(0);
        JsonNode client = trace.get("spans").get(1);
        assertThat(server.get("operation").asText()).isEqualTo("GET /checkout");
        assertThat(server.get("kind").asText()).isEqualTo("server");
        assertThat(server.get("parentSpanId").isNull()).isTrue();
        assertThat(server.get("status").asText()).isEqualTo("ok");
        assertThat(server.get("attributes").get("http.response.status_code").asText())
                .isEqualTo("200");
        assertThat(client.get("operation").asText()).isEqualTo("SELECT orders");
        assertThat(client.get("kind").asText()).isEqualTo("client");
        assertThat(client.get("parentSpanId").asText())
                .isEqualTo(server.get("spanId").asText());
        assertThat(client.get("status").asText()).isEqualTo("error");
        assertThat(client.get("durationMs").asDouble()).isEqualTo(100.0);
        assertThat(client.get("attributes").get("db.system").asText()).isEqualTo("postgresql");
        assertThat(client.get("attributes").get("db.rows").asText()).isEqualTo("2.5");
    }

    @Test
    void anSdkExportingProtobufIsReadBackAsATrace() {
        var provider = provider(OtlpHttpSpanExporter.builder()
                .setEndpoint(OtelSdk.endpoint(fx, "/v1/traces"))
                .addHeader("Authorization", OtelSdk.bearer())
                .build());
        String traceId = checkout(provider);
        flush(provider);
        assertCheckoutTrace(traceId);
        var red = fx.admin
                .get("/v1/apm/services?start=" + T0.minusSeconds(60) + "&end=" + T0.plusSeconds(60))
                .json();
        assertThat(red.get("services").get(0).get("requests").asInt())
                .as("the server span counts as a request")
                .isEqualTo(1);
    }

    @Test
    void anSdkExportingGzipIsReadBackAsATrace() {
        var provider = provider(OtlpHttpSpanExporter.builder()
                .setEndpoint(OtelSdk.endpoint(fx, "/v1/traces"))
                .addHeader("Authorization", OtelSdk.bearer())
                .setCompression("gzip")
                .build());
        String traceId = checkout(provider);
        flush(provider);
        assertCheckoutTrace(traceId);
    }

    /**
     * What the cluster's OpenTelemetry Collector does: exports with the deployment key
     * {@code TRACES_WRITER_API_KEY} into the tenant {@code platform}. The key may write traces and
     * nothing else; the trace is in that tenant only.
     */
    @Test
    void theTracesWriterKeyOfTheDeploymentMayOnlyWriteTraces() {
        var provider = provider(OtlpHttpSpanExporter.builder()
                .setEndpoint(OtelSdk.endpoint(fx, "/v1/traces"))
                .addHeader("Authorization", "Bearer " + WRITER)
                .addHeader(Tenants.HEADER, "platform")
                .build());
        String traceId = checkout(provider);
        flush(provider);

        var writer = fx.admin.as(WRITER);
        assertThat(writer.get("/v1/traces/" + traceId).status())
                .as("no traces:read")
                .isEqualTo(403);
        assertThat(writer.get("/v1/apm/services").status()).isEqualTo(403);
        assertThat(writer.post("/v1/metrics/collect", "{\"metrics\": []}").status())
                .as("no metrics:write")
                .isEqualTo(403);
        assertThat(fx.admin.get("/v1/traces/" + traceId).status())
                .as("not in the default tenant")
                .isEqualTo(404);
        var platform = fx.admin.send("GET", "/v1/traces/" + traceId, null, null, Map.of(Tenants.HEADER, "platform"));
        assertThat(platform.status()).as(platform.toString()).isEqualTo(200);
        assertThat(platform.json().get("spans")).hasSize(2);
        assertThat(ServiceLauncher.help(fx.definition))
                .contains(ObservabilityService.TRACES_WRITER_KEY, "API key granting traces:write");
    }

    /** Keeps what the SDK exports, to encode it with the SDK's own OTLP marshaler. */
    static final class Collected implements SpanExporter {
        final List<SpanData> spans = new ArrayList<>();

        @Override
        public synchronized CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAll(batch);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    /** The SDK's own OTLP/JSON encoding (its internal marshaler: what its JSON mode sends; hex ids, string nanos). */
    private static byte[] sdkJson(List<SpanData> spans) throws Exception {
        var out = new ByteArrayOutputStream();
        TraceRequestMarshaler.create(spans).writeJsonTo(out);
        return out.toByteArray();
    }

    @Test
    void theSdksOtlpJsonIsReadBackAsATraceAndAnsweredInJson() throws Exception {
        var collected = new Collected();
        var provider = provider(collected);
        String traceId = checkout(provider);
        flush(provider);
        byte[] json = sdkJson(collected.spans);
        assertThat(new String(json)).contains("\"traceId\":\"" + traceId + "\"");

        var answer = OtlpPost.post(fx, "/v1/traces", json, "application/json; charset=utf-8");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(JSON);
        assertThat(new String(answer.body())).isEqualTo("{}");
        assertCheckoutTrace(traceId);

        var gzipped = OtlpPost.post(fx, "/v1/traces", OtlpPost.gzip(json), JSON, Map.of("Content-Encoding", "gzip"));
        assertThat(gzipped.status()).as(gzipped.toString()).isEqualTo(200);
    }

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static Span.Builder span(String traceHex, byte[] spanId, String name) {
        return Span.newBuilder()
                .setTraceId(ByteString.fromHex(traceHex))
                .setSpanId(ByteString.copyFrom(spanId))
                .setName(name)
                .setKind(Span.SpanKind.SPAN_KIND_SERVER)
                .setStartTimeUnixNano(T0.toEpochMilli() * 1_000_000)
                .setEndTimeUnixNano(T0.toEpochMilli() * 1_000_000 + 5_000_000);
    }

    private static ExportTraceServiceRequest request(Span.Builder... spans) {
        var scope = ScopeSpans.newBuilder();
        Arrays.stream(spans).forEach(scope::addSpans);
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder()
                        .setResource(Resource.newBuilder()
                                .addAttributes(KeyValue.newBuilder()
                                        .setKey("service.name")
                                        .setValue(AnyValue.newBuilder().setStringValue("cart"))))
                        .addScopeSpans(scope))
                .build();
    }

    private static byte[] id(int length, int fill) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) fill);
        return b;
    }

    @Test
    void invalidSpansAreRejectedInPartialSuccessAndTheOthersStored() {
        var request = request(
                span(TRACE, id(8, 1), "good"),
                span("00000000000000000000000000000000", id(8, 2), "zero trace id"),
                span(TRACE, id(5, 3), "short span id"),
                span(TRACE, id(8, 4), "ends before it starts").setEndTimeUnixNano(1));
        var answer = OtlpPost.post(fx, "/v1/traces", request.toByteArray(), PROTOBUF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(PROTOBUF);
        var partial =
                answer.message(ExportTraceServiceResponse.getDefaultInstance()).getPartialSuccess();
        assertThat(partial.getRejectedSpans()).isEqualTo(3);
        assertThat(partial.getErrorMessage())
                .startsWith("3 of 4 spans rejected: ")
                .contains("resourceSpans[0].scopeSpans[0].spans[1].traceId: must not be all zeros")
                .contains(
                        "resourceSpans[0].scopeSpans[0].spans[2].spanId: must be 8 bytes (16 hex characters); got 5 bytes")
                .contains(
                        "resourceSpans[0].scopeSpans[0].spans[3].endTimeUnixNano: must not be before startTimeUnixNano");
        JsonNode spans = fx.admin.get("/v1/traces/" + TRACE).json().get("spans");
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).get("operation").asText()).isEqualTo("good");
        assertThat(spans.get(0).get("service").asText()).isEqualTo("cart");
    }

    @Test
    void partialSuccessIsAnsweredInJsonToJson() {
        String json = """
                {"resourceSpans": [{"scopeSpans": [{"spans": [
                  {"traceId": "%s", "spanId": "0102030405060708", "name": "good", "kind": "SPAN_KIND_CLIENT",
                   "startTimeUnixNano": "1737453600000000000", "endTimeUnixNano": 1737453600005000000},
                  {"traceId": "%s", "spanId": "0000000000000000", "name": "zero span id",
                   "startTimeUnixNano": "1737453600000000000", "endTimeUnixNano": "1737453600005000000"}]}]}]}""".formatted(TRACE, TRACE);
        var answer = OtlpPost.post(fx, "/v1/traces", utf8(json), JSON);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(new String(answer.body()))
                .startsWith("{\"partialSuccess\":{\"rejectedSpans\":\"1\",\"errorMessage\":\"1 of 2 spans rejected: "
                        + "resourceSpans[0].scopeSpans[0].spans[1].spanId: must not be all zeros");
        JsonNode span = fx.admin.get("/v1/traces/" + TRACE).json().get("spans").get(0);
        assertThat(span.get("service").asText()).isEqualTo("unknown_service");
        assertThat(span.get("kind").asText()).isEqualTo("client");
    }

    @Test
    void anEmptyExportSucceeds() {
        var answer = OtlpPost.post(fx, "/v1/traces", new byte[0], PROTOBUF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.message(ExportTraceServiceResponse.getDefaultInstance())
                        .hasPartialSuccess())
                .isFalse();
    }

    private byte[] valid() {
        return request(span(TRACE, id(8, 1), "stored only if accepted")).toByteArray();
    }

    /** Each case: body kind | content type | content encoding | expected status | text the status message holds. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage|application/x-protobuf||400|body: is not a protobuf ExportTraceServiceRequest",
                "truncated|application/x-protobuf||400|body: is not a protobuf ExportTraceServiceRequest",
                "{\"resourceSpans\": [|application/json||400|body: malformed JSON at line 1",
                "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"4bf92f3577b34da6a3ce929d0e0e4736\", \"startTimeUnixNano\": \"soon\"}]}]}]}|application/json||400|resourceSpans[0].scopeSpans[0].spans[0].startTimeUnixNano: ",
                "{\"resourceSpans\": [{\"scopeSpans\": [{\"spans\": [{\"traceId\": \"S/kvNXezTaajzpKdDg5HNg==\"}]}]}]}|application/json||400|resourceSpans[0].scopeSpans[0].spans[0].traceId: must be hex characters",
                "{\"resourceSpans\": {}}|application/json||400|resourceSpans: ",
                "[1, 2]|application/json||400|body: must be a JSON object",
                "valid|application/x-protobuf|br|415|Content-Encoding: 'br' is not supported",
                "valid|application/x-protobuf|gzip|400|body: is not valid gzip data",
                "bomb|application/x-protobuf|gzip|413|body: decompresses to more than 4194304 bytes (MAX_REQUEST_BYTES)",
                "huge|application/x-protobuf||413|body: larger than MAX_REQUEST_BYTES allows",
                "valid|text/plain||415|Content-Type: send application/x-protobuf or application/json",
                "many|application/x-protobuf||413|resourceSpans: at most 50 spans per export (MAX_SPANS_PER_REQUEST); got 51"
            })
    void refusedExportsAnswerAStatusNamingTheProblemAndStoreNothing(String spec) {
        String[] p = spec.split("\\|", -1);
        byte[] body = switch (p[0]) {
            case "garbage" -> utf8("not a protobuf");
            case "truncated" -> Arrays.copyOf(valid(), valid().length - 3);
            case "valid" -> valid();
            case "bomb" -> OtlpPost.gzip(new byte[5 * 1024 * 1024]);
            case "huge" -> new byte[5 * 1024 * 1024];
            case "many" ->
                request(java.util.stream.IntStream.rangeClosed(1, MAX_SPANS + 1)
                                .mapToObj(i -> span(TRACE, id(8, i), "span " + i))
                                .toArray(Span.Builder[]::new))
                        .toByteArray();
            default -> utf8(p[0]);
        };
        var answer = OtlpPost.post(
                fx, "/v1/traces", body, p[1], p[2].isEmpty() ? Map.of() : Map.of("Content-Encoding", p[2]));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(Integer.parseInt(p[3]));
        assertThat(answer.contentType())
                .as("a status in the request's encoding (JSON when it has none)")
                .startsWith(p[1].equals(PROTOBUF) ? PROTOBUF : JSON);
        assertThat(answer.statusMessage()).contains(p[4]);
        assertThat(fx.admin
                        .get("/v1/traces?start=0&end="
                                + T0.plus(Duration.ofDays(3650)).getEpochSecond())
                        .json()
                        .get("traces"))
                .as("nothing stored")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/v1/traces|application/x-protobuf",
                "/v1/traces|application/json",
                "/v1/metrics|application/x-protobuf"
            })
    void anUnknownKeyIsAnsweredWithAStatusInTheRequestsEncodingNotAProblem(String spec) {
        String[] p = spec.split("\\|");
        var answer = OtlpPost.postAs(
                fx, "not-a-key", p[0], p[1].equals(PROTOBUF) ? new byte[0] : utf8("{}"), p[1], Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith(p[1]);
        assertThat(answer.statusMessage()).containsIgnoringCase("key");
    }

    @Test
    void theSdkExporterSeesARefusalAsAFailedExport() {
        var exporter = OtlpHttpSpanExporter.builder()
                .setEndpoint(OtelSdk.endpoint(fx, "/v1/traces"))
                .addHeader("Authorization", "Bearer not-a-key")
                .setRetryPolicy(null)
                .build();
        var collected = new Collected();
        var provider = provider(collected);
        checkout(provider);
        flush(provider);
        CompletableResultCode result = exporter.export(collected.spans).join(10, TimeUnit.SECONDS);
        assertThat(result.isSuccess()).isFalse();
        exporter.close();
    }
}
