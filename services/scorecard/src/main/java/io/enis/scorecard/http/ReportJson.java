package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.close.Snapshot;
import io.enis.scorecard.page.DashboardPage;
import io.enis.scorecard.page.ReportPdf;
import io.enis.scorecard.report.Report;
import io.enis.scorecard.report.ReportSchedule;
import io.enis.scorecard.report.ReportService;
import io.enis.scorecard.report.ReportStore;
import io.enis.scorecard.report.ReportView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
            DashboardPage.render(view.dashboard(), pageNotes(view)),
            ReportPdf.render(view.dashboard(), period(report), pdfNotes(view), report.generatedAt(), report.id()));

    static Map<String, Object> report(Report r) {
        return ReportService.describe(r);
    }

    static Map<String, Object> document(Report r, ReportView view) {
        Map<String, Object> m = report(r);
        m.put("dashboard", DashboardJson.view(view.dashboard()));
        m.put("frozen", view.frozen().stream().map(ReportJson::frozen).toList());
        return m;
    }

    /** A panel that read closed periods (schema {@code FrozenPanel}). */
    static Map<String, Object> frozen(ReportView.FrozenPanel f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", f.position());
        m.put("kpiId", f.kpiId());
        m.put("closedPeriods", f.closedPeriods());
        Snapshot s = f.snapshot();
        if (s == null) {
            m.put("snapshot", null);
            m.put("note", "earlier periods from their snapshots; the reported period is open, from raw values");
            return m;
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("start", s.period().start().toString());
        snapshot.put("end", s.period().end().toString());
        snapshot.put("value", s.value());
        snapshot.put("status", s.status().json());
        snapshot.put("closedAt", s.closedAt().toString());
        snapshot.put("inputsSha256", s.inputsSha256());
        snapshot.put("watermark", s.watermark() == null ? null : s.watermark().toString());
        snapshot.put("source", s.source());
        m.put("snapshot", snapshot);
        m.put("note", "frozen at " + s.closedAt() + ", " + f.hash());
        return m;
    }

    /** One line per panel whose reported period is frozen: what, when, and its hash. */
    private static List<String> pageNotes(ReportView view) {
        return view.frozen().stream()
                .filter(f -> f.snapshot() != null)
                .map(f -> f.label() + ", " + f.hash())
                .toList();
    }

    /** {@link #pageNotes} in two lines each (the hash on its own), to fit the PDF's width. */
    private static List<String> pdfNotes(ReportView view) {
        return view.frozen().stream()
                .filter(f -> f.snapshot() != null)
                .flatMap(f -> Stream.of(f.label() + ",", f.hash()))
                .toList();
    }

    static Map<String, Object> schedule(ReportSchedule s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("dashboardId", s.dashboardId());
        m.put("kpiIds", s.kpiIds());
        m.put(
                "schedule",
                Json.object(
                        "cron",
                        s.cron().expression(),
                        "timeZone",
                        s.cron().zone().getId()));
        m.put("period", Json.object("last", io.enis.kit.time.Durations.format(s.last())));
        m.put("nextRunAt", s.nextRunAt() == null ? null : s.nextRunAt().toString());
        m.put("createdAt", s.createdAt().toString());
        m.put("lastReportId", s.lastReportId());
        return m;
    }

    private static String period(Report r) {
        return "Report " + r.id() + " · " + r.from() + " to " + r.to() + " · generated " + r.generatedAt();
    }
}
