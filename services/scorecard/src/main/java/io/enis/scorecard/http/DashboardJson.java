package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.kit.time.Durations;
import io.enis.scorecard.dashboard.Dashboard;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.dashboard.TimeRange;
import java.util.LinkedHashMap;
import java.util.Map;

/** Dashboards as the API writes them (schemas {@code Dashboard} and {@code DashboardView}). */
public final class DashboardJson {
    private DashboardJson() {}

    static Map<String, Object> dashboard(Dashboard d) {
        Map<String, Object> m = head(d);
        m.put(
                "panels",
                d.panels().stream()
                        .map(p -> Json.object("position", p.position(), "kpiId", p.kpiId(), "title", p.title()))
                        .toList());
        m.put("createdAt", d.createdAt().toString());
        return m;
    }

    /** The fields before {@code panels}: id, name, timeRange. */
    static Map<String, Object> head(Dashboard d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("timeRange", range(d.range()));
        return m;
    }

    /** A panel's fields before its evaluation's: position, title. */
    static Map<String, Object> panelHead(DashboardView.PanelView p) {
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("position", p.panel().position());
        panel.put("title", p.panel().title());
        return panel;
    }

    /** A dashboard evaluated: schema {@code DashboardView}. */
    public static Map<String, Object> view(DashboardView v) {
        Map<String, Object> m = dashboard(v.dashboard());
        m.put("from", v.from().toString());
        m.put("asOf", v.asOf().toString());
        m.put(
                "panels",
                v.panels().stream()
                        .map(p -> {
                            Map<String, Object> panel = panelHead(p);
                            panel.putAll(EvaluationJson.evaluation(p.evaluation()));
                            return panel;
                        })
                        .toList());
        return m;
    }

    private static Map<String, Object> range(TimeRange r) {
        return r.last() != null
                ? Json.object("last", Durations.format(r.last()))
                : Json.object("from", r.from().toString(), "to", r.to().toString());
    }
}
