package io.enis.scorecard.dashboard;

import io.enis.scorecard.evaluation.KpiEvaluation;
import java.time.Instant;
import java.util.List;

/**
 * A dashboard evaluated at {@code asOf}: one evaluation per panel, in panel order.
 *
 * @param from the start of the time range at {@code asOf}
 */
public record DashboardView(Dashboard dashboard, Instant from, Instant asOf, List<PanelView> panels) {
    public DashboardView {
        panels = List.copyOf(panels);
    }

    /** A panel and its KPI's evaluation. */
    public record PanelView(Dashboard.Panel panel, KpiEvaluation evaluation) {
    }
}
