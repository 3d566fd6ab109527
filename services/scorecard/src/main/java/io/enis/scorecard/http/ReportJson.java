package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.page.DashboardPage;
import io.enis.scorecard.page.ReportPdf;
import io.enis.scorecard.report.Report;
import io.enis.scorecard.report.ReportSchedule;
import io.enis.scorecard.report.ReportService;
import io.enis.scorecard.report.ReportStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports as the API writes them (schemas {@code Report}, {@code ReportDocument}, {@code ReportSchedule}),
 * and the renderer that makes a report's three stored forms: the JSON document (the report and its
 * dashboard view, schema {@code DashboardView}), the dashboard page ({@link DashboardPage}) and the
 * PDF ({@link ReportPdf}).
 */
public final class ReportJson {
    private ReportJson() {}

    /** Renders {@code report} over {@code view} as JSON, HTML and PDF. */
    public static final ReportService.Renderer RENDERER = (report, view) -> new ReportStore.Renderings(
            Json.writeBytes(document(report, view)),
            DashboardPage.render(view),
            ReportPdf.render(view, period(report), report.generatedAt(), report.id()));

    static Map<String, Object> report(Report r) {
        return ReportService.describe(r);
    }

    static Map<String, Object> document(Report r, DashboardView view) {
        Map<String, Object> m = report(r);
        m.put("dashboard", DashboardJson.view(view));
        return m;
    }

    static Map<String, Object> schedule(ReportSchedule s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("dashboardId", s.dashboardId());
        m.put("kpiIds", s.kpiIds());
        m.put(
                "schedule",
                Map.of(
                        "cron",
                        s.cron().expression(),
                        "timeZone",
                        s.cron().zone().getId()));
        m.put("period", Map.of("last", io.enis.kit.time.Durations.format(s.last())));
        m.put("nextRunAt", s.nextRunAt() == null ? null : s.nextRunAt().toString());
        m.put("createdAt", s.createdAt().toString());
        m.put("lastReportId", s.lastReportId());
        return m;
    }

    private static String period(Report r) {
        return "Report " + r.id() + " · " + r.from() + " to " + r.to() + " · generated " + r.generatedAt();
    }
}
