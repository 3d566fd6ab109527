package io.enis.scorecard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A report made on a schedule: at each run of {@code cron}, a report over the {@code last} duration
 * before the run.
 *
 * @param id          {@code rsch_} and 20 characters
 * @param dashboardId the dashboard reported on, or null for a set of KPIs
 * @param nextRunAt   the next run; null when the expression has no further run
 * @param lastReportId the latest report it made, or null
 */
public record ReportSchedule(
        String id,
        String name,
        String dashboardId,
        List<String> kpiIds,
        CronSchedule cron,
        Duration last,
        Instant nextRunAt,
        Instant createdAt,
        String lastReportId) {
    public ReportSchedule {
        kpiIds = List.copyOf(kpiIds);
    }
}
