package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.config.ConfigException;
import io.enis.kit.testing.ClosedPort;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import io.enis.observability.ingest.prompb.Label;
import io.enis.observability.ingest.prompb.Sample;
import io.enis.observability.ingest.prompb.TimeSeries;
import io.enis.observability.ingest.prompb.WriteRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xerial.snappy.Snappy;

/**
 * {@code METRICS_BACKEND=remote} against a real Prometheus ({@link PrivatePrometheus}, remote-write
 * receiver on) over real HTTP: every ingest format reaches the engine and is queried back through the
 * service, alert rules fire from it, {@code label} tenancy keeps tenants apart, an engine outage is
 * a 503 with {@code Retry-After} that acknowledged nothing, an out-of-order write is a 422 naming the
 * sample, and bad settings stop the start naming the variable.
 */
class RemoteMetricsTest {
    @TempDir
    static Path promDir;

    static PrivatePrometheus prometheus;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void engine() throws Exception {
        prometheus = PrivatePrometheus.start(promDir);
    }

    @AfterAll
    static void stopEngine() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    private ObservabilityFixture remote(PrivatePrometheus engine, String tenancy) throws Exception {
        return new ObservabilityFixture(
                Store.EMBEDDED,
                dataDir,
                Map.of(
                        "METRICS_BACKEND",
                        "remote",
                        "METRICS_REMOTE_WRITE_URL",
                        engine.writeUrl(),
                        "METRICS_REMOTE_QUERY_URL",
                        engine.url(),
                        "METRICS_REMOTE_TENANCY",
                        tenancy,
                        "METRICS_REMOTE_TIMEOUT",
                        "3s"),
                new MutableClock(Instant.now()));
    }

