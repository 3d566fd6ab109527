package io.enis.scorecard.report;

import io.enis.scorecard.close.FrozenHistory;
import io.enis.scorecard.close.PeriodCloser;
import io.enis.scorecard.close.Snapshot;
import io.enis.scorecard.dashboard.Dashboard;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.kpi.Now;
import io.enis.scorecard.trend.PeriodChange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Evaluates a report's dashboard over its period as the scorecard said it when each period closed:
 * every closed period reads its snapshot's frozen inputs ({@link FrozenHistory}), open periods the raw
 * values; a panel whose reported period is closed takes that snapshot's value and status. Periods that
 * ended but are not closed yet are closed first ({@link PeriodCloser#closeDue}, what the scheduler would
 * do within {@code CLOSE_INTERVAL}), so a report of an ended period never depends on whether the
 * scheduler has run. Values corrected after a close therefore change no report of the closed period.
 */
public final class ReportEvaluator {
    private final Jdbi jdbi;
    private final KpiStore kpis;
    private final FrozenHistory history;
    private final PeriodCloser closer;
    private final KpiEvaluator evaluator;
    private final Clock clock;

    public ReportEvaluator(
            Jdbi jdbi, KpiStore kpis, FrozenHistory history, PeriodCloser closer, KpiEvaluator evaluator, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.kpis = Objects.requireNonNull(kpis, "kpis");
        this.history = Objects.requireNonNull(history, "history");
        this.closer = Objects.requireNonNull(closer, "closer");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@code d} evaluated over its time range.
     *
     * @throws io.enis.kit.domain.NotFoundException when a panel's KPI does not exist
     */
    public ReportView view(Dashboard d) {
        Instant now = Now.of(clock);
        Instant asOf = d.range().asOf(now);
        Instant from = d.range().start(now);
        List<String> ids = List.copyOf(new LinkedHashSet<>(
                d.panels().stream().map(Dashboard.Panel::kpiId).toList()));
        ids.forEach(closer::closeDue);
        List<DashboardView.PanelView> panels = new ArrayList<>();
        List<ReportView.FrozenPanel> frozen = new ArrayList<>();
        jdbi.useHandle(h -> {
            Map<String, Kpi> byId = kpis.findAll(h, ids);
            for (Dashboard.Panel p : d.panels()) {
                Kpi kpi = byId.get(p.kpiId());
                FrozenHistory.Values values =
                        history.values(h, kpi.id(), evaluator.loadFrom(kpi, from, asOf), asOf.plusMillis(1));
                KpiEvaluation e = evaluator.evaluate(kpi, values.values(), from, asOf);
                Snapshot reported = values.frozen().stream()
                        .filter(s -> s.period().equals(e.period()))
                        .findFirst()
                        .orElse(null);
                panels.add(new DashboardView.PanelView(p, reported == null ? e : asFrozen(e, reported)));
                if (!values.frozen().isEmpty()) {
                    frozen.add(new ReportView.FrozenPanel(
                            p.position(),
                            kpi.id(),
                            p.title(),
                            reported,
                            values.frozen().size()));
                }
            }
        });
        return new ReportView(new DashboardView(d, from, asOf, panels), frozen);
    }

    /**
     * {@code e} with the snapshot's value and status (the same value from the same frozen inputs; the
     * status as judged at close, a cumulative KPI on its whole period rather than its run rate).
     */
    static KpiEvaluation asFrozen(KpiEvaluation e, Snapshot s) {
        PeriodChange change = s.value() == null || e.change() == null
                ? e.change()
                : PeriodChange.of(s.value(), e.change().previous());
        return new KpiEvaluation(
                e.kpi(),
                e.asOf(),
                e.latest(),
                e.period(),
                s.value(),
                s.status(),
                change,
                e.sparkline(),
                e.forecast(),
                e.forecastNote(),
                e.attainment(),
                e.attainmentNote(),
                e.anomalies());
    }
}
