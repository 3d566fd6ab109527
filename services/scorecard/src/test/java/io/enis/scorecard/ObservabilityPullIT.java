package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PromQL KPIs against the real observability service: its packaged jar (built in the same reactor:
 * {@code mvn -pl services/kit,services/observability,services/scorecard verify}) runs as its own
 * process with the metrics-reader deployment key, metrics are ingested into it over HTTP, and a
 * scorecard (on the embedded store, its clock moved by hand) pulls them. Then observability is
 * stopped: the pull fails without a 500, the KPI keeps its last value and shows it stale; restarted,
 * the next tick pulls again.
 */
class ObservabilityPullIT {
    private static final String OBSERVABILITY_JAR =
            System.getProperty("observability.jar", "../observability/target/enis-observability.jar");
    private static final String ADMIN = "observability-admin-key-0123456789abcdef";
    private static final String READER_KEY = "metrics-reader-key-0123456789abcdef0123";

    @TempDir
    Path work;

    private Process observability;

    @AfterEach
    void stopObservability() throws InterruptedException {
        if (observability != null && observability.isAlive()) {
            observability.destroy();
            observability.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPromQlKpiIsPulledFromLiveObservabilityAndKeepsItsLastValueThroughAnOutage() throws Exception {
        assertThat(Path.of(OBSERVABILITY_JAR))
                .as("the observability jar: build it in the same reactor (-pl services/kit,services/observability,"
                        + "services/scorecard verify)")
                .exists();
        // on a port it picks; the restart below comes back on the same one (the scorecard's OBSERVABILITY_URL)
        int port = startObservability("0");
        String observabilityUrl = "http://127.0.0.1:" + port;
        var metrics = new TestClient(observabilityUrl, ADMIN);

        try (var fx = new ScorecardFixture(
                TestStores.Store.EMBEDDED,
                Files.createDirectories(work.resolve("scorecard")),
                Map.of(
                        "OBSERVABILITY_URL", observabilityUrl,
                        "OBSERVABILITY_API_KEY", READER_KEY,
                        "JOBS_INTERVAL", "1h"))) {
            // the scorecard's time runs a minute behind the real one, so every sample it asks for is in the past
            Instant t0 = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
            fx.clock.set(t0);
            ingest(metrics, t0, 0.085, 0.120);

            var unparsable = fx.admin.post("/v1/analytics/kpis", kpi("max(http_request_duration_seconds_avg"));
            assertThat(unparsable.status()).as(unparsable.toString()).isEqualTo(400);
            assertThat(unparsable.json().at("/errors/0/field").asText()).isEqualTo("source.promql");
            var twoSeries = fx.admin.post("/v1/analytics/kpis", kpi("http_request_duration_seconds_avg"));
            assertThat(twoSeries.status()).as(twoSeries.toString()).isEqualTo(400);
            assertThat(twoSeries.json().at("/errors/0/message").asText()).contains("2 series");
            assertThat(fx.getJson("/v1/analytics/kpis").get("kpis"))
                    .as("nothing stored")
                    .isEmpty();

            var created = fx.admin.post("/v1/analytics/kpis", kpi("max(http_request_duration_seconds_avg)"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();
            JsonNode source = created.json().get("source");
            assertThat(source.get("promql").asText()).isEqualTo("max(http_request_duration_seconds_avg)");
            assertThat(source.get("every").asText()).isEqualTo("10s");
            assertThat(source.get("lastValue").asDouble()).as("0.120 s in ms").isEqualTo(120.0);
            assertThat(source.get("watermark").asText()).isEqualTo(t0.toString());
            assertThat(source.get("stale").asBoolean()).isFalse();

            // the next pull, on the jobs' tick: a new sample, one interval later
            Instant t1 = t0.plusSeconds(10);
            ingest(metrics, t1, 0.085, 0.090);
            fx.clock.set(t1);
            var tick = fx.scorecard.jobs().runOnce();
            assertThat(tick.pulls().pulled()).isEqualTo(1);
            assertThat(values(fx, id)).containsExactly(120.0, 90.0);
            assertThat(fx.getJson("/v1/analytics/kpis/" + id)
                            .at("/source/watermark")
                            .asText())
                    .isEqualTo(t1.toString());

            // observability goes away: no 500 anywhere, the last good value stays, shown stale
            observability.destroy();
            assertThat(observability.waitFor(30, TimeUnit.SECONDS)).isTrue();
            fx.clock.set(t1.plusSeconds(10));
            var failed = fx.scorecard.jobs().runOnce();
            assertThat(failed.ran()).isTrue();
            assertThat(failed.pulls().unreachable()).isTrue();
            JsonNode stale = fx.getJson("/v1/analytics/kpis/" + id).get("source");
            assertThat(stale.get("stale").asBoolean()).isTrue();
            assertThat(stale.get("lastError").asText()).contains("unreachable");
            assertThat(stale.get("lastValue").asDouble()).isEqualTo(90.0);
            assertThat(stale.get("watermark").asText()).isEqualTo(t1.toString());
            assertThat(values(fx, id)).containsExactly(120.0, 90.0);
            var dashboard = fx.admin.get("/v1/analytics/dashboard/" + dashboard(fx, id));
            assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
            var cannotCheck = fx.admin.post("/v1/analytics/kpis", kpi("max(http_request_duration_seconds_avg)"));
            assertThat(cannotCheck.status()).as(cannotCheck.toString()).isEqualTo(503);
            assertThat(cannotCheck.header("Retry-After")).isNotNull();

            // back: the source stayed due, so the next tick pulls it
            startObservability(String.valueOf(port));
            Instant t3 = t1.plusSeconds(20);
            ingest(metrics, t3, 0.1, 0.05);
            fx.clock.set(t3);
            assertThat(fx.scorecard.jobs().runOnce().pulls().pulled()).isEqualTo(1);
            JsonNode fresh = fx.getJson("/v1/analytics/kpis/" + id).get("source");
            assertThat(fresh.get("stale").asBoolean()).isFalse();
            assertThat(fresh.get("lastError").isNull()).isTrue();
            assertThat(values(fx, id)).containsExactly(120.0, 90.0, 100.0);

            // the period's snapshot names the query, and its watermark is the last evaluation time
            Instant nextMonth = t3.atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate()
                    .withDayOfMonth(1)
                    .plusMonths(1)
                    .atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant();
            fx.clock.set(nextMonth.plusSeconds(1));
            var closed = fx.admin.post("/v1/analytics/kpis/" + id + "/close", "");
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            JsonNode snapshot = fx.getJson("/v1/analytics/kpis/" + id + "/snapshots")
                    .get("snapshots")
                    .get(0);
            assertThat(snapshot.get("source").asText())
                    .isEqualTo("promql max(http_request_duration_seconds_avg) (pulled from observability every 10s)");
            assertThat(snapshot.get("watermark").asText()).isEqualTo(t3.toString());
            assertThat(snapshot.get("value").asDouble()).isEqualTo(100.0);
        }
    }

    /** Starts the observability jar on {@code port} ({@code 0}: one it picks); returns the port once it is ready. */
    private int startObservability(String port) throws Exception {
        Path dir = Files.createDirectories(work.resolve("observability"));
        var started = ServiceProcess.startReady(
                OBSERVABILITY_JAR,
                dir,
                "observability.log",
                Map.of(
                        "PORT",
                        port,
                        "ENIS_ADMIN_API_KEY",
                        ADMIN,
                        "METRICS_READER_API_KEY",
                        READER_KEY,
                        "DATA_DIR",
                        dir.resolve("data").toString()),
                Duration.ofSeconds(120));
        observability = started.process();
        return started.port();
    }

    /** One sample per service of the average request duration, in seconds. */
    private static void ingest(TestClient metrics, Instant at, double api, double web) {
        var r = metrics.post("/v1/metrics/collect", """
                [{"name": "http_request_duration_seconds_avg", "value": %s, "labels": {"service": "api"}, "timestamp": "%s"},
                 {"name": "http_request_duration_seconds_avg", "value": %s, "labels": {"service": "web"}, "timestamp": "%s"}]""".formatted(api, at, web, at));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static String kpi(String promql) {
        return """
                {"name": "request duration", "unit": "ms", "target": 100,
                 "source": {"promql": "%s", "every": "10s", "unit": "s"}}""".formatted(promql);
    }

    private static java.util.List<Double> values(ScorecardFixture fx, String id) {
        return fx.getJson("/v1/analytics/kpis/" + id + "/values").get("values").findValues("value").stream()
                .map(JsonNode::asDouble)
                .toList();
    }

    private static String dashboard(ScorecardFixture fx, String kpiId) {
        var r = fx.admin.post("/v1/analytics/dashboard", "{\"name\": \"latency\", \"kpis\": [\"" + kpiId + "\"]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }
}
