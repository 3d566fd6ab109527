package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /v1/analytics/dashboard/{id}/grafana} over real HTTP, on the embedded store and
 * PostgreSQL: the export is a Grafana dashboard that Grafana's own types accept ({@link GrafanaCheck}),
 * with the KPI's thresholds, target line and unit, and a broken model is refused by the same check
 * (so the check can fail).
 */
class GrafanaExportApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theExportImportsIntoGrafanaWithThresholdsTargetAndUnits(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String revenue = fx.kpi("""
                    {"name": "revenue", "unit": "USD", "target": 1000, "direction": "higher_is_better",
                     "thresholds": {"mode": "absolute", "atRisk": 950, "offTrack": 800}}""");
            fx.daily(revenue, "2025-01-10", 900, 940, 990, 1010, 1020, 980, 1030, 1040, 1050, 1060, 1070);
            var created = fx.admin.post(
                    "/v1/analytics/dashboard",
                    "{\"name\": \"Exec \\\"board\\\"\", \"kpis\": [{\"id\": \"" + revenue + "\"},"
                            + " {\"name\": \"response_time\", \"target\": 100, \"current\": 85, \"unit\": \"ms\"},"
                            + " {\"name\": \"signups\", \"target\": 50, \"current\": 60, \"unit\": \"users/d\"}]}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();

            var r = fx.admin.get("/v1/analytics/dashboard/" + id + "/grafana");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode g = r.json();
            assertThat(g.get("uid").asText()).isEqualTo(id);
            assertThat(g.get("title").asText()).isEqualTo("Exec \"board\"");
            assertThat(g.get("schemaVersion").asInt()).isEqualTo(42);
            assertThat(g.get("timezone").asText()).isEqualTo("utc");
            assertThat(g.get("time").get("from").asText()).isEqualTo("now-30d");
            assertThat(g.get("templating").get("list").get(0).get("query").asText())
                    .isEqualTo("prometheus");
            JsonNode panels = g.get("panels");
            List<String> types = new java.util.ArrayList<>();
            panels.forEach(p -> types.add(p.get("type").asText()));
            assertThat(types).containsExactly("stat", "timeseries", "stat", "timeseries", "stat", "timeseries");
            JsonNode stat = panels.get(0);
            assertThat(stat.get("fieldConfig").get("defaults").get("unit").asText())
                    .isEqualTo("currencyUSD");
            assertThat(stat.get("fieldConfig")
                            .get("defaults")
                            .get("thresholds")
                            .get("steps")
                            .toString())
                    .isEqualTo("[{\"color\":\"red\",\"value\":null},{\"color\":\"orange\",\"value\":800.0},"
                            + "{\"color\":\"green\",\"value\":950.0}]");
            JsonNode series = panels.get(1);
            assertThat(series.get("fieldConfig")
                            .get("defaults")
                            .get("thresholds")
                            .get("steps")
                            .toString())
                    .as("the target as a line, in the colour of the step beneath it")
                    .isEqualTo("[{\"color\":\"red\",\"value\":null},{\"color\":\"orange\",\"value\":800.0},"
                            + "{\"color\":\"green\",\"value\":950.0},{\"color\":\"green\",\"value\":1000.0}]");
            assertThat(series.get("fieldConfig")
                            .get("defaults")
                            .get("custom")
                            .get("thresholdsStyle")
                            .get("mode")
                            .asText())
                    .isEqualTo("line");
            String csv = series.get("targets").get(0).get("csvContent").asText();
            assertThat(csv.lines()).hasSize(12).startsWith("time,value").endsWith("2025-01-20T00:00:00Z,1070.0");
            JsonNode latency = panels.get(2);
            assertThat(latency.get("fieldConfig").get("defaults").get("unit").asText())
                    .isEqualTo("ms");
            assertThat(latency.get("fieldConfig")
                            .get("defaults")
                            .get("thresholds")
                            .get("steps")
                            .findValuesAsText("color"))
                    .as("lower is better: green first")
                    .containsExactly("green", "orange", "red");
            assertThat(latency.get("options").get("percentChangeColorMode").asText())
                    .isEqualTo("inverted");
            assertThat(panels.get(4)
                            .get("fieldConfig")
                            .get("defaults")
                            .get("unit")
                            .asText())
                    .isEqualTo("suffix: users/d");

            // kept as a test artifact: target/grafana/<store>.json
            Path file = Files.writeString(
                    Files.createDirectories(Path.of("target/grafana")).resolve(store.name() + ".json"), r.body());
            var verdict = GrafanaCheck.check(file);
            assertThat(verdict.valid()).as(verdict.output()).isTrue();

            // the same check refuses a model Grafana would not take: it can fail
            Path broken = Files.writeString(
                    dataDir.resolve("broken.json"), r.body().replace("\"gridPos\"", "\"gridPosition\""));
            var refused = GrafanaCheck.check(broken);
            assertThat(refused.valid()).isFalse();
            assertThat(refused.output()).contains("gridPosition");

            assertThat(fx.admin.get("/v1/analytics/dashboard/dash_nope/grafana").status())
                    .isEqualTo(404);
        }
    }
}
