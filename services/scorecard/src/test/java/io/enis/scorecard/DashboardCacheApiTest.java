package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dashboard viewed again is answered from what the service remembers (values by each KPI's data
 * watermark, evaluations and panel JSON by their inputs), and stays exact: a new value, a correction, a
 * value recorded ahead whose time comes, a new period and a write through another replica all show at
 * once. Over real HTTP, on the embedded store and PostgreSQL.
 */
class DashboardCacheApiTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    static String dashboard(ScorecardFixture fx, String kpi) {
        var r = fx.admin.post("/v1/analytics/dashboard", """
                {"name": "cached", "kpis": ["%s"], "timeRange": {"last": "30d"}}""".formatted(kpi));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    static JsonNode panel(ScorecardFixture fx, String dashboard) {
        return fx.getJson("/v1/analytics/dashboard/" + dashboard).get("panels").get(0);
    }

    static double sparklineOn(JsonNode panel, String date) {
        for (JsonNode p : panel.get("sparkline")) {
            if (p.get("date").asText().equals(date)) {
                return p.get("value").asDouble();
            }
        }
        throw new AssertionError("no sparkline point on " + date + ": " + panel.get("sparkline"));
    }

    @ParameterizedTest
    @MethodSource("stores")
    void everyChangeShowsAtOnce(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String kpi = fx.kpi("{\"name\": \"latency\", \"unit\": \"ms\", \"target\": 100}");
            double[] days = new double[20];
            for (int i = 0; i < days.length; i++) {
                days[i] = 80 + i;
            }
            fx.daily(kpi, "2025-01-01", days); // 2025-01-01 … 2025-01-20 at noon; now is 2025-01-21T10:00Z
            String id = dashboard(fx, kpi);

            String first = fx.admin.get("/v1/analytics/dashboard/" + id).body();
            assertThat(fx.admin.get("/v1/analytics/dashboard/" + id).body())
                    .as("the clock has not moved: the same answer")
                    .isEqualTo(first);
            assertThat(panel(fx, id).get("current").get("value").asDouble()).isEqualTo(99);

            // a new value, now
            fx.values(kpi, "{\"values\": [{\"value\": 130}]}");
            JsonNode p = panel(fx, id);
            assertThat(p.get("current").get("value").asDouble()).isEqualTo(130);
            assertThat(p.get("status").asText()).isEqualTo("off_track");
            assertThat(sparklineOn(p, "2025-01-21")).isEqualTo(130);

            // a correction of an old value
            fx.values(kpi, "{\"values\": [{\"at\": \"2025-01-10T12:00:00Z\", \"value\": 500}]}");
            assertThat(sparklineOn(panel(fx, id), "2025-01-10")).isEqualTo(500);

            // a value four minutes ahead shows when its time comes, with no write in between
            Instant ahead = ScorecardFixture.START.plusSeconds(240);
            fx.values(kpi, "{\"values\": [{\"at\": \"" + ahead + "\", \"value\": 42}]}");
            assertThat(panel(fx, id).get("current").get("value").asDouble()).isEqualTo(130);
            fx.clock.set(ahead);
            p = panel(fx, id);
            assertThat(p.get("current").get("value").asDouble()).isEqualTo(42);
            assertThat(p.get("status").asText()).isEqualTo("on_track");

            // the last minute of January, then a new day that is a new month: no value in February yet
            fx.clock.set(Instant.parse("2025-01-31T23:59:00Z"));
            p = panel(fx, id);
            assertThat(p.get("period").get("start").asText()).isEqualTo("2025-01-01T00:00:00Z");
            assertThat(p.get("status").asText()).isEqualTo("on_track");
            fx.clock.set(Instant.parse("2025-02-01T00:00:01Z"));
            p = panel(fx, id);
            assertThat(p.get("period").get("start").asText()).isEqualTo("2025-02-01T00:00:00Z");
            assertThat(p.get("status").asText()).isEqualTo("no_data");
            assertThat(p.get("change").isNull()).isTrue();

            // thirty days on, the first days have left the range
            fx.clock.set(Instant.parse("2025-02-05T10:00:00Z"));
            assertThat(panel(fx, id).get("sparkline").get(0).get("date").asText())
                    .isEqualTo("2025-01-06");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aValueWrittenThroughAnotherReplicaShowsAtOnce(TestStores.Store store) throws Exception {
        assumeThat(store)
                .as("two replicas share one PostgreSQL (the embedded store is one process's)")
                .isEqualTo(TestStores.Store.POSTGRES);
        Map<String, String> shared = Map.of(
                "DATABASE_SCHEMA",
                "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        try (var a = new ScorecardFixture(store, dataDir, shared);
                var b = new ScorecardFixture(store, otherDataDir, shared)) {
            String kpi = a.kpi("{\"name\": \"latency\", \"unit\": \"ms\", \"target\": 100}");
            a.daily(kpi, "2025-01-10", 90, 91, 92);
            String id = dashboard(a, kpi);
            assertThat(panel(a, id).get("current").get("value").asDouble()).isEqualTo(92);
            assertThat(panel(a, id).get("current").get("value").asDouble()).isEqualTo(92);

            b.values(kpi, "{\"values\": [{\"value\": 150}, {\"at\": \"2025-01-10T12:00:00Z\", \"value\": 10}]}");
            JsonNode p = panel(a, id);
            assertThat(p.get("current").get("value").asDouble()).isEqualTo(150);
            assertThat(sparklineOn(p, "2025-01-10")).isEqualTo(10);
            assertThat(p.get("status").asText()).isEqualTo("off_track");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aClientThatTakesGzipGetsTheSameJsonGzipped(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String kpi = fx.kpi("{\"name\": \"latency\", \"unit\": \"ms\", \"target\": 100}");
            fx.daily(kpi, "2025-01-01", 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105);
            String id = dashboard(fx, kpi);
            var http = java.net.http.HttpClient.newHttpClient();
            for (int i = 0; i < 2; i++) { // computed, then from memory
                var r = http.send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(fx.service.baseUrl() + "/v1/analytics/dashboard/" + id))
                                .header("Authorization", "Bearer " + TestStores.ADMIN_KEY)
                                .header("Accept-Encoding", "gzip, deflate, br")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
                assertThat(r.headers().firstValue("Vary")).hasValue("Accept, Accept-Encoding");
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
                byte[] json;
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                    json = in.readAllBytes();
                }
                assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(fx.admin.get("/v1/analytics/dashboard/" + id).body());
            }
        }
    }
}