    @Test
    void jsonRemoteWriteAndOtlpSamplesAreStoredInTheEngineAndQueriedBackThroughTheService() throws Exception {
        try (var fx = remote(prometheus, "header")) {
            Instant now = fx.clock.instant();
            fx.collect(sample("rm_json_requests", "{\"route\":\"/a\"}", 7, now));

            byte[] write = Snappy.compress(WriteRequest.newBuilder()
                    .addTimeseries(TimeSeries.newBuilder()
                            .addLabels(label("__name__", "rm_written"))
                            .addLabels(label("job", "api"))
                            .addSamples(Sample.newBuilder()
                                    .setTimestamp(now.toEpochMilli())
                                    .setValue(3)))
                    .build()
                    .toByteArray());
            var written = fx.admin.sendBytes(
                    "POST", RemoteWriteApiTest.PATH, write, RemoteWriteApiTest.PROTOBUF, RemoteWriteApiTest.HEADERS);
            assertThat(written.status()).as(written.toString()).isEqualTo(204);

            var otlp = ExportMetricsServiceRequest.newBuilder()
                    .addResourceMetrics(ResourceMetrics.newBuilder()
                            .addScopeMetrics(ScopeMetrics.newBuilder()
                                    .addMetrics(Metric.newBuilder()
                                            .setName("rm_otlp_active")
                                            .setGauge(Gauge.newBuilder()
                                                    .addDataPoints(NumberDataPoint.newBuilder()
                                                            .setTimeUnixNano(now.toEpochMilli() * 1_000_000)
                                                            .setAsDouble(5))))))
                    .build();
            var answer = OtlpPost.post(fx, "/v1/metrics", otlp.toByteArray(), OtlpPost.PROTOBUF);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);

            // what the engine itself holds, asked directly: the service acknowledged only what it has
            var direct = new TestClient(prometheus.url(), null);
            assertThat(direct.get("/api/v1/query?query=rm_json_requests").body())
                    .contains("\"route\":\"/a\"");

            assertThat(value(instant(fx, "rm_json_requests{route=\"/a\"}", now)))
                    .isEqualTo("7");
            assertThat(value(instant(fx, "rm_written", now))).isEqualTo("3");
            assertThat(value(instant(fx, "rm_otlp_active", now))).isEqualTo("5");
            assertThat(value(instant(fx, "sum(rm_written) * 2", now))).isEqualTo("6");

            long t = now.getEpochSecond();
            var range = fx.admin.get("/v1/metrics/query?query=" + enc("rm_written") + "&start=" + (t - 60) + "&end="
                    + (t + 60) + "&step=30");
            assertThat(range.status()).as(range.toString()).isEqualTo(200);
            assertThat(range.json().at("/data/resultType").asText()).isEqualTo("matrix");
            assertThat(range.json().at("/data/result/0/values").size()).isGreaterThanOrEqualTo(2);

            String prom = "/v1/metrics/prometheus/api/v1";
            assertThat(fx.admin
                            .get(prom + "/series?match[]=" + enc("rm_written"))
                            .body())
                    .contains("\"job\":\"api\"");
            assertThat(fx.admin.get(prom + "/labels").json().get("data").toString())
                    .contains("\"route\"", "\"job\"");
            assertThat(fx.admin
                            .get(prom + "/label/__name__/values")
                            .json()
                            .get("data")
                            .toString())
                    .contains("rm_json_requests", "rm_written", "rm_otlp_active");
            assertThat(fx.admin.get(prom + "/metadata").status()).isEqualTo(200);
            var bad = fx.admin.get("/v1/metrics/query?query=" + enc("rate(rm_written[5m]") + "&time=" + (t + 1));
            assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
            assertThat(bad.body()).contains("query");
            assertThat(fx.admin.get("/health/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void alertRulesAreEvaluatedThroughTheEngine() throws Exception {
        try (var fx = remote(prometheus, "label")) {
            fx.collect(sample("rm_queue_depth", "{\"queue\":\"mail\"}", 50, fx.clock.instant()));
            var created = fx.admin.post("/v1/alerts/rules", """
                    {"name": "Backlog", "query": "rm_queue_depth", "comparison": ">", "threshold": 10, "for": "0s"}""");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            fx.definition.alerts().evaluate();
            JsonNode alerts = fx.admin.get("/v1/alerts").json().get("alerts");
            assertThat(alerts).hasSize(1);
            assertThat(alerts.get(0).get("state").asText()).isEqualTo("firing");
            assertThat(alerts.get(0).get("labels").get("queue").asText()).isEqualTo("mail");
            assertThat(alerts.get(0).get("labels").has("enis_tenant")).isFalse();
            assertThat(alerts.get(0).get("value").asDouble()).isEqualTo(50);
        }
    }

    @Test
    void labelTenancyKeepsEveryTenantToItsOwnSeries() throws Exception {
        try (var fx = remote(prometheus, "label")) {
            Instant now = fx.clock.instant();
            var a = fx.admin.send(
                    "POST",
                    "/v1/metrics/collect",
                    sample("rm_secret", "{\"team\":\"a\"}", 1, now),
                    "application/json",
                    Map.of("X-Scope-OrgID", "tenant-a"));
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            var b = fx.admin.send(
                    "POST",
                    "/v1/metrics/collect",
                    sample("rm_secret", "{\"team\":\"b\"}", 2, now),
                    "application/json",
                    Map.of("X-Scope-OrgID", "tenant-b"));
            assertThat(b.status()).as(b.toString()).isEqualTo(200);

            Map<String, String> asB = Map.of("X-Scope-OrgID", "tenant-b");
            for (String q : List.of(
                    "rm_secret",
                    "{__name__=~\".+\"}",
                    "{__name__=\"rm_secret\",enis_tenant=\"tenant-a\"}",
                    "{__name__=\"rm_secret\",enis_tenant=~\".*\"}",
                    "sum without (team) (rm_secret)")) {
                var r = fx.admin.send(
                        "GET",
                        "/v1/metrics/query?query=" + enc(q) + "&time=" + (now.getEpochSecond() + 1),
                        null,
                        null,
                        asB);
                assertThat(r.status()).as(q + ": " + r).isEqualTo(200);
                assertThat(r.body()).as(q).doesNotContain("\"team\":\"a\"", "tenant-a", "enis_tenant");
                assertThat(r.body()).as(q).doesNotContain("\"1\"");
            }
            var own = fx.admin.send(
                    "GET", "/v1/metrics/query?query=rm_secret&time=" + (now.getEpochSecond() + 1), null, null, asB);
            assertThat(own.json().at("/data/result").size()).isEqualTo(1);
            assertThat(own.json().at("/data/result/0/metric/team").asText()).isEqualTo("b");

            String prom = "/v1/metrics/prometheus/api/v1";
            for (String path : List.of(
                    prom + "/series?match[]=" + enc("{__name__=~\"rm_.+\"}"),
                    prom + "/labels",
                    prom + "/label/team/values",
                    prom + "/label/__name__/values",
                    prom + "/metadata")) {
                var r = fx.admin.send("GET", path, null, null, asB);
                assertThat(r.status()).as(path + ": " + r).isEqualTo(200);
                assertThat(r.body()).as(path).doesNotContain("\"a\"", "tenant-a", "enis_tenant");
            }
            assertThat(fx.admin
                            .send("GET", prom + "/label/team/values", null, null, asB)
                            .json()
                            .get("data")
                            .toString())
                    .isEqualTo("[\"b\"]");

            var reserved = fx.admin.send(
                    "POST",
                    "/v1/metrics/collect",
                    sample("rm_secret", "{\"enis_tenant\":\"tenant-a\"}", 9, now),
                    "application/json",
                    asB);
            assertThat(reserved.status()).as(reserved.toString()).isEqualTo(422);
            assertThat(reserved.body()).contains("samples[0]", "enis_tenant", "reserved");
        }
    }

    @Test
    void anOutOfOrderWriteIsRefusedNamingTheSampleAndStoresNothingOfItsBatch() throws Exception {
        try (var fx = remote(prometheus, "header")) {
            Instant now = fx.clock.instant();
            fx.collect(sample("rm_ooo", "{\"k\":\"v\"}", 1, now));
            String batch = "[" + sample("rm_ooo_other", "{}", 5, now) + ","
                    + sample("rm_ooo", "{\"k\":\"v\"}", 2, now.minus(Duration.ofMinutes(2))) + "]";
            var r = fx.admin.post("/v1/metrics/collect", batch);
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.body()).contains("samples[1]", "out of order").doesNotContain("samples[0]");
            assertThat(instant(fx, "rm_ooo_other", now))
                    .as("nothing of the refused batch")
                    .isEmpty();
        }
    }

    @Test
    void anEngineOutageIsA503WithRetryAfterAndAcknowledgesNothing(@TempDir Path ownEngine) throws Exception {
        try (var engine = PrivatePrometheus.start(ownEngine);
                var fx = remote(engine, "header")) {
            Instant now = fx.clock.instant();
            fx.collect(sample("rm_before", "{}", 1, now));
            engine.stop();

            var r = fx.admin.post("/v1/metrics/collect", sample("rm_during", "{}", 2, now));
            assertThat(r.status()).as(r.toString()).isEqualTo(503);
            assertThat(r.header("Retry-After")).isNotBlank();
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).contains("metrics engine 127.0.0.1");
            var q = fx.admin.get("/v1/metrics/query?query=rm_before&time=" + (now.getEpochSecond() + 1));
            assertThat(q.status()).as(q.toString()).isEqualTo(503);
            assertThat(q.header("Retry-After")).isNotBlank();
            var ready = fx.admin.get("/health/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.body()).contains("metrics-remote", "metrics engine");

            engine.start();
            assertThat(fx.admin.get("/health/ready").status()).isEqualTo(200);
            assertThat(value(instant(fx, "rm_before", now))).isEqualTo("1");
            assertThat(instant(fx, "rm_during", now))
                    .as("the 503'd batch was not written")
                    .isEmpty();
        }
    }

    @Test
    void badSettingsStopTheStartNamingTheVariable() throws Exception {
        assertThat(problems(Map.of("METRICS_BACKEND", "cloud"))).anyMatch(p -> p.startsWith("METRICS_BACKEND='cloud'"));
        assertThat(problems(Map.of("METRICS_BACKEND", "remote")))
                .contains(
                        "METRICS_REMOTE_WRITE_URL: required with METRICS_BACKEND=remote",
                        "METRICS_REMOTE_QUERY_URL: required with METRICS_BACKEND=remote");
        assertThat(problems(Map.of(
                        "METRICS_BACKEND", "remote",
                        "METRICS_REMOTE_WRITE_URL", "ftp://engine/api/v1/push",
                        "METRICS_REMOTE_QUERY_URL", "http://[bad")))
                .anyMatch(p -> p.startsWith("METRICS_REMOTE_WRITE_URL='ftp://engine/api/v1/push': must be an http"))
                .anyMatch(p -> p.startsWith("METRICS_REMOTE_QUERY_URL='http://[bad': is not a URL"));
        try (var closed = ClosedPort.hold()) {
            assertThat(problems(Map.of(
                            "METRICS_BACKEND",
                            "remote",
                            "METRICS_REMOTE_WRITE_URL",
                            closed.url() + "/api/v1/write",
                            "METRICS_REMOTE_QUERY_URL",
                            closed.url())))
                    .singleElement()
                    .asString()
                    .startsWith("METRICS_REMOTE_WRITE_URL: metrics engine 127.0.0.1:" + closed.port()
                            + " is unavailable: cannot be reached");
        }
        assertThat(problems(Map.of(
                        "METRICS_BACKEND",
                        "remote",
                        "METRICS_REMOTE_WRITE_URL",
                        prometheus.writeUrl(),
                        "METRICS_REMOTE_QUERY_URL",
                        prometheus.url() + "/wrong")))
                .singleElement()
                .asString()
                .startsWith("METRICS_REMOTE_QUERY_URL:")
                .contains("404");
    }

    /**
     * Mimir and Cortex answer a request without {@code X-Scope-OrgID} with 401 {@code no org id}; no such
     * engine runs here, so a JDK HTTP server gives that answer (the one thing this test needs of it).
     */
    @Test
    void anEngineThatNeedsATenantHeaderIsNamedWithLabelTenancy() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "no org id\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(problems(Map.of(
                            "METRICS_BACKEND",
                            "remote",
                            "METRICS_REMOTE_WRITE_URL",
                            base + "/api/v1/push",
                            "METRICS_REMOTE_QUERY_URL",
                            base + "/prometheus",
                            "METRICS_REMOTE_TENANCY",
                            "label")))
                    .singleElement()
                    .asString()
                    .startsWith("METRICS_REMOTE_TENANCY:")
                    .contains("no org id", "METRICS_REMOTE_TENANCY=header");
        } finally {
            server.stop(0);
        }
    }

    private List<String> problems(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(TestStores.env(Store.EMBEDDED, dataDir));
        env.putAll(settings);
        List<String> out = new ArrayList<>();
        assertThatThrownBy(() -> KitServer.start(new ObservabilityService(), env, new MutableClock(Instant.now())))
                .isInstanceOfSatisfying(ConfigException.class, e -> out.addAll(e.problems()));
        return out;
    }

    private static String sample(String name, String labels, double value, Instant at) {
        return "{\"name\":\"" + name + "\",\"labels\":" + labels + ",\"value\":" + value + ",\"timestamp\":\"" + at
                + "\"}";
    }

    private static JsonNode instant(ObservabilityFixture fx, String query, Instant at) {
        var r = fx.admin.get("/v1/metrics/query?query=" + enc(query) + "&time=" + (at.getEpochSecond() + 1));
        assertThat(r.status()).as(query + ": " + r).isEqualTo(200);
        return r.json().at("/data/result");
    }

    private static String value(JsonNode result) {
        assertThat(result).as("one series").hasSize(1);
        return result.get(0).get("value").get(1).asText();
    }

    private static Label label(String name, String value) {
        return Label.newBuilder().setName(name).setValue(value).build();
    }
}
