package io.enis.scorecard.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reports with their renderings, and report schedules, in the service database; each call in the caller's transaction. */
public final class ReportStore {
    /** A report's three renderings, made once when it is generated. */
    public record Renderings(byte[] json, String html, byte[] pdf) {}

    public void insert(Handle h, Report r, Renderings body) {
        h.createUpdate("""
                        insert into reports (id, name, dashboard_id, kpi_ids, period_from, period_to, generated_at, schedule_id,
                                             body_json, body_html, body_pdf)
                        values (:id, :name, :dashboard, :kpis, :from, :to, :at, :schedule, :json, :html, :pdf)""")
                .bind("id", r.id())
                .bind("name", r.name())
                .bind("dashboard", r.dashboardId())
                .bind("kpis", String.join(" ", r.kpiIds()))
                .bind("from", r.from().toEpochMilli())
                .bind("to", r.to().toEpochMilli())
                .bind("at", r.generatedAt().toEpochMilli())
                .bind("schedule", r.scheduleId())
                .bind("json", new String(body.json(), java.nio.charset.StandardCharsets.UTF_8))
                .bind("html", body.html())
                .bind("pdf", body.pdf())
                .execute();
    }

    public Optional<Report> find(Handle h, String id) {
        return h.createQuery("""
                        select id, name, dashboard_id, kpi_ids, period_from, period_to, generated_at, schedule_id
                        from reports where id = :id""").bind("id", id).map((rs, ctx) -> report(rs)).findOne();
    }

    /** One rendering of report {@code id}: its bytes. */
    public Optional<byte[]> body(Handle h, String id, ReportFormat format) {
        String column = switch (format) {
            case JSON -> "body_json";
            case HTML -> "body_html";
            case PDF -> "body_pdf";
        };
        return h.createQuery("select " + column + " from reports where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> format == ReportFormat.PDF
                        ? rs.getBytes(1)
                        : rs.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .findOne();
    }

    public void insert(Handle h, ReportSchedule s) {
        h.createUpdate("""
                        insert into report_schedules (id, name, dashboard_id, kpi_ids, cron, time_zone, last_ms, next_run_at, created_at)
                        values (:id, :name, :dashboard, :kpis, :cron, :zone, :last, :next, :at)""")
                .bind("id", s.id())
                .bind("name", s.name())
                .bind("dashboard", s.dashboardId())
                .bind("kpis", String.join(" ", s.kpiIds()))
                .bind("cron", s.cron().expression())
                .bind("zone", s.cron().zone().getId())
                .bind("last", s.last().toMillis())
                .bind("next", s.nextRunAt() == null ? null : s.nextRunAt().toEpochMilli())
                .bind("at", s.createdAt().toEpochMilli())
                .execute();
    }

    public Optional<ReportSchedule> findSchedule(Handle h, String id) {
        return h.createQuery("select * from report_schedules where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> schedule(rs))
                .findOne();
    }

    /** Schedules whose next run is at or before {@code now}, earliest first. */
    public List<ReportSchedule> due(Handle h, Instant now, int max) {
        return h.createQuery("""
                        select * from report_schedules where next_run_at <= :now order by next_run_at, id limit :max""")
                .bind("now", now.toEpochMilli())
                .bind("max", max)
                .map((rs, ctx) -> schedule(rs))
                .list();
    }

    /** Records a run: the report it made and the next run (null: none). */
    public void ran(Handle h, String scheduleId, String reportId, Instant next) {
        h.createUpdate("update report_schedules set last_report_id = :report, next_run_at = :next where id = :id")
                .bind("report", reportId)
                .bind("next", next == null ? null : next.toEpochMilli())
                .bind("id", scheduleId)
                .execute();
    }

    private static List<String> ids(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static Report report(ResultSet rs) throws SQLException {
        return new Report(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("dashboard_id"),
                ids(rs.getString("kpi_ids")),
                Instant.ofEpochMilli(rs.getLong("period_from")),
                Instant.ofEpochMilli(rs.getLong("period_to")),
                Instant.ofEpochMilli(rs.getLong("generated_at")),
                rs.getString("schedule_id"));
    }

    private static ReportSchedule schedule(ResultSet rs) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        String[] why = new String[1];
        CronSchedule cron = CronSchedule.parse(rs.getString("cron"), zone, why).orElseThrow();
        long next = rs.getLong("next_run_at");
        Instant nextRun = rs.wasNull() ? null : Instant.ofEpochMilli(next);
        return new ReportSchedule(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("dashboard_id"),
                ids(rs.getString("kpi_ids")),
                cron,
                Duration.ofMillis(rs.getLong("last_ms")),
                nextRun,
                Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getString("last_report_id"));
    }
}
