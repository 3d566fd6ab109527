package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports over closed periods, over real HTTP on the embedded store and PostgreSQL: a report of a
 * closed month reads the month's snapshot, so a value corrected after the close changes the raw
 * series (and the live dashboard) but not a report made later — its JSON is the earlier report's byte
 * for byte but for its own id and generation time — and says so ("frozen at …, hash …") in JSON,
 * HTML and PDF; an open period is read from raw values; a scheduled report at the period's end closes
 * the period first, so it does not depend on the close scheduler having run.
 */
class ReportClosedPeriodTest {
    private static final String JANUARY = "{\"from\": \"2025-01-01T00:00:00Z\", \"to\": \"2025-02-01T00:00:00Z\"}";
    private static final String CLOSED_AT = "2025-02-01T00:00:05Z";

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReportOfAClosedMonthReadsItsSnapshotNotTheCorrectedValues(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            fx.clock.set(Instant.parse("2025-01-01T08:00:00Z"));
            String p99 = fx.kpi("{\"name\": \"p99\", \"unit\": \"ms\", \"target\": 200}");
            fx.clock.set(Instant.parse("2025-01-31T20:00:00Z"));
            fx.values(p99, """
                    {"values": [{"at": "2025-01-10T12:00:00Z", "value": 180}, {"at": "2025-01-31T12:00:00Z", "value": 230}]}""");
            String dashboard = fx.admin
                    .post("/v1/analytics/dashboard", "{\"name\": \"Ops\", \"kpis\": [\"" + p99 + "\"]}")
                    .json()
                    .get("id")
                    .asText();

            fx.clock.set(Instant.parse(CLOSED_AT));
            assertThat(fx.admin
                            .post("/v1/analytics/kpis/" + p99 + "/close", "")
                            .json()
                            .get("snapshots"))
                    .hasSize(1);
            String hash = fx.getJson("/v1/analytics/kpis/" + p99 + "/snapshots/2025-01-01")
                    .get("inputsSha256")
                    .asText();
            String before = report(fx, dashboard, JANUARY);

            // January's last value is corrected after the close: the raw series changes...
            fx.clock.set(Instant.parse("2025-02-02T09:00:00Z"));
            fx.values(p99, "{\"values\": [{\"at\": \"2025-01-31T12:00:00Z\", \"value\": 190}]}");
            JsonNode live = fx.getJson("/v1/analytics/dashboard/" + dashboard);
            assertThat(day(live.get("panels").get(0), "2025-01-31"))
                    .as("the live dashboard reads raw values")
                    .isEqualTo(190.0);

            // ...a report of January made now does not
            String id = created(fx, dashboard, JANUARY);
            String after = body(fx, id);
            assertThat(withoutMetadata(after))
                    .as("the same document as before the correction, but for its id and generatedAt")
                    .isEqualTo(withoutMetadata(before));
            JsonNode doc = parse(after);
            JsonNode panel = doc.get("dashboard").get("panels").get(0);
            assertThat(panel.get("period").get("value").asDouble()).isEqualTo(230.0);
            assertThat(panel.get("status").asText()).as("230 > 110% of 200").isEqualTo("off_track");
            assertThat(panel.get("current").get("value").asDouble()).isEqualTo(230.0);
            assertThat(day(panel, "2025-01-31")).isEqualTo(230.0);
            JsonNode frozen = doc.get("frozen").get(0);
            assertThat(frozen.get("kpiId").asText()).isEqualTo(p99);
            assertThat(frozen.get("closedPeriods").asInt()).isEqualTo(1);
            assertThat(frozen.get("snapshot").get("inputsSha256").asText()).isEqualTo(hash);
            assertThat(frozen.get("snapshot").get("closedAt").asText()).isEqualTo(CLOSED_AT);
            assertThat(frozen.get("note").asText()).isEqualTo("frozen at " + CLOSED_AT + ", hash " + hash);

            String html =
                    fx.admin.get("/v1/analytics/reports/" + id + "?format=html").body();
            assertThat(html)
                    .contains("p99: 2025-01-01T00:00:00Z to 2025-02-01T00:00:00Z frozen at " + CLOSED_AT + ", hash "
                            + hash);
            try (PDDocument pdf =
                    Loader.loadPDF(ReportApiTest.bytes(fx, "/v1/analytics/reports/" + id + "?format=pdf", "*/*"))) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("frozen at " + CLOSED_AT + ",")
                        .contains("hash " + hash)
                        .contains("230 ms - Off track");
            }

