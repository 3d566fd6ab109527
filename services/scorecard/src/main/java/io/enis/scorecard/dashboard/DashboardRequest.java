package io.enis.scorecard.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import io.enis.kit.time.Durations;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.KpiReader;
import io.enis.scorecard.kpi.Magnitudes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dashboard as asked for, read from JSON:
 * <pre>{@code
 * {"name": "Performance Dashboard",
 *  "kpis": ["kpi_…",                                            // a defined KPI
 *           {"id": "kpi_…", "title": "p99"},                     // the same, with a panel title
 *           {"name": "response_time", "target": 100, "current": 85, "unit": "ms"}],  // defined inline
 *  "timeRange": {"last": "30d"}}                                 // or {"from": "…", "to": "…"}
 * }</pre>
 * Panels follow the order of {@code kpis}. Whether referenced KPIs exist is checked by the service.
 *
 * @param entries one per panel
 * @param range   null: the service's default
 */
public record DashboardRequest(String name, List<Entry> entries, TimeRange range) {
    /** The most panels a dashboard has. */
    public static final int MAX_PANELS = 50;

    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern ID = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    /** A panel's KPI: a reference ({@code id} set) or an inline definition ({@code definition} set). */
    public record Entry(String path, String id, KpiDefinition definition, Double current, String title) {}

    /** @throws io.enis.kit.domain.InvalidInputException naming every bad field */
    public static DashboardRequest read(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        body.fieldNames().forEachRemaining(k -> {
            if (!Set.of("name", "kpis", "timeRange").contains(k)) {
                f.reject(k, "is not a dashboard field; allowed: name, kpis, timeRange");
            }
        });
        String name = f.requiredText(body, "name", "name", NAME, "1 to 200 characters without control characters");
        List<Entry> entries = new ArrayList<>();
        JsonNode kpis = body.get("kpis");
        if (kpis == null || !kpis.isArray() || kpis.isEmpty() || kpis.size() > MAX_PANELS) {
            f.reject("kpis", "must be an array of 1 to " + MAX_PANELS + " KPI ids or inline KPI definitions");
        } else {
            for (int i = 0; i < kpis.size(); i++) {
                Entry e = entry(kpis.get(i), "kpis[" + i + "]", f);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        TimeRange range = range(body.get("timeRange"), "timeRange", f);
        f.throwIfInvalid();
        return new DashboardRequest(name, entries, range);
    }

    private static Entry entry(JsonNode n, String path, Fields f) {
        if (n.isTextual()) {
            if (!ID.matcher(n.textValue()).matches()) {
                f.reject(path, "must be a KPI id or an inline KPI definition");
                return null;
            }
            return new Entry(path, n.textValue(), null, null, null);
        }
        if (!n.isObject()) {
            f.reject(
                    path,
                    "must be a KPI id (a string) or an inline KPI definition (an object with name, unit, target)");
            return null;
        }
        String title =
                f.optionalText(n, "title", path + ".title", NAME, "1 to 200 characters without control characters");
        if (n.has("id")) {
            n.fieldNames().forEachRemaining(k -> {
                if (!k.equals("id") && !k.equals("title")) {
                    f.reject(
                            path + "." + k,
                            "is not a field of a KPI reference; allowed: id, title (or leave out id to define a KPI inline)");
                }
            });
            String id = f.requiredText(n, "id", path + ".id", ID, "a KPI id");
            return id == null ? null : new Entry(path + ".id", id, null, null, title);
        }
        Double current = Magnitudes.check(f, f.optionalNumber(n, "current", path + ".current"), path + ".current");
        KpiDefinition definition = KpiReader.read(n, path + ".", f, Set.of("current", "title"));
        return definition == null ? null : new Entry(path, null, definition, current, title);
    }

    /**
     * A time range written {@code {"last": "30d"}} or {@code {"from": "…", "to": "…"}} (1 to 3660 days),
     * errors named after {@code field}; null when absent or bad.
     */
    public static TimeRange range(JsonNode n, String field, Fields f) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            f.reject(field, "must be an object: {\"last\": \"30d\"} or {\"from\": \"…\", \"to\": \"…\"}");
            return null;
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!Set.of("last", "from", "to").contains(k)) {
                f.reject(field + "." + k, "is not a time range field; allowed: last, or from and to");
            }
        });
        if (n.has("last")) {
            if (n.has("from") || n.has("to")) {
                f.reject(field, "give last, or from and to, not both");
                return null;
            }
            Duration last = f.optionalDuration(n, "last", field + ".last");
            if (last != null && (last.compareTo(Duration.ofDays(1)) < 0 || last.compareTo(Duration.ofDays(3660)) > 0)) {
                f.reject(field + ".last", "must be from 1d to 3660d");
                return null;
            }
            return last == null ? null : TimeRange.lastOf(last);
        }
        Instant from = f.optionalInstant(n, "from", field + ".from").orElse(null);
        Instant to = f.optionalInstant(n, "to", field + ".to").orElse(null);
        if (from == null || to == null) {
            if (f.valid()) {
                f.reject(field, "needs last, or both from and to");
            }
            return null;
        }
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(Duration.ofDays(3660)) > 0) {
            f.reject(field + ".to", "must be after " + field + ".from and at most 3660 days later");
            return null;
        }
        return TimeRange.fixed(from, to);
    }

    /** The range as written back: {@code 30d}. */
    static String format(Duration d) {
        return Durations.format(d);
    }
}
