package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static io.enis.observability.ObservabilityFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.OpenApiContract;
import io.enis.kit.testing.TestClient.Response;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ingest → query round trips over real HTTP for every supported function, and bad input. */
class MetricsApiTest {
    @TempDir
    Path dataDir;

    ObservabilityFixture fx;
    final long t0 = T0.getEpochSecond();

    @BeforeEach
    void start() throws Exception {
        fx = new ObservabilityFixture(
                Store.EMBEDDED, dataDir, Map.of("MAX_SAMPLES_PER_REQUEST", "2000", "MAX_SERIES_PER_TENANT", "50"));
        loadFixtureData();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** Ten minutes at a 15 s interval, ending at T0: three counters, a gauge and a histogram. */
    private void loadFixtureData() {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            String ts = T0.minusSeconds(600 - i * 15L).toString();
            samples.add(sample("http_requests_total", Map.of("job", "api", "code", "200"), 10.0 * i, ts));
            samples.add(sample("http_requests_total", Map.of("job", "api", "code", "500"), 1.0 * i, ts));
            samples.add(sample("http_requests_total", Map.of("job", "web", "code", "200"), 5.0 * i, ts));
            samples.add(sample("temperature", Map.of("room", "a"), 20 + (i % 5), ts));
            samples.add(sample("latency_seconds_bucket", Map.of("le", "0.1"), 50.0 * i, ts));
            samples.add(sample("latency_seconds_bucket", Map.of("le", "0.5"), 90.0 * i, ts));
            samples.add(sample("latency_seconds_bucket", Map.of("le", "+Inf"), 100.0 * i, ts));
        }
        fx.collect(Json.write(Map.of("samples", samples)));
    }

    private static Map<String, Object> sample(String name, Map<String, String> labels, double value, String ts) {
        return Map.of("name", name, "labels", labels, "value", value, "timestamp", ts);
    }

    private JsonNode instant(String query) {
        Response r = fx.admin.get("/v1/metrics/query?query=" + enc(query) + "&time=" + t0);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("success");
        return r.json().get("data");
    }

    /** The single value of an instant query, or of the element whose label {@code key} is {@code value}. */
    private double value(String query, String key, String value) {
        for (JsonNode e : instant(query).get("result")) {
            if (key == null || value.equals(e.get("metric").path(key).asText())) {
                return Double.parseDouble(e.get("value").get(1).asText());
            }
        }
        throw new AssertionError("no element " + key + "=" + value + " in " + query);
    }

    @Test
    void selectorsMatchWithEveryOperator() {
        assertThat(instant("http_requests_total").get("result")).hasSize(3);
        assertThat(instant("http_requests_total{code=\"200\"}").get("result")).hasSize(2);
        assertThat(instant("http_requests_total{code!=\"200\"}").get("result")).hasSize(1);
        assertThat(instant("http_requests_total{job=~\"a.*\"}").get("result")).hasSize(2);
        assertThat(instant("http_requests_total{job!~\"a.*\"}").get("result")).hasSize(1);
        assertThat(instant("{__name__=\"temperature\"}").get("result")).hasSize(1);
        JsonNode element =
                instant("http_requests_total{job=\"web\"}").get("result").get(0);
        assertThat(element.get("metric").get("__name__").asText()).isEqualTo("http_requests_total");
        assertThat(element.get("value").get(0).decimalValue().longValue()).isEqualTo(t0);
        assertThat(element.get("value").get(1).asText()).isEqualTo("200");
    }

    @Test
    void rateAndIncreaseExtrapolateLikePrometheus() {
        assertThat(value("rate(http_requests_total{job=\"api\",code=\"200\"}[5m])", null, null))
                .isCloseTo(10.0 / 15, within(1e-9));
        assertThat(value("increase(http_requests_total{job=\"api\",code=\"200\"}[5m])", null, null))
                .isCloseTo(200, within(1e-9));
        JsonNode rate = instant("rate(http_requests_total{job=\"web\"}[5m])")
                .get("result")
                .get(0);
        assertThat(rate.get("metric").has("__name__"))
                .as("functions drop the metric name")
                .isFalse();
    }

