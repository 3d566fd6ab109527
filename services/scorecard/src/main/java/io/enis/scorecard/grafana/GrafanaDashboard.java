package io.enis.scorecard.grafana;

import io.enis.kit.json.Json;
import io.enis.kit.time.Durations;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.dashboard.TimeRange;
import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.trend.Numbers;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scorecard dashboard as a Grafana dashboard JSON model (classic model, {@link #SCHEMA_VERSION}),
 * importable as it is ("Import dashboard" or the {@code /api/dashboards/db} API with it as
 * {@code dashboard}). Each panel of the scorecard becomes one row of two Grafana panels: a
 * {@code stat} with the period's value coloured by status, and a {@code timeseries} of the daily
 * values with the target drawn as a threshold line.
 *
 * <ul>
 *   <li>Thresholds: the KPI's status boundaries as Grafana steps (red off track, orange at risk, green
 *       on track; reversed for lower is better). Grafana colours a value by the highest step it
 *       reaches, so a lower-is-better value exactly on a boundary shows the worse colour, where the
 *       scorecard counts it as meeting it. The time series adds the target as a step of the colour
 *       beneath it (a line, no colour change) when it is not a boundary already.
 *   <li>Units: {@link GrafanaUnits}.
 *   <li>Data: a KPI with a PromQL query ({@link PromQlQueries}) is queried from Prometheus through
 *       the dashboard variable {@code datasource} (type {@code prometheus}, chosen on import). Any
 *       other KPI shows its values as recorded at export time, carried in the dashboard as the CSV of
 *       a query of Grafana's TestData datasource (scenario {@code csv_content}) through the variable
 *       {@code recorded} (type {@code grafana-testdata-datasource}: TestData is part of Grafana;
 *       add one TestData datasource once, nothing to install).
 * </ul>
 *
 * The uid is the scorecard dashboard's id, so importing again replaces the earlier import.
 */
public final class GrafanaDashboard {
    /** The dashboard model's schema version: Grafana 12's. */
    public static final int SCHEMA_VERSION = 42;

    static final String RED = "red";
    static final String ORANGE = "orange";
    static final String GREEN = "green";
    private static final Map<String, Object> PROMETHEUS = Json.object("type", "prometheus", "uid", "${datasource}");
    private static final String TESTDATA = "grafana-testdata-datasource";
    private static final Map<String, Object> RECORDED = Json.object("type", TESTDATA, "uid", "${recorded}");
    private static final int ROW_HEIGHT = 6;
    private static final int STAT_WIDTH = 6;

    private GrafanaDashboard() {}

    /**
     * The Grafana dashboard for {@code view}.
     *
     * @param queries the PromQL query of each KPI that has one, by KPI id
     * @param zone    the time zone the daily values are dated in (their points are at local midnight)
     */
    public static Map<String, Object> of(DashboardView view, Map<String, String> queries, ZoneId zone) {
        List<Object> panels = new ArrayList<>();
        int id = 1;
        for (DashboardView.PanelView p : view.panels()) {
            KpiEvaluation e = p.evaluation();
            String query = queries.get(e.kpi().id());
            int y = p.panel().position() * ROW_HEIGHT;
            panels.add(stat(id++, y, p.panel().title(), e, query));
            panels.add(timeSeries(id++, y, p.panel().title(), e, query, zone));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("uid", view.dashboard().id());
        d.put("title", view.dashboard().name());
        d.put(
                "description",
                "Exported from the ENIS scorecard dashboard " + view.dashboard().id() + " at " + view.asOf());
        d.put("tags", List.of("enis", "scorecard"));
        d.put("timezone", zone.normalized().equals(ZoneOffset.UTC) ? "utc" : zone.getId());
        d.put("editable", true);
        d.put("graphTooltip", 0);
        d.put("schemaVersion", SCHEMA_VERSION);
        d.put("version", 1);
        d.put("time", time(view.dashboard().range(), view));
        d.put("refresh", "");
        d.put("annotations", Json.object("list", List.of()));
        d.put(
                "templating",
                Json.object(
                        "list",
                        List.of(
                                datasourceVariable(
                                        "datasource",
                                        "Prometheus",
                                        "prometheus",
                                        "where KPIs pulled by PromQL are queried"),
                                datasourceVariable(
                                        "recorded",
                                        "Recorded values",
                                        TESTDATA,
                                        "a TestData datasource: shows the values recorded in the scorecard, carried in this dashboard"))));
        d.put("links", List.of());
        d.put("panels", panels);
        return d;
    }

    private static Map<String, Object> time(TimeRange r, DashboardView view) {
        return r.last() != null
                ? Json.object("from", "now-" + Durations.format(r.last()), "to", "now")
                : Json.object("from", view.from().toString(), "to", r.to().toString());
    }

    private static Map<String, Object> datasourceVariable(
            String name, String label, String plugin, String description) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", "datasource");
        v.put("name", name);
        v.put("label", label);
        v.put("description", description);
        v.put("query", plugin);
        v.put("refresh", 1);
        v.put("regex", "");
        v.put("hide", 0);
        v.put("includeAll", false);
        v.put("multi", false);
        v.put("options", List.of());
        v.put("current", Json.object("text", "", "value", ""));
        return v;
    }

    private static Map<String, Object> stat(int id, int y, String title, KpiEvaluation e, String query) {
        KpiDefinition d = e.kpi().definition();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("reduceOptions", Json.object("calcs", List.of("lastNotNull"), "fields", "", "values", false));
        options.put("orientation", "auto");
        options.put("textMode", "auto");
        options.put("colorMode", "background");
        options.put("graphMode", "none");
        options.put("justifyMode", "auto");
        options.put("wideLayout", true);
        options.put("showPercentChange", false);
        options.put("percentChangeColorMode", d.direction() == Direction.HIGHER_IS_BETTER ? "standard" : "inverted");
        Map<String, Object> target = query != null
                ? promQl(query, true)
                : recorded(
                        e.periodValue() == null
                                ? List.of()
                                : List.of(new Point(e.asOf().toEpochMilli(), e.periodValue())));
        return panel(
                id,
                "stat",
                title,
                description(e),
                grid(0, y, STAT_WIDTH),
                query,
                target,
                fieldDefaults(e, thresholds(d, false), Map.of()),
                options);
    }

    private static Map<String, Object> timeSeries(
            int id, int y, String title, KpiEvaluation e, String query, ZoneId zone) {
        KpiDefinition d = e.kpi().definition();
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("drawStyle", "line");
        custom.put("lineWidth", 2);
        custom.put("fillOpacity", 10);
        custom.put("showPoints", "auto");
        custom.put("spanNulls", true);
        custom.put("thresholdsStyle", Json.object("mode", "line"));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put(
                "legend",
                Json.object("showLegend", true, "displayMode", "list", "placement", "bottom", "calcs", List.of()));
        options.put("tooltip", Json.object("mode", "single", "sort", "none"));
        List<Point> points = new ArrayList<>();
        for (DailySeries.Day day : e.sparkline()) {
            points.add(new Point(day.date().atStartOfDay(zone).toInstant().toEpochMilli(), day.value()));
        }
        Map<String, Object> target = query != null ? promQl(query, false) : recorded(points);
        return panel(
                id,
                "timeseries",
                title + " (daily)",
                description(e),
                grid(STAT_WIDTH, y, 24 - STAT_WIDTH),
                query,
                target,
                fieldDefaults(e, thresholds(d, true), custom),
                options);
    }

    private static Map<String, Object> panel(
            int id,
            String type,
            String title,
            String description,
            Map<String, Object> grid,
            String query,
            Map<String, Object> target,
            Map<String, Object> defaults,
            Map<String, Object> options) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("type", type);
        p.put("title", title);
        p.put("description", description);
        p.put("gridPos", grid);
        p.put("datasource", query != null ? PROMETHEUS : RECORDED);
        p.put("targets", List.of(target));
        p.put("fieldConfig", Json.object("defaults", defaults, "overrides", List.of()));
        p.put("options", options);
        return p;
    }

    private static String description(KpiEvaluation e) {
        KpiDefinition d = e.kpi().definition();
        return "KPI " + e.kpi().id() + ": target " + Numbers.format(d.target()) + " "
                + d.unit().symbol()
                + (d.cumulative() ? " per " + d.period().granularity().json() : "") + ", "
                + d.direction().json().replace('_', ' ');
    }

    private static Map<String, Object> grid(int x, int y, int w) {
        return Json.object("x", x, "y", y, "w", w, "h", ROW_HEIGHT);
    }

    private static Map<String, Object> fieldDefaults(
            KpiEvaluation e, List<Map<String, Object>> steps, Map<String, Object> custom) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", GrafanaUnits.of(e.kpi().definition().unit()));
        m.put("displayName", e.kpi().name());
        m.put("color", Json.object("mode", custom.isEmpty() ? "thresholds" : "palette-classic"));
        m.put("thresholds", Json.object("mode", "absolute", "steps", steps));
        if (!custom.isEmpty()) {
            m.put("custom", custom);
        }
        return m;
    }

    /**
     * The status boundaries as ascending Grafana steps; with {@code withTarget}, the target as a
     * further step of the colour beneath it when it is not a boundary.
     */
    static List<Map<String, Object>> thresholds(KpiDefinition d, boolean withTarget) {
        double atRisk = d.thresholds().atRiskValue(d.target());
        double offTrack = d.thresholds().offTrackValue(d.target());
        List<Step> steps = new ArrayList<>();
        if (d.direction() == Direction.HIGHER_IS_BETTER) {
            steps.add(new Step(null, RED));
            steps.add(new Step(offTrack, ORANGE));
            steps.add(new Step(atRisk, GREEN));
        } else {
            steps.add(new Step(null, GREEN));
            steps.add(new Step(atRisk, ORANGE));
            steps.add(new Step(offTrack, RED));
        }
        double target = d.target();
        if (withTarget && target != atRisk && target != offTrack) {
            int at = 1;
            while (at < steps.size() && steps.get(at).value() < target) {
                at++;
            }
            steps.add(at, new Step(target, steps.get(at - 1).color()));
        }
        return steps.stream()
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("color", s.color());
                    m.put("value", s.value());
                    return m;
                })
                .toList();
    }

    private record Step(Double value, String color) {}

    private record Point(long at, double value) {}

    private static Map<String, Object> promQl(String query, boolean instant) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("refId", "A");
        t.put("datasource", PROMETHEUS);
        t.put("expr", query);
        t.put("instant", instant);
        t.put("range", !instant);
        return t;
    }

    /** TestData's {@code csv_content} scenario: the points as CSV rows of time (ISO 8601) and value. */
    private static Map<String, Object> recorded(List<Point> points) {
        StringBuilder csv = new StringBuilder("time,value\n");
        for (Point p : points) {
            csv.append(Instant.ofEpochMilli(p.at()))
                    .append(',')
                    .append(p.value())
                    .append('\n');
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("refId", "A");
        t.put("datasource", RECORDED);
        t.put("scenarioId", "csv_content");
        t.put("csvContent", csv.toString());
        return t;
    }
}
