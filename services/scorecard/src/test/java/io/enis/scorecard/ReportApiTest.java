package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.TestStores;
import io.enis.scorecard.page.DashboardPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports over real HTTP, on the embedded store and PostgreSQL: on demand and on a cron schedule
 * (driven by a simulated clock), stored and downloaded as JSON, HTML (the dashboard page, with its
 * policy) and PDF (its text read back with PDFBox), announced as a report.ready CloudEvent with links
 * to a receiving cloud-bus endpoint; bad requests refused by field with nothing stored.
 */
class ReportApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReportOnDemandIsStoredInEveryFormatAndAnnounced(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new ScorecardFixture(
                        store,
                        dataDir,
                        Map.of("CLOUD_BUS_URL", bus.url("/v1/events"), "CLOUD_BUS_API_KEY", "publish-key"))) {
            String latency = fx.kpi("{\"name\": \"response_time\", \"unit\": \"ms\", \"target\": 100}");
            fx.daily(
                    latency,
                    "2025-01-01",
                    90,
                    92,
                    95,
                    91,
                    89,
                    93,
                    97,
                    96,
                    94,
                    92,
                    90,
                    88,
                    87,
                    91,
                    93,
                    95,
                    94,
                    92,
                    90,
                    89);
            var dash = fx.admin.post("/v1/analytics/dashboard", "{\"name\": \"Ops\", \"kpis\": [\"" + latency + "\"]}");
            String dashboardId = dash.json().get("id").asText();

            var created = fx.admin.post("/v1/analytics/reports", """
                    {"name": "January ops", "dashboardId": "%s",
                     "period": {"from": "2025-01-01T00:00:00Z", "to": "2025-01-15T00:00:00Z"}}""".formatted(dashboardId));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode report = created.json();
            String id = report.get("id").asText();
            assertThat(id).matches("rep_[0-9a-z]{20}");
            assertThat(created.header("Location")).isEqualTo("/v1/analytics/reports/" + id);
            assertThat(report.get("period").get("to").asText()).isEqualTo("2025-01-15T00:00:00Z");
            assertThat(report.get("links").get("pdf").asText())
                    .isEqualTo("/v1/analytics/reports/" + id + "?format=pdf");

            JsonNode doc = fx.getJson("/v1/analytics/reports/" + id + "?format=json");
            assertThat(doc.get("name").asText()).isEqualTo("January ops");
            JsonNode panel = doc.get("dashboard").get("panels").get(0);
            assertThat(panel.get("sparkline").size())
                    .as("14 days of the period")
                    .isEqualTo(14);
            assertThat(panel.get("current").get("value").asDouble())
                    .as("the last value in the period")
                    .isEqualTo(91.0);

            var html = fx.admin.send(
                    "GET",
                    "/v1/analytics/reports/" + id,
                    null,
                    null,
                    Map.of("Accept", DashboardApiTest.BROWSER_ACCEPT));
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.contentType()).startsWith("text/html");
            assertThat(html.header("Content-Security-Policy")).isEqualTo(DashboardPage.CONTENT_SECURITY_POLICY);
            assertThat(html.body())
                    .contains("<title>January ops · ENIS scorecard</title>")
                    .contains("<svg class=\"spark\"");

            byte[] pdf = bytes(fx, "/v1/analytics/reports/" + id, "application/pdf");
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument d = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(d);
                assertThat(text)
                        .contains("January ops")
                        .contains("response_time")
                        .contains("91 ms - On track")
                        .contains("target 100 ms · lower is better")
                        .contains("2025-01-01T00:00:00Z to 2025-01-15T00:00:00Z");
            }
            assertThat(bytes(fx, "/v1/analytics/reports/" + id + "?format=pdf", "*/*"))
                    .as("stored once: the same bytes every time")
                    .isEqualTo(pdf);

            // the relay (a tick of the report jobs) delivers report.ready with the links
            // (the same tick announces the KPIs' first statuses: goal alerts share the outbox)
            assertThat(fx.scorecard.jobs().runOnce().eventsPublished()).isPositive();
            var event = reportReady(bus);
            assertThat(event.get("type").asText()).isEqualTo("cloud.enis.scorecard.report.ready");
            assertThat(event.get("source").asText()).isEqualTo("/scorecard");
            assertThat(event.get("subject").asText()).isEqualTo(id);
            assertThat(event.get("data").get("href").asText()).isEqualTo("/v1/analytics/reports/" + id);
            assertThat(event.get("data").get("links").get("html").asText()).endsWith("?format=html");

            // a set of KPIs, over the default range
            var kpis = fx.admin.post("/v1/analytics/reports", "{\"kpiIds\": [\"" + latency + "\"]}");
            assertThat(kpis.status()).as(kpis.toString()).isEqualTo(201);
            assertThat(kpis.json().get("name").asText()).isEqualTo("KPI report");
            assertThat(kpis.json().get("dashboardId").isNull()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aScheduledReportRunsAtItsCronTimeInItsTimeZone(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new ScorecardFixture(
                        store,
                        dataDir,
                        Map.of("CLOUD_BUS_URL", bus.url("/v1/events"), "CLOUD_BUS_API_KEY", "publish-key"))) {
            String signups = fx.kpi("{\"name\": \"signups\", \"unit\": \"users\", \"target\": 50}");
            fx.daily(signups, "2025-01-14", 40, 45, 50, 55, 60, 58, 61);
            // 2025-01-21 10:00Z is a Tuesday; Mondays 08:00 in Madrid (UTC+1 in winter) is 07:00Z
            var created = fx.admin.post("/v1/analytics/reports", """
                    {"name": "Weekly signups", "kpiIds": ["%s"], "period": {"last": "7d"},
                     "schedule": {"cron": "0 8 * * MON", "timeZone": "Europe/Madrid"}}""".formatted(signups));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String schedule = created.json().get("id").asText();
            assertThat(schedule).startsWith("rsch_");
            assertThat(created.json().get("nextRunAt").asText()).isEqualTo("2025-01-27T07:00:00Z");

            assertThat(fx.scorecard.jobs().runOnce().reports())
                    .as("not due yet")
                    .isEmpty();
            fx.clock.set(Instant.parse("2025-01-27T07:00:20Z"));
            var tick = fx.scorecard.jobs().runOnce();
            assertThat(tick.reports()).hasSize(1);
            var report = tick.reports().get(0);
            assertThat(report.from()).isEqualTo(Instant.parse("2025-01-20T07:00:00Z"));
            assertThat(report.to()).isEqualTo(Instant.parse("2025-01-27T07:00:00Z"));
            assertThat(report.scheduleId()).isEqualTo(schedule);
            assertThat(tick.eventsPublished()).isPositive();

            JsonNode after = fx.getJson("/v1/analytics/reports/schedules/" + schedule);
            assertThat(after.get("nextRunAt").asText()).isEqualTo("2025-02-03T07:00:00Z");
            assertThat(after.get("lastReportId").asText()).isEqualTo(report.id());
            assertThat(fx.scorecard.jobs().runOnce().reports())
                    .as("once per cron time")
                    .isEmpty();

            JsonNode doc = fx.getJson(report.href(io.enis.scorecard.report.ReportFormat.JSON));
            assertThat(doc.get("dashboard")
                            .get("panels")
                            .get(0)
                            .get("current")
                            .get("value")
                            .asDouble())
                    .isEqualTo(61.0);
            var event = reportReady(bus);
            assertThat(event.get("data").get("scheduleId").asText()).isEqualTo(schedule);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badReportsAreRefusedByFieldAndNothingIsStored(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new ScorecardFixture(
                        store,
                        dataDir,
                        Map.of("CLOUD_BUS_URL", bus.url("/v1/events"), "CLOUD_BUS_API_KEY", "publish-key"))) {
            String kpi = fx.kpi("{\"name\": \"x\", \"unit\": \"ms\", \"target\": 1}");
            refused(fx, "{\"dashboardId\": \"dash_nope\"}", "dashboardId");
            refused(fx, "{\"kpiIds\": [\"" + kpi + "\", \"kpi_nope\"]}", "kpiIds[1]");
            refused(fx, "{\"dashboardId\": \"dash_a\", \"kpiIds\": [\"" + kpi + "\"]}", "dashboardId");
            refused(fx, "{}", "dashboardId");
            refused(fx, "{\"kpiIds\": [\"" + kpi + "\"], \"schedule\": {\"cron\": \"every monday\"}}", "schedule.cron");
            refused(
                    fx,
                    "{\"kpiIds\": [\"" + kpi
                            + "\"], \"schedule\": {\"cron\": \"0 8 * * MON\", \"timeZone\": \"Mars/Olympus\"}}",
                    "schedule.timeZone");
            refused(
                    fx,
                    "{\"kpiIds\": [\"" + kpi + "\"], \"schedule\": {\"cron\": \"0 8 * * MON\"},"
                            + " \"period\": {\"from\": \"2025-01-01T00:00:00Z\", \"to\": \"2025-01-02T00:00:00Z\"}}",
                    "period");
            refused(
                    fx,
                    "{\"kpiIds\": [\"" + kpi
                            + "\"], \"period\": {\"from\": \"2025-01-02T00:00:00Z\", \"to\": \"2025-01-01T00:00:00Z\"}}",
                    "period.to");
            refused(fx, "{\"kpiIds\": [\"" + kpi + "\"], \"format\": \"pdf\"}", "format");
            assertThat(fx.scorecard.jobs().runOnce().eventsPublished())
                    .as("nothing was announced")
                    .isZero();

            var ok = fx.admin.post("/v1/analytics/reports", "{\"kpiIds\": [\"" + kpi + "\"]}");
            String id = ok.json().get("id").asText();
            var badFormat = fx.admin.get("/v1/analytics/reports/" + id + "?format=xml");
            assertThat(badFormat.status()).isEqualTo(400);
            assertThat(badFormat.body()).contains("\"format\"");
            assertThat(fx.admin.get("/v1/analytics/reports/rep_nope").status()).isEqualTo(404);
            assertThat(fx.admin.get("/v1/analytics/reports/schedules/rsch_nope").status())
                    .isEqualTo(404);
        }
    }

    private static void refused(ScorecardFixture fx, String body, String field) {
        var r = fx.admin.post("/v1/analytics/reports", body);
        assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().toString()).as(r.toString()).contains("\"" + field + "\"");
    }

    /** The PDF at {@code path}, asked for with {@code accept}; fails unless 200 and a PDF. */
    static byte[] bytes(ScorecardFixture fx, String path, String accept) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fx.service.baseUrl() + path))
                                .header("Authorization", "Bearer " + TestStores.ADMIN_KEY)
                                .header("Accept", accept)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return r.body();
    }

    /** The one report.ready event the cloud-bus's door received (goal-alert events may come with it). */
    private static JsonNode reportReady(HttpReceiver bus) {
        List<JsonNode> ready = bus.accepted().stream()
                .map(r -> Json.parse(r.bytes()))
                .filter(e -> e.get("type").asText().equals("cloud.enis.scorecard.report.ready"))
                .toList();
        assertThat(ready).hasSize(1);
        return ready.get(0);
    }
}