    @Test
    void counterResetsAreAddedBack() {
        List<Map<String, Object>> samples = new ArrayList<>();
        double[] values = {100, 110, 120, 5, 15, 25};
        for (int i = 0; i < values.length; i++) {
            samples.add(sample(
                    "resets_total",
                    Map.of(),
                    values[i],
                    T0.minusSeconds(75 - i * 15L).toString()));
        }
        fx.collect(Json.write(samples));
        assertThat(value("increase(resets_total[90s])", null, null))
                .isGreaterThan(45)
                .isLessThan(60);
    }

    @Test
    void aggregationsGroupByAndWithout() {
        assertThat(value("sum by (job) (rate(http_requests_total[5m]))", "job", "api"))
                .isCloseTo(11.0 / 15, within(1e-9));
        assertThat(value("sum(rate(http_requests_total[5m])) by (job)", "job", "web"))
                .isCloseTo(5.0 / 15, within(1e-9));
        assertThat(value("count(http_requests_total)", null, null)).isEqualTo(3);
        assertThat(value("max(http_requests_total)", null, null)).isEqualTo(400);
        assertThat(value("min(http_requests_total)", null, null)).isEqualTo(40);
        assertThat(value("avg(http_requests_total)", null, null)).isEqualTo(640.0 / 3, within(1e-9));
        assertThat(value("sum without (code) (http_requests_total)", "job", "api"))
                .isEqualTo(440);
        JsonNode grouped = instant("sum by (job) (http_requests_total)").get("result");
        assertThat(grouped).hasSize(2);
        assertThat(grouped.get(0).get("metric").size())
                .as("only the grouping labels")
                .isEqualTo(1);
    }

    @Test
    void overTimeFunctions() {
        // temperature over (T0-5m, T0]: i = 21..40 → 20 + (i % 5) = 21,22,23,24,20 repeated 4 times
        assertThat(value("avg_over_time(temperature[5m])", null, null)).isEqualTo(22);
        assertThat(value("min_over_time(temperature[5m])", null, null)).isEqualTo(20);
        assertThat(value("max_over_time(temperature[5m])", null, null)).isEqualTo(24);
        assertThat(value("sum_over_time(temperature[5m])", null, null)).isEqualTo(440);
        assertThat(value("count_over_time(temperature[5m])", null, null)).isEqualTo(20);
        assertThat(value("last_over_time(temperature[5m])", null, null)).isEqualTo(20);
    }

