package io.enis.scorecard.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import io.enis.scorecard.dashboard.DashboardRequest;
import io.enis.scorecard.dashboard.TimeRange;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report as asked for, read from JSON:
 * <pre>{@code
 * {"name": "Weekly performance",                       // optional: the dashboard's name, or "KPI report"
 *  "dashboardId": "dash_…",                            // or "kpiIds": ["kpi_…", …] (1 to 50), not both
 *  "period": {"last": "7d"},                           // or {"from": "…", "to": "…"}; optional
 *  "schedule": {"cron": "0 8 * * MON", "timeZone": "Europe/Madrid"}}   // optional: scheduled
 * }</pre>
 * Without {@code period} a report covers the dashboard's time range (the service's default range for
 * a set of KPIs). A scheduled report's period must be {@code last} (counted back from each run); the
 * schedule's {@code timeZone} defaults to the service's {@code TIME_ZONE}. Whether the dashboard and
 * KPIs exist is checked by the service.
 *
 * @param range    null: the default
 * @param schedule null: on demand
 */
public record ReportRequest(
        String name, String dashboardId, List<String> kpiIds, TimeRange range, CronSchedule schedule) {
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern ID = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Pattern CRON = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9_+\\-/]{1,60}");
    private static final int MAX_KPIS = DashboardRequest.MAX_PANELS;

    public ReportRequest {
        kpiIds = kpiIds == null ? List.of() : List.copyOf(kpiIds);
    }

    /** @throws io.enis.kit.domain.InvalidInputException naming every bad field */
    public static ReportRequest read(JsonNode body, ZoneId defaultZone) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        body.fieldNames().forEachRemaining(k -> {
            if (!Set.of("name", "dashboardId", "kpiIds", "period", "schedule").contains(k)) {
                f.reject(k, "is not a report field; allowed: name, dashboardId, kpiIds, period, schedule");
            }
        });
        String name = f.optionalText(body, "name", "name", NAME, "1 to 200 characters without control characters");
        String dashboardId = f.optionalText(body, "dashboardId", "dashboardId", ID, "a dashboard id");
        List<String> kpiIds = new ArrayList<>();
        JsonNode ids = body.get("kpiIds");
        if (ids != null && !ids.isNull()) {
            if (!ids.isArray() || ids.isEmpty() || ids.size() > MAX_KPIS) {
                f.reject("kpiIds", "must be an array of 1 to " + MAX_KPIS + " KPI ids");
            } else {
                for (int i = 0; i < ids.size(); i++) {
                    JsonNode id = ids.get(i);
                    if (!id.isTextual() || !ID.matcher(id.textValue()).matches()) {
                        f.reject("kpiIds[" + i + "]", "must be a KPI id");
                    } else {
                        kpiIds.add(id.textValue());
                    }
                }
            }
        }
        boolean hasKpis = ids != null && !ids.isNull();
        if ((dashboardId == null) == !hasKpis && f.valid()) {
            f.reject("dashboardId", "give dashboardId or kpiIds (exactly one of them)");
        }
        TimeRange range = DashboardRequest.range(body.get("period"), "period", f);
        CronSchedule schedule = schedule(body.get("schedule"), defaultZone, f);
        if (schedule != null && range != null && range.last() == null) {
            f.reject(
                    "period",
                    "a scheduled report covers a duration before each run: {\"last\": \"7d\"}, not from and to");
        }
        f.throwIfInvalid();
        return new ReportRequest(name, dashboardId, kpiIds, range, schedule);
    }

    private static CronSchedule schedule(JsonNode n, ZoneId defaultZone, Fields f) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            f.reject("schedule", "must be an object: {\"cron\": \"0 8 * * MON\", \"timeZone\": \"Europe/Madrid\"}");
            return null;
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!Set.of("cron", "timeZone").contains(k)) {
                f.reject("schedule." + k, "is not a schedule field; allowed: cron, timeZone");
            }
        });
        String expression = f.requiredText(n, "cron", "schedule.cron", CRON, CronSchedule.ALLOWED);
        String zoneName =
                f.optionalText(n, "timeZone", "schedule.timeZone", ZONE, "an IANA time zone such as Europe/Madrid");
        ZoneId zone = defaultZone;
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (DateTimeException e) {
                f.reject("schedule.timeZone", "must be an IANA time zone such as UTC or Europe/Madrid");
                return null;
            }
        }
        if (expression == null) {
            return null;
        }
        String[] why = new String[1];
        var parsed = CronSchedule.parse(expression, zone, why);
        if (parsed.isEmpty()) {
            f.reject("schedule.cron", "must be " + CronSchedule.ALLOWED + ": " + why[0]);
            return null;
        }
        return parsed.get();
    }
}
