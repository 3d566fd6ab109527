package io.enis.scorecard.grafana;

import io.enis.kit.domain.NotFoundException;
import io.enis.scorecard.dashboard.DashboardService;
import io.enis.scorecard.dashboard.DashboardView;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/** The Grafana export use case: a dashboard evaluated now, as a Grafana dashboard ({@link GrafanaDashboard}). */
public final class GrafanaExport {
    private final DashboardService dashboards;
    private final PromQlQueries queries;
    private final ZoneId zone;

    /**
     * @param queries the PromQL queries of KPIs pulled from observability ({@link PromQlQueries#NONE}:
     *                every panel shows recorded values)
     * @param zone    where days begin ({@code TIME_ZONE})
     */
    public GrafanaExport(DashboardService dashboards, PromQlQueries queries, ZoneId zone) {
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The Grafana dashboard JSON model of dashboard {@code id}.
     *
     * @throws NotFoundException when there is no such dashboard
     */
    public Map<String, Object> export(String id) {
        DashboardView view = dashboards.view(id);
        var ids = view.panels().stream().map(p -> p.evaluation().kpi().id()).toList();
        return GrafanaDashboard.of(view, queries.of(ids), zone);
    }
}