    @Test
    void histogramQuantileInterpolatesInsideTheBucket() {
        assertThat(value("histogram_quantile(0.5, latency_seconds_bucket)", null, null))
                .isCloseTo(0.1, within(1e-9));
        assertThat(value("histogram_quantile(0.7, rate(latency_seconds_bucket[5m]))", null, null))
                .isCloseTo(0.3, within(1e-9));
        assertThat(value("histogram_quantile(0.99, sum by (le) (rate(latency_seconds_bucket[5m])))", null, null))
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void arithmeticWithNumbers() {
        assertThat(value("rate(http_requests_total{job=\"web\"}[5m]) * 60", null, null))
                .isCloseTo(20, within(1e-9));
        JsonNode scalar = instant("1 + 2 * 3");
        assertThat(scalar.get("resultType").asText()).isEqualTo("scalar");
        assertThat(scalar.get("result").get(1).asText()).isEqualTo("7");
    }

    @Test
    void rangeQueryReturnsAMatrixWithOnePointPerStep() {
        Response r = fx.admin.get("/v1/metrics/query?query=" + enc("sum by (job) (rate(http_requests_total[5m]))")
                + "&start=" + (t0 - 300) + "&end=" + t0 + "&step=60s");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode data = r.json().get("data");
        assertThat(data.get("resultType").asText()).isEqualTo("matrix");
        assertThat(data.get("result")).hasSize(2);
        JsonNode values = data.get("result").get(0).get("values");
        assertThat(values).hasSize(6);
        assertThat(values.get(5).get(0).decimalValue().longValue()).isEqualTo(t0);
        assertThat(Double.parseDouble(values.get(5).get(1).asText())).isCloseTo(11.0 / 15, within(1e-9));

        var post = fx.admin.send(
                "POST",
                "/v1/metrics/query",
                "query=" + enc("count(temperature)") + "&start=" + (t0 - 60) + "&end=" + t0 + "&step=30",
                "application/x-www-form-urlencoded",
                Map.of());
        assertThat(post.json().get("data").get("result").get(0).get("values")).hasSize(3);
    }

    @Test
    void prometheusTextFormatIsIngested() {
        String text = """
                # HELP jobs_done_total Jobs done.
                # TYPE jobs_done_total counter
                jobs_done_total{queue="mail",note="say \\"hi\\""} 42 %d
                jobs_done_total{queue="sms"} 7
                up NaN
                """.formatted(T0.toEpochMilli());
        var r = fx.admin.send("POST", "/v1/metrics/collect", text, "text/plain; version=0.0.4", Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(3);
        assertThat(value("jobs_done_total{queue=\"mail\"}", null, null)).isEqualTo(42);
        assertThat(instant("jobs_done_total{queue=\"mail\"}")
                        .get("result")
                        .get(0)
                        .get("metric")
                        .get("note")
                        .asText())
                .isEqualTo("say \"hi\"");
        assertThat(instant("up").get("result").get(0).get("value").get(1).asText())
                .isEqualTo("NaN");
    }

    @Test
    void singleSampleAsInTheSeedSdkGetsAnId() {
        var r = fx.admin.post("/v1/metrics/collect", """
                {"name": "user_actions_total", "value": 150,
                 "labels": {"service": "web-app", "environment": "production"}, "timestamp": "2025-01-21T10:00:00Z"}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).startsWith("batch_");
        assertThat(value("user_actions_total{service=\"web-app\"}", null, null)).isEqualTo(150);
    }

    @Test
    void tenantsAreIsolated() {
        var r = fx.admin.send(
                "POST",
                "/v1/metrics/collect",
                "{\"name\":\"secret\",\"value\":1,\"timestamp\":\"" + T0 + "\"}",
                "application/json",
                Map.of("X-Scope-OrgID", "team-a"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(instant("secret").get("result"))
                .as("default tenant does not see team-a")
                .isEmpty();
        var a = fx.admin.send(
                "GET", "/v1/metrics/query?query=secret&time=" + t0, null, null, Map.of("X-Scope-OrgID", "team-a"));
        assertThat(a.json().get("data").get("result")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": ",
                "{\"name\":\"m\",\"value\":\"abc\"}",
                "{\"name\":\"m\",\"value\":\"NaN\"}",
                "{\"name\":\"bad-name\",\"value\":1}",
                "{\"name\":\"m\",\"value\":1,\"labels\":{\"job\":\"a\\\"}\\nevil 1\"}}",
                "{\"name\":\"m\",\"value\":1,\"labels\":{\"__reserved\":\"x\"}}",
                "{\"name\":\"m\",\"value\":1,\"labels\":[\"x\"]}",
                "{\"name\":\"m\",\"value\":1,\"timestamp\":\"yesterday\"}",
                "{\"name\":\"m\",\"value\":1,\"extra\":true}",
                "{\"samples\":{}}",
                "{\"samples\":[]}",
                "42"
            })
    void badSamplesAre400ProblemsNamingTheField(String body) {
        var r = fx.admin.post("/v1/metrics/collect", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).isNotBlank();
    }

    @Test
    void aBatchWithOneBadSampleStoresNothing() {
        var r = fx.admin.post("/v1/metrics/collect", """
                {"samples": [{"name": "partial", "value": 1, "timestamp": "%s"},
                             {"name": "partial", "value": "x"},
                             {"name": "partial", "value": 3, "labels": {"a b": "c"}}]}""".formatted(T0));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsText("field"))
                .containsExactly("samples[1].value", "samples[2].labels.a b");
        assertThat(instant("partial").get("result")).isEmpty();

        var late =
                fx.admin.post("/v1/metrics/collect", """
                [{"name": "temperature", "labels": {"room": "a"}, "value": 1, "timestamp": "%s"},
                 {"name": "temperature", "labels": {"room": "a"}, "value": 2, "timestamp": "%s"}]""".formatted(T0.plusSeconds(1), T0.minus(Duration.ofHours(1))));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("field").asText()).isEqualTo("samples[1]");
        assertThat(late.json().get("errors").get(0).get("message").asText()).contains("out of order");
        assertThat(value("last_over_time(temperature[1m])", null, null))
                .as("first sample not stored either")
                .isEqualTo(20);
    }

    @Test
    void textFormatErrorsNameTheLine() {
        var r = fx.admin.send(
                "POST",
                "/v1/metrics/collect",
                "ok 1\nbad{job=\"x\\ny\"} 2\nworse{a=b} 3\nalso 1 2 3",
                "text/plain",
                Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").findValuesAsText("field")).containsExactly("line 2", "line 3", "line 4");
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("control characters");
        assertThat(instant("ok").get("result")).isEmpty();
    }

    @Test
    void limitsAnswer413And422() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            many.add(Map.of("name", "m", "value", i));
        }
        var big = fx.admin.post("/v1/metrics/collect", Json.write(many));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("detail").asText()).contains("MAX_SAMPLES_PER_REQUEST");

        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            series.add(Map.of("name", "cardinality", "labels", Map.of("id", "" + i), "value", i));
        }
        var tooMany = fx.admin.post("/v1/metrics/collect", Json.write(series));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("type").asText()).endsWith("/series-limit");
        assertThat(tooMany.json().get("detail").asText())
                .contains("limit is 50")
                .contains("MAX_SERIES_PER_TENANT");

        var wrongType = fx.admin.send("POST", "/v1/metrics/collect", "x", "application/x-protobuf", Map.of());
        assertThat(wrongType.status()).isEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "query=foo(up)|unknown function 'foo'",
                "query=rate(up)|takes one range vector",
                "query=up{job=~\"(\"}|invalid regular expression",
                "query=sum(up[5m])|needs an instant vector",
                "query=up / up|one side of '/' must be a number",
                "query=|is required",
                "query=up&time=tomorrow|RFC 3339",
                "query=up&start=10&end=5&step=1|end must not be before start",
                "query=up&start=0&end=100000&step=1|more than 11000 points",
                "query=up&start=0&end=10&step=-1|must be positive",
                "query={job=\"\"}|needs a metric name"
            })
    void badQueriesAre400ProblemsNamingTheParameter(String spec) {
        String[] parts = spec.split("\\|");
        StringBuilder qs = new StringBuilder();
        for (String kv : parts[0].split("&")) {
            String[] p = kv.split("=", 2);
            qs.append(qs.length() == 0 ? "" : "&").append(p[0]).append("=").append(enc(p[1]));
        }
        var r = fx.admin.get("/v1/metrics/query?" + qs);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains(parts[1]);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isIn("query", "time", "start", "end", "step");
    }

    @Test
    void grafanaPrometheusDataSourceRequestsGetPrometheusShapedAnswers() throws Exception {
        var described = fx.admin.send(
                "POST", "/v1/metrics/collect", """
                # HELP jobs_done_total Jobs done.\\nPer queue.
                # TYPE jobs_done_total counter
                jobs_done_total{queue="mail"} 42 %d
                # HELP latency_seconds Latency.
                # TYPE latency_seconds histogram
                """.formatted(T0.toEpochMilli()), "text/plain; version=0.0.4", Map.of());
        assertThat(described.status()).as(described.toString()).isEqualTo(200);
        JsonNode recorded = Json.MAPPER.readTree(getClass().getResourceAsStream("/grafana/requests.json"));
        for (JsonNode req : recorded) {
            String path = "/v1/metrics/prometheus" + req.get("path").asText();
            var r = fx.admin.send(
                    req.get("method").asText(),
                    path,
                    req.has("body") ? req.get("body").asText() : null,
                    req.has("contentType") ? req.get("contentType").asText() : null,
                    Map.of());
            assertThat(r.status()).as(req.get("what").asText() + ": " + r).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("status").asText()).isEqualTo("success");
            if (req.has("data")) {
                assertThat(body.get("data")).as(req.get("what").asText()).isEqualTo(req.get("data"));
                continue;
            }
            if (req.get("resultType").isNull()) {
                assertThat(body.get("data")).isNotNull();
                continue;
            }
            JsonNode data = body.get("data");
            assertThat(data.get("resultType").asText())
                    .as(req.get("what").asText())
                    .isEqualTo(req.get("resultType").asText());
            if (data.get("resultType").asText().equals("scalar")) {
                assertThat(data.get("result").get(0).isNumber()).isTrue();
                assertThat(data.get("result").get(1).asText()).isEqualTo("2");
                continue;
            }
            assertThat(data.get("result")).as(req.get("what").asText()).isNotEmpty();
            for (JsonNode series : data.get("result")) {
                assertThat(series.get("metric").isObject()).isTrue();
                JsonNode points = data.get("resultType").asText().equals("matrix")
                        ? series.get("values")
                        : List.of(series.get("value")).get(0);
                List<JsonNode> list = new ArrayList<>();
                if (points.get(0).isArray()) {
                    points.forEach(list::add);
                } else {
                    list.add(points);
                }
                for (JsonNode p : list) {
                    assertThat(p.get(0).isNumber())
                            .as("timestamp is a JSON number of seconds")
                            .isTrue();
                    assertThat(p.get(1).isTextual()).as("value is a string").isTrue();
                }
            }
        }
        var labels = fx.admin
                .get("/v1/metrics/prometheus/api/v1/label/__name__/values")
                .json()
                .get("data");
        assertThat(labels.toString()).contains("http_requests_total", "temperature");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/series|match[]|at least one series selector",
                "/series?match%5B%5D=rate%28up%5B5m%5D%29|match[]|not a series selector",
                "/series?match%5B%5D=up%7B|match[]|'up{'",
                "/labels?match%5B%5D=up&start=10&end=5|end|must not be before start",
                "/label/a-b/values|name|not a label name",
                "/series?match%5B%5D=up&limit=-1|limit|non-negative integer",
                "/metadata?limit=x|limit|non-negative integer",
                "/query_exemplars?start=1|query|is required",
                "/query_exemplars?query=sum%28|query|"
            })
    void badMetadataRequestsAre400ProblemsNamingTheParameter(String spec) {
        String[] parts = spec.split("\\|", -1);
        var r = fx.admin.get("/v1/metrics/prometheus/api/v1" + parts[0]);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo(parts[1]);
        assertThat(r.json().get("detail").asText()).contains(parts[2]);
    }

    @Test
    void seriesAndLabelLookupsHonourLimitAndTenants() {
        var limited = fx.admin
                .get("/v1/metrics/prometheus/api/v1/series?match%5B%5D=http_requests_total&limit=2")
                .json()
                .get("data");
        assertThat(limited).hasSize(2);
        var names = fx.admin
                .get("/v1/metrics/prometheus/api/v1/label/__name__/values")
                .json()
                .get("data");
        assertThat(names.toString()).isEqualTo("[\"http_requests_total\",\"latency_seconds_bucket\",\"temperature\"]");
        var other = fx.admin.send(
                "GET",
                "/v1/metrics/prometheus/api/v1/series?match%5B%5D=http_requests_total",
                null,
                null,
                Map.of("X-Scope-OrgID", "team-b"));
        assertThat(other.json().get("data"))
                .as("another tenant sees none of the default tenant's series")
                .isEmpty();
    }

    @Test
    void acknowledgedSamplesSurviveARestart() throws Exception {
        fx.close();
        fx = new ObservabilityFixture(Store.EMBEDDED, dataDir, Map.of(), fx.clock);
        assertThat(value("count(http_requests_total)", null, null)).isEqualTo(3);
        assertThat(value("increase(http_requests_total{job=\"api\",code=\"200\"}[5m])", null, null))
                .isCloseTo(200, within(1e-9));
    }

    @Test
    void scopesAreEnforcedAndTheDocumentMatchesTheRoutes() {
        var created = fx.admin.post("/v1/admin/keys", "{\"name\":\"reader\",\"scopes\":[\"metrics:read\"]}");
        var reader = fx.admin.as(created.json().get("key").asText());
        assertThat(reader.get("/v1/metrics/query?query=up").status()).isEqualTo(200);
        assertThat(reader.post("/v1/metrics/collect", "{\"name\":\"m\",\"value\":1}")
                        .status())
                .isEqualTo(403);
        assertThat(fx.admin
                        .as(null)
                        .post("/v1/metrics/collect", "{\"name\":\"m\",\"value\":1}")
                        .status())
                .isEqualTo(401);
        OpenApiContract.assertMatches(fx.service);
        assertThat(fx.admin
                        .post("/v1/metrics/collect", "{\"name\":\"m\",\"value\":1}")
                        .status())
                .isEqualTo(200);
        Map<String, String> metrics = new HashMap<>();
        for (String line : fx.admin.as(null).get("/metrics").body().split("\n")) {
            if (line.startsWith("observability_")) {
                metrics.put(line.substring(0, line.indexOf('{') > 0 ? line.indexOf('{') : line.indexOf(' ')), line);
            }
        }
        assertThat(metrics).containsKeys("observability_tsdb_series", "observability_samples_accepted_total");
        String fsyncs = metrics.get("observability_wal_fsync_seconds_count");
        assertThat(Double.parseDouble(fsyncs.substring(fsyncs.lastIndexOf(' ') + 1)))
                .as("the acknowledged collect was fsynced")
                .isPositive();
    }
}