            // an open period is read from raw values, the closed one before it from its snapshot
            fx.values(p99, "{\"values\": [{\"at\": \"2025-02-01T12:00:00Z\", \"value\": 200}]}");
            JsonNode week = parse(body(fx, created(fx, dashboard, "{\"last\": \"7d\"}")));
            JsonNode open = week.get("dashboard").get("panels").get(0);
            assertThat(open.get("period").get("value").asDouble()).isEqualTo(200.0);
            assertThat(open.get("change").get("previous").asDouble())
                    .as("January as frozen")
                    .isEqualTo(230.0);
            assertThat(day(open, "2025-01-31")).isEqualTo(230.0);
            assertThat(week.get("frozen").get(0).get("snapshot").isNull()).isTrue();
            assertThat(week.get("frozen").get(0).get("closedPeriods").asInt()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aScheduledReportAtThePeriodsEndClosesItFirst(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            fx.clock.set(Instant.parse("2025-01-01T08:00:00Z"));
            String revenue = fx.kpi("""
                    {"name": "revenue", "unit": "EUR", "target": 1000, "cumulative": true}""");
            fx.clock.set(Instant.parse("2025-01-31T20:00:00Z"));
            fx.values(revenue, """
                    {"values": [{"at": "2025-01-01T09:00:00Z", "value": 400}, {"at": "2025-01-20T09:00:00Z", "value": 500}]}""");
            var created = fx.admin.post("/v1/analytics/reports", """
                    {"name": "Monthly revenue", "kpiIds": ["%s"], "period": {"last": "31d"},
                     "schedule": {"cron": "0 0 1 * *", "timeZone": "UTC"}}""".formatted(revenue));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String schedule = created.json().get("id").asText();

            // at the month's end, before the close scheduler (every hour here) has looked
            fx.clock.set(Instant.parse("2025-02-01T00:00:00Z"));
            var made = fx.scorecard.jobs().runOnce().reports();
            assertThat(made).hasSize(1);
            assertThat(fx.getJson("/v1/analytics/kpis/" + revenue + "/snapshots")
                            .get("snapshots"))
                    .as("the report closed January")
                    .hasSize(1);
            JsonNode scheduled = parse(body(fx, made.get(0).id()));
            JsonNode panel = scheduled.get("dashboard").get("panels").get(0);
            assertThat(panel.get("period").get("value").asDouble()).isEqualTo(900.0);
            assertThat(panel.get("status").asText())
                    .as("900 of 1000, judged on the whole month: at risk")
                    .isEqualTo("at_risk");
            assertThat(scheduled.get("frozen").get(0).get("note").asText())
                    .startsWith("frozen at 2025-02-01T00:00:00Z, hash ");
            assertThat(fx.getJson("/v1/analytics/reports/schedules/" + schedule)
                            .get("lastReportId")
                            .asText())
                    .isEqualTo(made.get(0).id());

            fx.clock.set(Instant.parse("2025-02-03T00:00:00Z"));
            fx.values(revenue, "{\"values\": [{\"at\": \"2025-01-20T09:00:00Z\", \"value\": 700}]}");
            JsonNode again = parse(body(
                    fx,
                    fx.admin
                            .post("/v1/analytics/reports", """
                                    {"kpiIds": ["%s"], "period": %s}""".formatted(revenue, JANUARY))
                            .json()
                            .get("id")
                            .asText()));
            assertThat(again.get("dashboard")
                            .get("panels")
                            .get(0)
                            .get("period")
                            .get("value")
                            .asDouble())
                    .as("the correction to 1100 is after the close")
                    .isEqualTo(900.0);
            assertThat(again.get("frozen")).isEqualTo(scheduled.get("frozen"));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aReportOverManyClosedDaysReadsEachFromItsSnapshotAndTheRestRaw(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            fx.clock.set(Instant.parse("2025-01-01T08:00:00Z"));
            String orders = fx.kpi("""
                    {"name": "orders", "unit": "orders", "target": 100, "period": {"granularity": "day"}}""");
            fx.clock.set(Instant.parse("2025-01-10T20:00:00Z"));
            fx.daily(orders, "2025-01-01", 101, 102, 103, 104, 105, 106, 107, 108, 109, 110);
            String dashboard = fx.admin
                    .post("/v1/analytics/dashboard", "{\"name\": \"Orders\", \"kpis\": [\"" + orders + "\"]}")
                    .json()
                    .get("id")
                    .asText();
            String days = "{\"from\": \"2025-01-01T00:00:00Z\", \"to\": \"2025-01-11T00:00:00Z\"}";
            fx.clock.set(Instant.parse("2025-01-11T00:00:05Z"));
            String before = report(fx, dashboard, days);
            assertThat(fx.getJson("/v1/analytics/kpis/" + orders + "/snapshots").get("snapshots"))
                    .as("the report closed the ten days")
                    .hasSize(10);

            // days 3 and 7 corrected, a value backfilled before the first snapshot, one in the open day
            fx.clock.set(Instant.parse("2025-01-11T09:00:00Z"));
            fx.values(orders, """
                    {"values": [{"at": "2025-01-03T12:00:00Z", "value": 1}, {"at": "2025-01-07T12:00:00Z", "value": 2},
                                {"at": "2024-12-31T12:00:00Z", "value": 99}, {"at": "2025-01-11T08:00:00Z", "value": 50}]}""");
            assertThat(withoutMetadata(report(fx, dashboard, days)))
                    .as("ten frozen days, byte for byte")
                    .isEqualTo(withoutMetadata(before));

            JsonNode wider = parse(
                    report(fx, dashboard, "{\"from\": \"2024-12-31T00:00:00Z\", \"to\": \"2025-01-12T00:00:00Z\"}"));
            JsonNode panel = wider.get("dashboard").get("panels").get(0);
            assertThat(panel.get("sparkline").findValues("value").stream()
                            .map(JsonNode::asDouble)
                            .toList())
                    .as("31 Dec raw (never closed), 1-10 Jan frozen, 11 Jan raw (open)")
                    .containsExactly(99.0, 101.0, 102.0, 103.0, 104.0, 105.0, 106.0, 107.0, 108.0, 109.0, 110.0, 50.0);
            assertThat(panel.get("period").get("value").asDouble()).isEqualTo(50.0);
            assertThat(panel.get("change").get("previous").asDouble()).isEqualTo(110.0);
            assertThat(wider.get("frozen").get(0).get("closedPeriods").asInt()).isEqualTo(10);
            assertThat(wider.get("frozen").get(0).get("snapshot").isNull()).isTrue();
        }
    }

    /** Makes a report of the dashboard over {@code period}; answers its id. */
    private static String created(ScorecardFixture fx, String dashboard, String period) {
        var r = fx.admin.post(
                "/v1/analytics/reports", "{\"dashboardId\": \"%s\", \"period\": %s}".formatted(dashboard, period));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    /** Makes a report and answers its stored JSON as text. */
    private static String report(ScorecardFixture fx, String dashboard, String period) {
        return body(fx, created(fx, dashboard, period));
    }

    private static String body(ScorecardFixture fx, String reportId) {
        var r = fx.admin.get("/v1/analytics/reports/" + reportId + "?format=json");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body();
    }

    /** The document with its own id and generation time blanked (every other byte kept). */
    private static String withoutMetadata(String json) {
        JsonNode doc = parse(json);
        return json.replace(doc.get("id").asText(), "rep_ID")
                .replace("\"generatedAt\":\"" + doc.get("generatedAt").asText() + "\"", "\"generatedAt\":\"AT\"");
    }

    private static JsonNode parse(String json) {
        return Json.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static double day(JsonNode panel, String date) {
        for (JsonNode d : panel.get("sparkline")) {
            if (d.get("date").asText().equals(date)) {
                return d.get("value").asDouble();
            }
        }
        throw new AssertionError("no " + date + " in " + panel.get("sparkline"));
    }
}
