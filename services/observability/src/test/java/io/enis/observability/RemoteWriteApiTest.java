package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static io.enis.observability.ObservabilityFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestClient.Response;
import io.enis.kit.testing.TestStores.Store;
import io.enis.observability.ingest.prompb.Histogram;
import io.enis.observability.ingest.prompb.Label;
import io.enis.observability.ingest.prompb.MetricMetadata;
import io.enis.observability.ingest.prompb.MetricMetadata.MetricType;
import io.enis.observability.ingest.prompb.Sample;
import io.enis.observability.ingest.prompb.TimeSeries;
import io.enis.observability.ingest.prompb.WriteRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xerial.snappy.Snappy;

/**
 * {@code POST /v1/metrics/write} over real HTTP with bodies built as Prometheus builds them (protobuf
 * WriteRequest, snappy block): what is stored and answered, and every kind of bad input refused with
 * the problem naming it and nothing stored.
 */
class RemoteWriteApiTest {
    static final String PATH = "/v1/metrics/write";
    static final Map<String, String> HEADERS =
            Map.of("Content-Encoding", "snappy", "X-Prometheus-Remote-Write-Version", "0.1.0");
    static final String PROTOBUF = "application/x-protobuf";
    static final long MS = T0.toEpochMilli();

    @TempDir
    Path dataDir;

    ObservabilityFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new ObservabilityFixture(
                Store.EMBEDDED,
                dataDir,
                Map.of(
                        "MAX_SAMPLES_PER_REQUEST",
                        "100",
                        "MAX_REMOTE_WRITE_BYTES",
                        "65536",
                        "MAX_REQUEST_BYTES",
                        "16384"));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void samplesAndMetadataAreStoredAndAnsweredWith204() {
        WriteRequest request = WriteRequest.newBuilder()
                .addTimeseries(series(
                        labels("__name__", "rw_requests_total", "job", "api", "instance", "10.0.0.1:8080"),
                        MS - 30_000,
                        1,
                        MS - 15_000,
                        5,
                        MS,
                        9))
                .addTimeseries(series(labels("__name__", "rw_temperature", "room", "a"), MS, 21.5))
                .addMetadata(MetricMetadata.newBuilder()
                        .setType(MetricType.COUNTER)
                        .setMetricFamilyName("rw_requests_total")
                        .setHelp("Requests served.")
                        .setUnit(""))
                .build();
        Response r = write(request, Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(r.body()).isEmpty();

        JsonNode element = instant("rw_requests_total").get(0);
        assertThat(element.get("metric").get("instance").asText()).isEqualTo("10.0.0.1:8080");
        assertThat(element.get("value").get(1).asText()).isEqualTo("9");
        assertThat(instant("increase(rw_requests_total[1m])")
                        .get(0)
                        .get("value")
                        .get(1)
                        .asDouble())
                .isGreaterThan(8);
        assertThat(instant("rw_temperature{room=\"a\"}")
                        .get(0)
                        .get("value")
                        .get(1)
                        .asText())
                .isEqualTo("21.5");

        JsonNode metadata =
                fx.admin.get("/v1/metrics/prometheus/api/v1/metadata").json().get("data");
        assertThat(metadata.get("rw_requests_total").get(0).toString())
                .isEqualTo("{\"type\":\"counter\",\"help\":\"Requests served.\",\"unit\":\"\"}");
        assertThat(metadata.get("rw_temperature").get(0).get("type").asText())
                .as("stored, not described")
                .isEqualTo("unknown");
    }

    @Test
    void theTenantHeaderSeparatesSeries() {
        var r = write(
                WriteRequest.newBuilder()
                        .addTimeseries(series(labels("__name__", "rw_tenant"), MS, 1))
                        .build(),
                Map.of("X-Scope-OrgID", "team-a"));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(instant("rw_tenant"))
                .as("the default tenant does not see team-a's series")
                .isEmpty();
        var a = fx.admin.send(
                "GET",
                "/v1/metrics/query?query=rw_tenant&time=" + T0.getEpochSecond(),
                null,
                null,
                Map.of("X-Scope-OrgID", "team-a"));
        assertThat(a.json().get("data").get("result")).hasSize(1);
    }

    @Test
    void stalenessMarkersAreNotStored() {
        double stale = Double.longBitsToDouble(0x7ff0000000000002L);
        var r = write(
                WriteRequest.newBuilder()
                        .addTimeseries(series(labels("__name__", "rw_gone"), MS - 15_000, 3, MS, stale))
                        .build(),
                Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(instant("count_over_time(rw_gone[1m])")
                        .get(0)
                        .get("value")
                        .get(1)
                        .asText())
                .isEqualTo("1");
        assertThat(instant("last_over_time(rw_gone[1m])")
                        .get(0)
                        .get("value")
                        .get(1)
                        .asText())
                .isEqualTo("3");
    }

    @Test
    void samplesTheStoreRefusesAre422NamingTheSampleAndNothingIsStored() {
        assertThat(write(
                                WriteRequest.newBuilder()
                                        .addTimeseries(series(labels("__name__", "rw_late"), MS, 1))
                                        .build(),
                                Map.of())
                        .status())
                .isEqualTo(204);
        var late = write(
                WriteRequest.newBuilder()
                        .addTimeseries(series(labels("__name__", "rw_other"), MS, 7))
                        .addTimeseries(series(labels("__name__", "rw_late"), MS + 1_000, 2, MS - 3_600_000, 3))
                        .addMetadata(MetricMetadata.newBuilder()
                                .setType(MetricType.GAUGE)
                                .setMetricFamilyName("rw_late")
                                .setHelp("late"))
                        .build(),
                Map.of());
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("field").asText()).isEqualTo("timeseries[1].samples[1]");
        assertThat(late.json().get("errors").get(0).get("message").asText()).contains("out of order");
        assertThat(instant("rw_other")).isEmpty();
        assertThat(instant("last_over_time(rw_late[1m])")
                        .get(0)
                        .get("value")
                        .get(1)
                        .asText())
                .isEqualTo("1");
        assertThat(fx.admin
                        .get("/v1/metrics/prometheus/api/v1/metadata?metric=rw_late")
                        .json()
                        .get("data")
                        .get("rw_late")
                        .get(0)
                        .get("type")
                        .asText())
                .as("metadata of a refused request is not recorded")
                .isEqualTo("unknown");
    }

    /** A refused request: what is sent, the status, the field the problem must name and what its detail says. */
    record Bad(
            String what,
            Supplier<byte[]> body,
            String contentType,
            Map<String, String> headers,
            int status,
            String field,
            String detail) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Arguments> badRequests() {
        byte[] valid = request(series(labels("__name__", "refused_total", "job", "api"), MS, 1))
                .toByteArray();
        Map<String, String> gzip = Map.of("Content-Encoding", "gzip");
        return Stream.of(
                        new Bad(
                                "truncated protobuf",
                                () -> snappy(Arrays.copyOf(valid, valid.length - 5)),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "body",
                                "not a protobuf prometheus.WriteRequest"),
                        new Bad(
                                "garbage, not snappy",
                                () -> bytes("this is not snappy at all"),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "body",
                                "snappy"),
                        new Bad(
                                "snappy of garbage, not a WriteRequest",
                                () -> snappy(bytes("hello, this is no protobuf")),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "body",
                                "prometheus.WriteRequest"),
                        new Bad(
                                "snappy framing format",
                                () -> new byte[] {(byte) 0xff, 6, 0, 0, 's', 'N', 'a', 'P', 'p', 'Y', 1, 2},
                                PROTOBUF,
                                HEADERS,
                                400,
                                "body",
                                "framing"),
                        new Bad("empty body", () -> new byte[0], PROTOBUF, HEADERS, 400, "body", "is empty"),
                        new Bad(
                                "wrong content type",
                                () -> snappy(valid),
                                "application/json",
                                HEADERS,
                                415,
                                "Content-Type",
                                "got 'application/json'"),
                        new Bad("no content type", () -> snappy(valid), null, HEADERS, 415, "Content-Type", "got none"),
                        new Bad(
                                "remote write 2.0",
                                () -> snappy(valid),
                                "application/x-protobuf;proto=io.prometheus.write.v2.Request",
                                HEADERS,
                                415,
                                "Content-Type",
                                "remote write 2.0"),
                        new Bad(
                                "unknown compression",
                                () -> snappy(valid),
                                PROTOBUF,
                                gzip,
                                415,
                                "Content-Encoding",
                                "got 'gzip'"),
                        new Bad(
                                "no compression named",
                                () -> valid,
                                PROTOBUF,
                                Map.of(),
                                415,
                                "Content-Encoding",
                                "got none"),
                        new Bad(
                                "another protocol version",
                                () -> snappy(valid),
                                PROTOBUF,
                                Map.of("Content-Encoding", "snappy", "X-Prometheus-Remote-Write-Version", "2.0.0"),
                                400,
                                "X-Prometheus-Remote-Write-Version",
                                "got '2.0.0'"),
                        new Bad(
                                "compressed body over MAX_REQUEST_BYTES",
                                () -> snappy(random(40_000)),
                                PROTOBUF,
                                HEADERS,
                                413,
                                "body",
                                "MAX_REQUEST_BYTES"),
                        new Bad(
                                "uncompressed body over MAX_REMOTE_WRITE_BYTES",
                                () -> snappy(oversized()),
                                PROTOBUF,
                                HEADERS,
                                413,
                                "body",
                                "MAX_REMOTE_WRITE_BYTES"),
                        new Bad(
                                "more samples than MAX_SAMPLES_PER_REQUEST",
                                () -> snappy(manySamples(101)),
                                PROTOBUF,
                                HEADERS,
                                413,
                                "timeseries",
                                "MAX_SAMPLES_PER_REQUEST"),
                        new Bad(
                                "invalid metric name",
                                () -> snappy(request(series(labels("__name__", "refused-total"), MS, 1))),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[0].labels[0].value",
                                "refused-total"),
                        new Bad(
                                "reserved label name",
                                () -> snappy(
                                        request(series(labels("__name__", "refused_total", "__meta_x", "y"), MS, 1))),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[0].labels[1].name",
                                "__meta_x"),
                        new Bad(
                                "label twice",
                                () -> snappy(request(
                                        series(labels("__name__", "refused_total", "job", "a", "job", "b"), MS, 1))),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[0].labels[2].name",
                                "appears twice"),
                        new Bad(
                                "control character in a value",
                                () -> snappy(
                                        request(series(labels("__name__", "refused_total", "job", "a\nb"), MS, 1))),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[0].labels[1].value",
                                "control characters"),
                        new Bad(
                                "no metric name",
                                () -> snappy(request(series(labels("job", "api"), MS, 1))),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[0].labels",
                                "no __name__"),
                        new Bad(
                                "native histogram",
                                () -> snappy(request(series(labels("__name__", "refused_total"), MS, 1).toBuilder()
                                        .addHistograms(Histogram.newBuilder()
                                                .setCountInt(3)
                                                .setSum(1.5)
                                                .setTimestamp(MS))
                                        .build())),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[0].histograms",
                                "native histograms"),
                        new Bad(
                                "a good series before a bad one",
                                () -> snappy(request(
                                        series(labels("__name__", "refused_total"), MS, 1),
                                        series(labels("__name__", "refused_total", "bad label", "x"), MS, 2))),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "timeseries[1].labels[1].name",
                                "bad label"),
                        new Bad(
                                "invalid metadata",
                                () -> snappy(WriteRequest.newBuilder()
                                        .addTimeseries(series(labels("__name__", "refused_total"), MS, 1))
                                        .addMetadata(MetricMetadata.newBuilder()
                                                .setMetricFamilyName("refused total")
                                                .setType(MetricType.COUNTER))
                                        .build()
                                        .toByteArray()),
                                PROTOBUF,
                                HEADERS,
                                400,
                                "metadata[0].metric_family_name",
                                "refused total"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsAProblemNamingWhatIsWrongAndStoresNothing(Bad bad) {
        Response r = fx.admin.sendBytes("POST", PATH, bad.body().get(), bad.contentType(), bad.headers());
        assertThat(r.status()).as(r.toString()).isEqualTo(bad.status());
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsText("field"))
                .as(r.toString())
                .contains(bad.field());
        assertThat(r.json().get("detail").asText())
                .as("the detail names the field")
                .contains(bad.field())
                .contains(bad.detail());
        assertThat(instant("{__name__=~\"refused.*\"}")).as("nothing stored").isEmpty();
        assertThat(instant("count({__name__=~\".+\"})")).as("no series at all").isEmpty();
    }

    @Test
    void theScopeMetricsWriteIsRequired() {
        byte[] body = snappy(request(series(labels("__name__", "rw_scoped"), MS, 1)));
        var created = fx.admin.post("/v1/admin/keys", "{\"name\":\"reader\",\"scopes\":[\"metrics:read\"]}");
        var reader = fx.admin.as(created.json().get("key").asText());
        assertThat(reader.sendBytes("POST", PATH, body, PROTOBUF, HEADERS).status())
                .isEqualTo(403);
        assertThat(fx.admin
                        .as(null)
                        .sendBytes("POST", PATH, body, PROTOBUF, HEADERS)
                        .status())
                .isEqualTo(401);
        assertThat(instant("rw_scoped")).isEmpty();
    }

    private Response write(WriteRequest request, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(HEADERS);
        headers.putAll(extraHeaders);
        return fx.admin.sendBytes("POST", PATH, snappy(request.toByteArray()), PROTOBUF, headers);
    }

    private JsonNode instant(String query) {
        Response r = fx.admin.get("/v1/metrics/query?query=" + enc(query) + "&time=" + T0.getEpochSecond());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("data").get("result");
    }

    static List<Label> labels(String... pairs) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(Label.newBuilder().setName(pairs[i]).setValue(pairs[i + 1]).build());
        }
        return out;
    }

    /** A series with samples given as time, value, time, value, … */
    static TimeSeries series(List<Label> labels, double... timesAndValues) {
        var b = TimeSeries.newBuilder().addAllLabels(labels);
        for (int i = 0; i < timesAndValues.length; i += 2) {
            b.addSamples(
                    Sample.newBuilder().setTimestamp((long) timesAndValues[i]).setValue(timesAndValues[i + 1]));
        }
        return b.build();
    }

    static WriteRequest request(TimeSeries... series) {
        return WriteRequest.newBuilder().addAllTimeseries(List.of(series)).build();
    }

    static byte[] snappy(WriteRequest request) {
        return snappy(request.toByteArray());
    }

    static byte[] snappy(byte[] raw) {
        try {
            return Snappy.compress(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int size) {
        byte[] out = new byte[size];
        new Random(13).nextBytes(out);
        return out;
    }

    /** About 90 KB of valid series once uncompressed (long, repetitive label values: a few KB compressed). */
    static byte[] oversized() {
        var b = WriteRequest.newBuilder();
        for (int i = 0; i < 90; i++) {
            b.addTimeseries(series(labels("__name__", "refused_total", "id", i + "-" + "x".repeat(1000)), MS, 1));
        }
        return b.build().toByteArray();
    }

    static WriteRequest manySamples(int count) {
        double[] points = new double[count * 2];
        for (int i = 0; i < count; i++) {
            points[2 * i] = MS - (count - i) * 1000L;
            points[2 * i + 1] = i;
        }
        return request(series(labels("__name__", "refused_total"), points));
    }
}
