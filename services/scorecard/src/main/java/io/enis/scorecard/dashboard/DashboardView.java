package io.enis.scorecard.dashboard;

import io.enis.scorecard.evaluation.EvaluationCache;
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

    /**
     * A panel and its KPI's evaluation.
     *
     * @param inputs what the evaluation was computed from (equal inputs, equal evaluations but for
     *               {@code asOf}: a key for what is derived from it); null when it depends on the exact time
     */
    public record PanelView(Dashboard.Panel panel, KpiEvaluation evaluation, EvaluationCache.Inputs inputs) {
        /** A panel whose evaluation is not remembered. */
        public PanelView(Dashboard.Panel panel, KpiEvaluation evaluation) {
            this(panel, evaluation, null);
        }
    }
}
