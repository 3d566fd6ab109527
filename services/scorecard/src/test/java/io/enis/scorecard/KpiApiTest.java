package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.OpenApiContract;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** KPIs and their values over real HTTP, on the embedded store and PostgreSQL. */
class KpiApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @Test
    void theRoutesAreTheDocumentedOnes() throws Exception {
        try (var fx = new ScorecardFixture(TestStores.Store.EMBEDDED, dataDir)) {
            OpenApiContract.assertMatches(fx.service);
            assertThat(fx.admin.as(null).get("/health/ready").status()).isEqualTo(200);
            assertThat(fx.admin.as(null).get("/v1/analytics/kpis").status()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aKpiIsDefinedWithDefaultsAndReadBack(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            var created = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "response_time", "unit": "ms", "target": 100, "owner": "platform", "tags": ["latency", "api"]}""");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(created.header("Location")).isEqualTo("/v1/analytics/kpis/" + id);
            var kpi = fx.getJson("/v1/analytics/kpis/" + id);
            assertThat(kpi.get("direction").asText()).as("durations: lower is better").isEqualTo("lower_is_better");
            assertThat(kpi.get("thresholds").get("mode").asText()).isEqualTo("percent");
            assertThat(kpi.get("thresholds").get("offTrackValue").asDouble()).isEqualTo(110.0);
            assertThat(kpi.get("period").get("granularity").asText()).isEqualTo("month");
            assertThat(kpi.get("createdAt").asText()).isEqualTo(ScorecardFixture.START.toString());

            fx.clock.advance(java.time.Duration.ofMinutes(1));
            String revenue = fx.kpi("""
                    {"name": "revenue", "unit": "EUR", "target": 1000000, "cumulative": true, "owner": "sales",
                     "thresholds": {"mode": "absolute", "atRisk": 900000, "offTrack": 750000},
                     "period": {"granularity": "quarter", "mode": "rolling"}}""");
            assertThat(fx.getJson("/v1/analytics/kpis/" + revenue).get("direction").asText()).isEqualTo("higher_is_better");
            assertThat(fx.getJson("/v1/analytics/kpis?owner=sales").get("kpis").findValuesAsText("id")).containsExactly(revenue);
            assertThat(fx.getJson("/v1/analytics/kpis?tag=api").get("kpis").findValuesAsText("id")).containsExactly(id);
            assertThat(fx.getJson("/v1/analytics/kpis?tag=ap").get("kpis")).isEmpty();
            assertThat(fx.getJson("/v1/analytics/kpis?limit=1&offset=1").get("kpis").findValuesAsText("id")).containsExactly(revenue);
            assertThat(fx.admin.get("/v1/analytics/kpis/kpi_nope").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void valuesConvertToTheKpisUnitAndACorrectionReplacesAValue(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String latency = fx.kpi("{\"name\": \"p99\", \"unit\": \"ms\", \"target\": 200}");
            fx.values(latency, """
                    {"unit": "s", "values": [{"at": "2025-01-20T10:00:00Z", "value": 0.25},
                                             {"at": "2025-01-20T11:00:00Z", "value": 180, "unit": "ms"},
                                             {"value": 1.5, "unit": "min"}]}""");
            var values = fx.getJson("/v1/analytics/kpis/" + latency + "/values").get("values");
            assertThat(values.findValuesAsText("at")).containsExactly("2025-01-20T10:00:00Z", "2025-01-20T11:00:00Z",
                    ScorecardFixture.START.toString());
            assertThat(values.findValues("value").stream().map(v -> v.asDouble()).toList()).containsExactly(250.0, 180.0, 90_000.0);

            fx.values(latency, "{\"values\": [{\"at\": \"2025-01-20T11:00:00Z\", \"value\": 170}]}");
            var corrected = fx.getJson("/v1/analytics/kpis/" + latency + "/values?from=2025-01-20T10:30:00Z&to=2025-01-20T12:00:00Z");
            assertThat(corrected.get("values").findValues("value").stream().map(v -> v.asDouble()).toList()).containsExactly(170.0);

            String throughput = fx.kpi("{\"name\": \"throughput\", \"unit\": \"req/s\", \"target\": 1000}");
            fx.values(throughput, "{\"unit\": \"req/min\", \"values\": [{\"value\": 60000}]}");
            assertThat(fx.getJson("/v1/analytics/kpis/" + throughput + "/values").get("values").get(0).get("value").asDouble())
                    .as("60000 req/min = 1000 req/s").isEqualTo(1000.0);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badDefinitionsAreRefusedNamingEachFieldAndStoreNothing(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            var outOfOrder = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "throughput", "unit": "req/s", "target": 1000, "direction": "higher_is_better",
                     "thresholds": {"mode": "percent", "atRisk": 80, "offTrack": 95}}""");
            assertThat(outOfOrder.status()).isEqualTo(400);
            assertThat(outOfOrder.contentType()).startsWith("application/problem+json");
            assertThat(outOfOrder.json().get("errors").findValuesAsText("field")).containsExactly("thresholds.offTrack");
            assertThat(outOfOrder.json().get("errors").get(0).get("message").asText())
                    .isEqualTo("must be below atRisk (80) for a higher_is_better KPI");

            var wrongSide = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "latency", "unit": "ms", "target": 300,
                     "thresholds": {"mode": "absolute", "atRisk": 250, "offTrack": 400}}""");
            assertThat(wrongSide.json().get("errors").findValuesAsText("field")).containsExactly("target");
            assertThat(wrongSide.json().get("errors").get(0).get("message").asText()).contains("at or below thresholds.atRisk (250)");

            var many = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "", "unit": "req per sec", "target": "high", "direction": "up", "tags": ["OK"],
                     "period": {"granularity": "year"}, "colour": "red"}""");
            assertThat(many.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("colour", "name", "unit", "target", "direction", "tags[0]", "period.granularity");

            var percentOfZero = fx.admin.post("/v1/analytics/kpis", "{\"name\": \"incidents\", \"unit\": \"count\", \"target\": 0}");
            assertThat(percentOfZero.json().get("errors").findValuesAsText("field")).containsExactly("thresholds");
            assertThat(fx.admin.post("/v1/analytics/kpis", "[1]").status()).isEqualTo(400);
            assertThat(fx.getJson("/v1/analytics/kpis").get("kpis")).as("nothing stored").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aBatchWithAnyBadValueIsRefusedWhole(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String id = fx.kpi("{\"name\": \"throughput\", \"unit\": \"req/s\", \"target\": 1000}");
            var mixed = fx.admin.post("/v1/analytics/kpis/" + id + "/values", """
                    {"values": [{"value": 900}, {"value": 85, "unit": "ms", "at": "2025-01-21T09:00:00Z"},
                                {"value": 1, "unit": "orders/s", "at": "2025-01-21T09:01:00Z"},
                                {"value": 5, "at": "2025-01-22T10:00:00Z"}, {"value": 1, "at": "2025-01-20T00:00:00Z"},
                                {"value": 2, "at": "2025-01-20T00:00:00Z"}, {"at": "2025-01-19T00:00:00Z"}]}""");
            assertThat(mixed.status()).isEqualTo(400);
            assertThat(mixed.json().get("errors").findValuesAsText("field"))
                    .containsExactly("values[1].unit", "values[2].unit", "values[3].at", "values[5].at", "values[6].value");
            assertThat(mixed.json().get("errors").get(0).get("message").asText())
                    .isEqualTo("must be req/s, req/ms, req/min, req/h, req/d: the KPI is in req/s and ms is not a rate of req (one unit per KPI)");
            assertThat(fx.admin.post("/v1/analytics/kpis/" + id + "/values", "{\"values\": []}").status()).isEqualTo(400);
            assertThat(fx.admin.post("/v1/analytics/kpis/kpi_missing/values", "{\"values\": [{\"value\": 1}]}").status()).isEqualTo(404);
            assertThat(fx.getJson("/v1/analytics/kpis/" + id + "/values").get("values")).as("nothing stored").isEmpty();
        }
    }
}
