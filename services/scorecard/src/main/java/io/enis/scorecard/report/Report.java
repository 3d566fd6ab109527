package io.enis.scorecard.report;

import java.time.Instant;
import java.util.List;

/**
 * A generated report: what it covers, when it was made, and (stored beside it) its JSON, HTML and PDF
 * renderings, made once at generation and served unchanged afterwards.
 *
 * @param id          {@code rep_} and 20 characters
 * @param dashboardId the dashboard it reports on, or null for a set of KPIs
 * @param kpiIds      the KPIs reported on, in panel order
 * @param from        start of the period (inclusive)
 * @param to          end of the period (exclusive)
 * @param scheduleId  the schedule that made it, or null when asked for on demand
 */
public record Report(
        String id,
        String name,
        String dashboardId,
        List<String> kpiIds,
        Instant from,
        Instant to,
        Instant generatedAt,
        String scheduleId) {
    public Report {
        kpiIds = List.copyOf(kpiIds);
    }

    /** Where the report is downloaded, relative to the service: {@code /v1/analytics/reports/rep_…}. */
    public String href() {
        return "/v1/analytics/reports/" + id;
    }

    /** {@link #href()} in one format: {@code …?format=pdf}. */
    public String href(ReportFormat format) {
        return href() + "?format=" + format.json();
    }
}
