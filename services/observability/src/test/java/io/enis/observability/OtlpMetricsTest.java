package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static io.enis.observability.ObservabilityFixture.enc;
import static io.enis.observability.OtlpPost.JSON;
import static io.enis.observability.OtlpPost.PROTOBUF;
import static io.enis.observability.OtlpPost.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestClient.Response;
import io.enis.kit.testing.TestStores.Store;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.exporter.internal.otlp.metrics.MetricsRequestMarshaler;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogram;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.AggregationTemporalitySelector;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OTLP/HTTP metrics at {@code POST /v1/metrics}: a real OpenTelemetry SDK {@code MeterProvider}
 * exporting protobuf (plain and gzip) and its own OTLP/JSON into the live service, read back with
 * PromQL under the names and labels Prometheus' OTLP translation gives; partial success; and every
 * kind of refused request, none of which stores anything.
 */
class OtlpMetricsTest {
    static final Attributes RESOURCE = Attributes.builder()
            .put("service.name", "checkout")
            .put("service.namespace", "shop")
            .put("service.instance.id", "pod-1")
            .put("deployment.environment.name", "prod")
            .put("host.name", "node-7")
            .build();

    @TempDir
    Path dataDir;

    ObservabilityFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ObservabilityFixture(
                Store.EMBEDDED, dataDir, Map.of("MAX_SAMPLES_PER_REQUEST", "100", "MAX_SERIES_PER_TENANT", "60"));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private SdkMeterProvider provider(MetricExporter exporter) {
        return SdkMeterProvider.builder()
                .setClock(OtelSdk.clock(fx.clock))
                .setResource(OtelSdk.resource(RESOURCE))
                .registerMetricReader(PeriodicMetricReader.builder(exporter)
                        .setInterval(Duration.ofHours(1))
                        .build())
                .build();
    }

    private OtlpHttpMetricExporter exporter(boolean gzip) {
        var b = OtlpHttpMetricExporter.builder()
                .setEndpoint(OtelSdk.endpoint(fx, "/v1/metrics"))
                .addHeader("Authorization", OtelSdk.bearer());
        return (gzip ? b.setCompression("gzip") : b).build();
    }

    /** Records a counter, an up-down counter, two gauges and a histogram the way an instrumented service would. */
    private static void record(Meter meter) {
        var orders = meter.counterBuilder("orders.placed").setUnit("{order}").build();
        orders.add(3, Attributes.of(AttributeKey.stringKey("payment.method"), "card"));
        orders.add(2, Attributes.of(AttributeKey.stringKey("payment.method"), "cash"));
        var active = meter.upDownCounterBuilder("jobs.active").setUnit("{job}").build();
        active.add(5);
        active.add(-2);
        meter.gaugeBuilder("process.memory.usage")
                .setUnit("By")
                .ofLongs()
                .build()
                .set(1_048_576);
        meter.gaugeBuilder("cache.hit").setUnit("1").build().set(0.75);
        var duration = meter.histogramBuilder("http.server.request.duration")
                .setUnit("s")
                .setExplicitBucketBoundariesAdvice(List.of(0.1, 0.5, 1.0))
                .build();
        var route = Attributes.of(AttributeKey.stringKey("http.route"), "/checkout");
        for (double seconds : new double[] {0.05, 0.3, 0.3, 2.0}) {
            duration.record(seconds, route);
        }
    }

    private static void flush(SdkMeterProvider provider) {
        CompletableResultCode flushed = provider.forceFlush().join(10, TimeUnit.SECONDS);
        assertThat(flushed.isSuccess()).as("the SDK's export succeeded").isTrue();
    }

    private JsonNode instant(String query, long epochSeconds) {
        Response r = fx.admin.get("/v1/metrics/query?query=" + enc(query) + "&time=" + epochSeconds);
        assertThat(r.status()).as(query + ": " + r).isEqualTo(200);
        return r.json().get("data").get("result");
    }

    private double value(String query) {
        JsonNode result = instant(query, T0.getEpochSecond());
        assertThat(result).as(query).hasSize(1);
        return Double.parseDouble(result.get(0).get("value").get(1).asText());
    }

