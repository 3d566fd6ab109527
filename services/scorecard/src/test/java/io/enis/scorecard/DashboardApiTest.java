package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dashboards over real HTTP, as JSON and as a page, on the embedded store and PostgreSQL. */
class DashboardApiTest {
    /** Seed 000's SDK example, exactly as its clients send it. */
    static final String SEED_DASHBOARD = """
            {"name": "Performance Dashboard",
             "kpis": [{"name": "response_time", "target": 100, "current": 85, "unit": "ms"},
                      {"name": "throughput", "target": 1000, "current": 1200, "unit": "req/s"}]}""";
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theSeedsDashboardIsCreatedAndShowsBothKpisOnTrack(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            var created = fx.admin.post("/v1/analytics/dashboard", SEED_DASHBOARD);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();
            assertThat(id).matches("dash_[0-9a-z]{20}");
            assertThat(created.json().get("panels").findValuesAsText("title")).containsExactly("response_time", "throughput");
            assertThat(created.json().get("timeRange").get("last").asText()).isEqualTo("30d");

            JsonNode view = fx.getJson("/v1/analytics/dashboard/" + id);
            JsonNode latency = view.get("panels").get(0);
            assertThat(latency.get("kpi").get("direction").asText()).isEqualTo("lower_is_better");
            assertThat(latency.get("current").get("value").asDouble()).as("inline current, recorded now").isEqualTo(85.0);
            assertThat(latency.get("current").get("at").asText()).isEqualTo(ScorecardFixture.START.toString());
            assertThat(latency.get("status").asText()).isEqualTo("on_track");
            JsonNode throughput = view.get("panels").get(1);
            assertThat(throughput.get("kpi").get("unit").asText()).isEqualTo("req/s");
            assertThat(throughput.get("status").asText()).isEqualTo("on_track");
            assertThat(throughput.get("sparkline").findValuesAsText("date")).containsExactly("2025-01-21");
            assertThat(throughput.get("change").isNull()).as("no previous period").isTrue();
            assertThat(throughput.get("forecast").isNull()).isTrue();
            assertThat(throughput.get("forecastNote").asText()).isEqualTo("no forecast: linear needs at least 3 points, the series has 1");

            String again = fx.admin.post("/v1/analytics/dashboard", SEED_DASHBOARD).json().get("id").asText();
            assertThat(again).as("the seed's call works every time: KPI names are not unique").isNotEqualTo(id);
            assertThat(fx.getJson("/v1/analytics/kpis").get("kpis")).hasSize(4);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void panelsShowChangeForecastAttainmentAndAnomalies(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String signups = fx.kpi("""
                    {"name": "signups", "unit": "users", "target": 150, "period": {"granularity": "week"}}""");
            // Monday 2025-01-06 to Tuesday 2025-01-21: +5 a day with a spike on the 15th
            fx.clock.set(java.time.Instant.parse("2025-01-21T18:00:00Z"));
            double[] values = new double[16];
            for (int i = 0; i < values.length; i++) {
                values[i] = 60 + 5 * i;
            }
            values[9] = 400;
            fx.daily(signups, "2025-01-06", values);
            String dash = fx.admin.post("/v1/analytics/dashboard", """
                    {"name": "Growth", "kpis": [{"id": "%s", "title": "Weekly signups"}], "timeRange": {"last": "21d"}}"""
                    .formatted(signups)).json().get("id").asText();
            JsonNode panel = fx.getJson("/v1/analytics/dashboard/" + dash).get("panels").get(0);
            assertThat(panel.get("title").asText()).isEqualTo("Weekly signups");
            assertThat(panel.get("period").get("start").asText()).as("ISO week").isEqualTo("2025-01-20T00:00:00Z");
            assertThat(panel.get("period").get("value").asDouble()).isEqualTo(135.0);
            assertThat(panel.get("status").asText()).as("135 of 150: below 100%, above 90%").isEqualTo("at_risk");
            assertThat(panel.get("change").get("previous").asDouble()).as("Sunday the 19th").isEqualTo(125.0);
            assertThat(panel.get("change").get("absolute").asDouble()).isEqualTo(10.0);
            assertThat(panel.get("change").get("percent").asDouble()).isEqualTo(8.0);
            assertThat(panel.get("anomalies").findValuesAsText("date")).containsExactly("2025-01-15");
            assertThat(panel.get("forecast").get("method").asText()).isEqualTo("holt_winters");
            assertThat(panel.get("forecast").get("points").findValuesAsText("date"))
                    .as("to the week's last day").containsExactly("2025-01-22", "2025-01-23", "2025-01-24", "2025-01-25", "2025-01-26");
            JsonNode attainment = panel.get("attainment");
            assertThat(attainment.get("outcome").asText()).isIn("reached", "met");
            assertThat(attainment.get("sentence").asText()).startsWith("at this rate the target is reached on 2025-01-2");
            String html = fx.admin.send("GET", "/v1/analytics/dashboard/" + dash, null, null, Map.of("Accept", BROWSER_ACCEPT)).body();
            assertThat(html).contains("<polyline class=\"line\"", "<polyline class=\"forecast\"", "<polygon class=\"band\"",
                    "<circle class=\"anomaly\"", "<title>anomaly on 2025-01-15</title>", "At risk", "+10 users (+8%) vs previous period",
                    "target 150 users");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theSameUrlIsAPageForBrowsersWithAStrictPolicyAndEverythingEscaped(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String id = fx.admin.post("/v1/analytics/dashboard", """
                    {"name": "<script>alert('x')</script> & co",
                     "kpis": [{"name": "p99 <b>", "target": 100, "current": 120, "unit": "ms", "owner": "\\"quoted\\""},
                              {"name": "throughput", "target": 1000, "unit": "req/s"}]}""").json().get("id").asText();
            fx.clock.advance(Duration.ofDays(1));
            var page = fx.admin.send("GET", "/v1/analytics/dashboard/" + id, null, null, Map.of("Accept", BROWSER_ACCEPT));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
            String csp = page.header("Content-Security-Policy");
            assertThat(csp).startsWith("default-src 'none'; style-src 'sha256-").contains("script-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Vary")).isEqualTo("Accept");
            String html = page.body();
            assertThat(html).startsWith("<!doctype html>").contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", "p99 &lt;b&gt;", "<svg class=\"spark\"", "class=\"goal\"",
                    "Off track", "No data", "no data in the time range");
            assertThat(html).doesNotContain("<script", "<b>", "style=", "src=", "href=", "@import", "url(");
            String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
            var sha = java.security.MessageDigest.getInstance("SHA-256").digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(csp).as("the one stylesheet is allowed by its hash")
                    .contains("'sha256-" + java.util.Base64.getEncoder().encodeToString(sha) + "'");
            assertThat(html).containsOnlyOnce("<style>");
            assertThat(style).contains("@media", "grid-template-columns:repeat(auto-fill,minmax(18rem,1fr))");

            var json = fx.admin.send("GET", "/v1/analytics/dashboard/" + id, null, null, Map.of("Accept", "*/*"));
            assertThat(json.contentType()).startsWith("application/json");
            assertThat(json.header("Content-Security-Policy")).isNull();
            var missing = fx.admin.send("GET", "/v1/analytics/dashboard/dash_nope", null, null, Map.of("Accept", BROWSER_ACCEPT));
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anUnknownKpiOrABadInlineDefinitionStoresNothing(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            String known = fx.kpi("{\"name\": \"errors\", \"unit\": \"%\", \"target\": 1, \"direction\": \"lower_is_better\"}");
            var unknown = fx.admin.post("/v1/analytics/dashboard", """
                    {"name": "Ops", "kpis": [{"name": "inline", "target": 5, "unit": "ms", "current": 4}, "%s", "kpi_nope",
                                             {"id": "kpi_gone"}]}""".formatted(known));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("kpis[2]", "kpis[3].id");
            assertThat(unknown.json().get("errors").get(0).get("message").asText()).startsWith("no KPI 'kpi_nope'");

            var bad = fx.admin.post("/v1/analytics/dashboard", """
                    {"kpis": [{"name": "x", "target": 10, "unit": "ms", "current": "85",
                               "thresholds": {"atRisk": 120, "offTrack": 110}}, 7],
                     "timeRange": {"last": "2h"}}""");
            assertThat(bad.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("name", "kpis[0].current", "kpis[0].thresholds.offTrack", "kpis[1]", "timeRange.last");
            assertThat(fx.getJson("/v1/analytics/kpis").get("kpis").findValuesAsText("id"))
                    .as("the inline KPI of the refused dashboard was not kept").containsExactly(known);
        }
    }
}