    private Map<String, String> labels(String query) {
        JsonNode result = instant(query, T0.getEpochSecond());
        assertThat(result).as(query).hasSize(1);
        Map<String, String> out = new TreeMap<>();
        result.get(0)
                .get("metric")
                .fields()
                .forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private List<String> metricNames() {
        List<String> names = new ArrayList<>();
        fx.admin
                .get("/v1/metrics/prometheus/api/v1/label/__name__/values")
                .json()
                .get("data")
                .forEach(n -> names.add(n.asText()));
        return names;
    }

    /** What {@link #record} makes, read back with PromQL under Prometheus' OTLP names and labels. */
    private void assertRecorded() {
        assertThat(metricNames())
                .containsExactlyInAnyOrder(
                        "orders_placed_total",
                        "jobs_active",
                        "process_memory_usage_bytes",
                        "cache_hit_ratio",
                        "http_server_request_duration_seconds_bucket",
                        "http_server_request_duration_seconds_sum",
                        "http_server_request_duration_seconds_count",
                        "target_info");
        assertThat(labels("orders_placed_total{payment_method=\"card\"}"))
                .isEqualTo(Map.of(
                        "__name__",
                        "orders_placed_total",
                        "job",
                        "shop/checkout",
                        "instance",
                        "pod-1",
                        "payment_method",
                        "card"));
        assertThat(value("orders_placed_total{payment_method=\"card\"}")).isEqualTo(3);
        assertThat(value("sum(orders_placed_total{job=\"shop/checkout\"})")).isEqualTo(5);
        assertThat(value("jobs_active"))
                .as("a non-monotonic sum is a gauge, without _total")
                .isEqualTo(3);
        assertThat(value("process_memory_usage_bytes")).isEqualTo(1_048_576);
        assertThat(value("cache_hit_ratio")).isEqualTo(0.75);
        String buckets = "http_server_request_duration_seconds_bucket{http_route=\"/checkout\"";
        assertThat(value(buckets + ", le=\"0.1\"}")).isEqualTo(1);
        assertThat(value(buckets + ", le=\"0.5\"}")).isEqualTo(3);
        assertThat(value(buckets + ", le=\"1\"}")).isEqualTo(3);
        assertThat(value(buckets + ", le=\"+Inf\"}")).isEqualTo(4);
        assertThat(value("http_server_request_duration_seconds_sum")).isCloseTo(2.65, within(1e-9));
        assertThat(value("http_server_request_duration_seconds_count")).isEqualTo(4);
        assertThat(value("histogram_quantile(0.5, http_server_request_duration_seconds_bucket)"))
                .isCloseTo(0.3, within(1e-9));
        assertThat(labels("target_info"))
                .isEqualTo(Map.of(
                        "__name__",
                        "target_info",
                        "job",
                        "shop/checkout",
                        "instance",
                        "pod-1",
                        "deployment_environment_name",
                        "prod",
                        "host_name",
                        "node-7"));
        assertThat(value("target_info")).isEqualTo(1);
    }

    @Test
    void anSdkMeterProviderExportingProtobufIsQueriedWithPromQl() {
        try (var provider = provider(exporter(false))) {
            record(provider.get("io.enis.test"));
            flush(provider);
            assertRecorded();

            fx.clock.advance(Duration.ofSeconds(60));
            provider.get("io.enis.test")
                    .counterBuilder("orders.placed")
                    .setUnit("{order}")
                    .build()
                    .add(4, Attributes.of(AttributeKey.stringKey("payment.method"), "card"));
            flush(provider);
            JsonNode later = instant("orders_placed_total{payment_method=\"card\"}", T0.getEpochSecond() + 60);
            assertThat(later.get(0).get("value").get(1).asText())
                    .as("cumulative across exports")
                    .isEqualTo("7");
        }
    }

    @Test
    void anSdkMeterProviderExportingGzipIsQueriedWithPromQl() {
        try (var provider = provider(exporter(true))) {
            record(provider.get("io.enis.test"));
            flush(provider);
            assertRecorded();
        }
    }

    /** Keeps what the SDK exports, with the temporality asked for, to encode it with the SDK's own marshaler. */
    static final class Collected implements MetricExporter {
        final List<MetricData> metrics = new ArrayList<>();
        private final AggregationTemporalitySelector temporality;

        Collected(AggregationTemporalitySelector temporality) {
            this.temporality = temporality;
        }

        @Override
        public io.opentelemetry.sdk.metrics.data.AggregationTemporality getAggregationTemporality(InstrumentType type) {
            return temporality.getAggregationTemporality(type);
        }

        @Override
        public synchronized CompletableResultCode export(Collection<MetricData> batch) {
            metrics.addAll(batch);
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

    /** One collection of what {@link #record} makes (closing the provider would export a second one). */
    private List<MetricData> collect(AggregationTemporalitySelector temporality) {
        var collected = new Collected(temporality);
        try (var provider = provider(collected)) {
            record(provider.get("io.enis.test"));
            flush(provider);
            return List.copyOf(collected.metrics);
        }
    }

    /** The SDK's own OTLP encodings of what it collected (its internal marshaler: what its exporters send). */
    private static byte[] sdkEncoded(List<MetricData> metrics, boolean json) throws Exception {
        var out = new ByteArrayOutputStream();
        var marshaler = MetricsRequestMarshaler.create(metrics);
        if (json) {
            marshaler.writeJsonTo(out);
        } else {
            marshaler.writeBinaryTo(out);
        }
        return out.toByteArray();
    }

    @Test
    void theSdksOtlpJsonIsQueriedWithPromQlAndAnsweredInJson() throws Exception {
        byte[] json = sdkEncoded(collect(AggregationTemporalitySelector.alwaysCumulative()), true);
        var answer = OtlpPost.post(fx, "/v1/metrics", json, JSON);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(JSON);
        assertThat(new String(answer.body())).isEqualTo("{}");
        assertRecorded();
    }

    @Test
    void deltaTemporalityIsRejectedInPartialSuccessAndGaugesStillStored() throws Exception {
        byte[] body = sdkEncoded(collect(AggregationTemporalitySelector.deltaPreferred()), false);
        var answer = OtlpPost.post(fx, "/v1/metrics", body, PROTOBUF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var partial = answer.message(ExportMetricsServiceResponse.getDefaultInstance())
                .getPartialSuccess();
        assertThat(partial.getRejectedDataPoints())
                .as("two counter points, one histogram point")
                .isEqualTo(3);
        assertThat(partial.getErrorMessage())
                .startsWith("3 of 6 data points rejected: ")
                .contains(".sum.aggregationTemporality: delta temporality is not stored")
                .contains(".histogram.aggregationTemporality: delta temporality is not stored")
                .contains("OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=cumulative");
        assertThat(metricNames())
                .containsExactlyInAnyOrder(
                        "jobs_active", "process_memory_usage_bytes", "cache_hit_ratio", "target_info");
    }

    private static KeyValue attr(String key, String value) {
        return KeyValue.newBuilder()
                .setKey(key)
                .setValue(AnyValue.newBuilder().setStringValue(value))
                .build();
    }

    private static NumberDataPoint.Builder point(Instant at, double value, KeyValue... attributes) {
        return NumberDataPoint.newBuilder()
                .setTimeUnixNano(at.toEpochMilli() * 1_000_000)
                .setAsDouble(value)
                .addAllAttributes(Arrays.asList(attributes));
    }

    private static Metric gauge(String name, NumberDataPoint.Builder... points) {
        var g = Gauge.newBuilder();
        Arrays.stream(points).forEach(g::addDataPoints);
        return Metric.newBuilder().setName(name).setGauge(g).build();
    }

    private static ExportMetricsServiceRequest request(Resource resource, Metric... metrics) {
        return ExportMetricsServiceRequest.newBuilder()
                .addResourceMetrics(ResourceMetrics.newBuilder()
                        .setResource(resource)
                        .addScopeMetrics(ScopeMetrics.newBuilder().addAllMetrics(Arrays.asList(metrics))))
                .build();
    }

    private static ExportMetricsServiceRequest request(Metric... metrics) {
        return request(
                Resource.newBuilder()
                        .addAttributes(attr("service.name", "cart"))
                        .build(),
                metrics);
    }

    private static HistogramDataPoint.Builder histogramPoint(List<Double> bounds, List<Long> counts, long count) {
        return HistogramDataPoint.newBuilder()
                .setTimeUnixNano(T0.toEpochMilli() * 1_000_000)
                .addAllExplicitBounds(bounds)
                .addAllBucketCounts(counts)
                .setCount(count)
                .setSum(1.5);
    }

    private static Metric histogram(String name, HistogramDataPoint.Builder point) {
        return Metric.newBuilder()
                .setName(name)
                .setUnit("s")
                .setHistogram(Histogram.newBuilder()
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                        .addDataPoints(point))
                .build();
    }

    @Test
    void summariesCollisionsAndSkippedPointsTranslateAsInPrometheus() {
        var summary = Metric.newBuilder()
                .setName("rpc.latency")
                .setUnit("ms")
                .setSummary(Summary.newBuilder()
                        .addDataPoints(SummaryDataPoint.newBuilder()
                                .setTimeUnixNano(T0.toEpochMilli() * 1_000_000)
                                .setCount(10)
                                .setSum(55)
                                .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder()
                                        .setQuantile(0.5)
                                        .setValue(4))
                                .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder()
                                        .setQuantile(0.99)
                                        .setValue(9))))
                .build();
        var colliding = gauge(
                "queue.depth",
                point(T0, 7, attr("queue.name", "mail"), attr("queue_name", "sms"), attr("job", "ignored")));
        var empty = gauge("skipped", point(T0, 1).setFlags(1));
        var answer = OtlpPost.post(
                fx, "/v1/metrics", request(summary, colliding, empty).toByteArray(), PROTOBUF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.message(ExportMetricsServiceResponse.getDefaultInstance())
                        .hasPartialSuccess())
                .isFalse();

        assertThat(value("rpc_latency_milliseconds{quantile=\"0.99\"}")).isEqualTo(9);
        assertThat(value("rpc_latency_milliseconds_sum")).isEqualTo(55);
        assertThat(value("rpc_latency_milliseconds_count")).isEqualTo(10);
        assertThat(labels("queue_depth"))
                .as("colliding names joined with ';' in key order; the resource's job wins")
                .isEqualTo(Map.of("__name__", "queue_depth", "job", "cart", "queue_name", "mail;sms"));
        assertThat(metricNames())
                .as("no target_info for a resource of service.name only; no sample for 'no recorded value'")
                .doesNotContain("target_info", "skipped");
    }

    @Test
    void refusedPointsAreReportedAndTheRestStored() {
        fx.collect(
                "{\"name\": \"late\", \"labels\": {\"job\": \"cart\"}, \"value\": 1, \"timestamp\": \"" + T0 + "\"}");
        var exponential = Metric.newBuilder()
                .setName("latency")
                .setExponentialHistogram(ExponentialHistogram.newBuilder()
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                        .addDataPoints(
                                ExponentialHistogramDataPoint.newBuilder().setTimeUnixNano(1)))
                .build();
        var request = request(
                gauge("late", point(T0.minus(Duration.ofHours(1)), 2)),
                gauge(
                        "fine",
                        point(T0, 1),
                        point(T0, 2, attr("x", "line\nbreak")),
                        NumberDataPoint.newBuilder().setAsInt(3)),
                exponential,
                gauge("...", point(T0, 4)));
        var answer = OtlpPost.post(fx, "/v1/metrics", request.toByteArray(), PROTOBUF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var partial = answer.message(ExportMetricsServiceResponse.getDefaultInstance())
                .getPartialSuccess();
        assertThat(partial.getRejectedDataPoints()).isEqualTo(5);
        String m = "resourceMetrics[0].scopeMetrics[0].metrics";
        assertThat(partial.getErrorMessage())
                .startsWith("5 of 6 data points rejected: ")
                .contains(m + "[1].gauge.dataPoints[1]: label x: label value must not contain control characters")
                .contains(m + "[1].gauge.dataPoints[2]: timeUnixNano is required")
                .contains(m + "[2].exponentialHistogram: exponential histograms are not stored")
                .contains(m + "[3].name: '...' leaves no Prometheus metric name")
                .contains(m + "[0].gauge.dataPoints[0]: out of order");
        assertThat(value("fine")).isEqualTo(1);
        assertThat(value("late")).as("the earlier sample only").isEqualTo(1);
    }

    @Test
    void theSeriesLimitRefusesTheExport() {
        var points = IntStream.range(0, 61)
                .mapToObj(i -> point(T0, i, attr("id", "" + i)))
                .toArray(NumberDataPoint.Builder[]::new);
        var answer =
                OtlpPost.post(fx, "/v1/metrics", request(gauge("wide", points)).toByteArray(), PROTOBUF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.statusMessage()).contains("the limit is 60").contains("MAX_SERIES_PER_TENANT");
        assertThat(metricNames()).isEmpty();
    }

    private byte[] body(String kind) {
        var valid = gauge("stored_only_if_accepted", point(T0, 1));
        return switch (kind) {
            case "garbage" -> utf8("not a protobuf");
            case "truncated" -> {
                byte[] b = request(valid).toByteArray();
                yield Arrays.copyOf(b, b.length - 3);
            }
            case "valid" -> request(valid).toByteArray();
            case "mismatched" ->
                request(valid, histogram("d", histogramPoint(List.of(0.1, 1.0), List.of(1L, 1L), 2)))
                        .toByteArray();
            case "miscounted" ->
                request(valid, histogram("d", histogramPoint(List.of(0.1, 1.0), List.of(1L, 1L, 1L), 5)))
                        .toByteArray();
            case "unordered" ->
                request(valid, histogram("d", histogramPoint(List.of(1.0, 0.1), List.of(1L, 1L, 1L), 3)))
                        .toByteArray();
            case "quantile" ->
                request(
                                valid,
                                Metric.newBuilder()
                                        .setName("s")
                                        .setSummary(Summary.newBuilder()
                                                .addDataPoints(SummaryDataPoint.newBuilder()
                                                        .setTimeUnixNano(1)
                                                        .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder()
                                                                .setQuantile(1.5))))
                                        .build())
                        .toByteArray();
            case "many" ->
                request(
                                valid,
                                histogram(
                                        "d",
                                        histogramPoint(
                                                IntStream.range(0, 120)
                                                        .mapToObj(i -> (double) i)
                                                        .toList(),
                                                IntStream.range(0, 121)
                                                        .mapToObj(i -> 0L)
                                                        .toList(),
                                                0)))
                        .toByteArray();
            default -> utf8(kind);
        };
    }

    /** Each case: body | content type | content encoding | expected status | text the status message holds. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "garbage|application/x-protobuf||400|body: is not a protobuf ExportMetricsServiceRequest",
                "truncated|application/x-protobuf||400|body: is not a protobuf ExportMetricsServiceRequest",
                "mismatched|application/x-protobuf||400|resourceMetrics[0].scopeMetrics[0].metrics[1].histogram.dataPoints[0].bucketCounts: has 2 counts for 2 explicitBounds",
                "miscounted|application/x-protobuf||400|resourceMetrics[0].scopeMetrics[0].metrics[1].histogram.dataPoints[0].count: is 5 but bucketCounts add up to 3",
                "unordered|application/x-protobuf||400|histogram.dataPoints[0].explicitBounds[1]: must be greater than the bound before it (1); got 0.1",
                "quantile|application/x-protobuf||400|summary.dataPoints[0].quantileValues[0].quantile: must be between 0 and 1; got 1.5",
                "many|application/x-protobuf||413|resourceMetrics: makes 124 samples; at most 100 per export (MAX_SAMPLES_PER_REQUEST)",
                "{\"resourceMetrics\": [{\"scopeMetrics\": [{\"metrics\": [{\"name\": \"m\", \"gauge\": {\"dataPoints\": [{\"timeUnixNano\": \"noon\", \"asDouble\": 1}]}}]}]}]}|application/json||400|resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].timeUnixNano: ",
                "{\"resourceMetrics\": [{\"scopeMetrics\": [{\"metrics\": [{\"name\": \"m\", \"histogram\": {\"aggregationTemporality\": 2, \"dataPoints\": [{\"timeUnixNano\": \"1\", \"count\": \"1\", \"bucketCounts\": [\"1\"], \"explicitBounds\": [1]}]}}]}]}]}|application/json||400|resourceMetrics[0].scopeMetrics[0].metrics[0].histogram.dataPoints[0].bucketCounts: has 1 counts for 1 explicitBounds",
                "{\"resourceMetrics\": |application/json||400|body: malformed JSON",
                "valid|application/x-protobuf|deflate|415|Content-Encoding: 'deflate' is not supported",
                "valid|application/x-protobuf|gzip|400|body: is not valid gzip data",
                "valid|text/plain||415|Content-Type: send application/x-protobuf or application/json"
            })
    void refusedExportsAnswerAStatusNamingTheProblemAndStoreNothing(String spec) {
        String[] p = spec.split("\\|", -1);
        var answer = OtlpPost.post(
                fx, "/v1/metrics", body(p[0]), p[1], p[2].isEmpty() ? Map.of() : Map.of("Content-Encoding", p[2]));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(Integer.parseInt(p[3]));
        assertThat(answer.contentType()).startsWith(p[1].equals(PROTOBUF) ? PROTOBUF : JSON);
        assertThat(answer.statusMessage()).contains(p[4]);
        assertThat(metricNames()).as("nothing stored").isEmpty();
    }
}
