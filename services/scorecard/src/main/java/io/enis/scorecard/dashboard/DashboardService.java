package io.enis.scorecard.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import io.enis.scorecard.evaluation.EvaluationCache;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiService;
import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.kpi.Now;
import io.enis.scorecard.kpi.StoredValues;
import io.enis.scorecard.kpi.ValueBatch;
import io.enis.scorecard.kpi.ValueCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Dashboard use cases: create (with inline KPIs, in one transaction) and view (evaluated now). */
public final class DashboardService {
    private final Jdbi jdbi;
    private final DashboardStore store;
    private final KpiStore kpis;
    private final KpiService kpiService;
    private final KpiEvaluator evaluator;
    private final ValueCache values;
    private final EvaluationCache evaluations;
    private final Clock clock;
    private final Duration defaultRange;

    /**
     * Views read values through a {@link ValueCache} ({@link ValueCache#DEFAULT_MAX_POINTS}) and
     * remember evaluations in an {@link EvaluationCache} ({@link EvaluationCache#DEFAULT_ENTRIES}).
     *
     * @param defaultRange the time range of a dashboard that names none ({@code DEFAULT_TIME_RANGE})
     */
    public DashboardService(
            Jdbi jdbi,
            DashboardStore store,
            KpiStore kpis,
            KpiService kpiService,
            KpiEvaluator evaluator,
            Clock clock,
            Duration defaultRange) {
        this.jdbi = jdbi;
        this.store = store;
        this.kpis = kpis;
        this.kpiService = kpiService;
        this.evaluator = evaluator;
        this.values = new ValueCache(kpis, ValueCache.DEFAULT_MAX_POINTS);
        this.evaluations = new EvaluationCache(evaluator, EvaluationCache.DEFAULT_ENTRIES);
        this.clock = clock;
        this.defaultRange = defaultRange;
    }

    /**
     * Creates a dashboard; inline KPIs are defined with it and an inline {@code current} is recorded as
     * the KPI's first value, at now. All or nothing, in one transaction.
     *
     * @throws InvalidInputException naming every bad field, an unknown KPI id as {@code kpis[i]}
     */
    public Dashboard create(JsonNode body) {
        DashboardRequest request = DashboardRequest.read(body);
        Instant now = Now.of(clock);
        return jdbi.inTransaction(h -> {
            List<Violation> unknown = new ArrayList<>();
            List<Dashboard.Panel> panels = new ArrayList<>();
            for (DashboardRequest.Entry e : request.entries()) {
                Kpi kpi;
                if (e.id() != null) {
                    kpi = kpis.find(h, e.id()).orElse(null);
                    if (kpi == null) {
                        unknown.add(new Violation(
                                e.path(),
                                "no KPI '" + e.id() + "'; give the id of a defined KPI, "
                                        + "or define one inline with name, unit and target"));
                        continue;
                    }
                } else {
                    kpi = kpiService.create(h, e.definition());
                    if (e.current() != null) {
                        kpis.upsertValues(h, kpi.id(), List.of(new ValueBatch.Point(now, e.current())), now);
                    }
                }
                panels.add(new Dashboard.Panel(panels.size(), kpi.id(), e.title() == null ? kpi.name() : e.title()));
            }
            if (!unknown.isEmpty()) {
                throw InvalidInputException.of(unknown);
            }
            TimeRange range = request.range() == null ? TimeRange.lastOf(defaultRange) : request.range();
            Dashboard d = new Dashboard(KpiService.newId("dash_"), request.name(), panels, range, now);
            store.insert(h, d);
            return d;
        });
    }

    /** @throws NotFoundException when there is no such dashboard */
    public Dashboard get(String id) {
        return jdbi.withHandle(h -> store.find(h, id))
                .orElseThrow(() -> new NotFoundException("no dashboard '" + id + "'"));
    }

    /** The dashboard with every panel's KPI evaluated now (or at the end of a fixed range already past). */
    public DashboardView view(String id) {
        return view(get(id));
    }

    /**
     * A dashboard that is not stored: one panel per KPI of {@code kpiIds}, in order (a report over a
     * set of KPIs).
     *
     * @param field the request field naming the KPIs, for the error
     * @throws InvalidInputException naming {@code field[i]} of each unknown KPI
     */
    public Dashboard unsaved(String id, String name, List<String> kpiIds, TimeRange range, String field) {
        Map<String, Kpi> found = jdbi.withHandle(h -> kpis.findAll(h, kpiIds));
        List<Violation> unknown = new ArrayList<>();
        List<Dashboard.Panel> panels = new ArrayList<>();
        for (int i = 0; i < kpiIds.size(); i++) {
            Kpi kpi = found.get(kpiIds.get(i));
            if (kpi == null) {
                unknown.add(new Violation(
                        field + "[" + i + "]", "no KPI '" + kpiIds.get(i) + "'; give the id of a defined KPI"));
            } else {
                panels.add(new Dashboard.Panel(panels.size(), kpi.id(), kpi.name()));
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of(unknown);
        }
        return new Dashboard(id, name, panels, range, Now.of(clock));
    }

    /** {@code d} (stored or {@link #unsaved}) with every panel's KPI evaluated over its time range. */
    public DashboardView view(Dashboard d) {
        Instant now = Now.of(clock);
        Instant asOf = d.range().asOf(now);
        Instant from = d.range().start(now);
        List<DashboardView.PanelView> panels = jdbi.withHandle(h -> {
            // the KPIs, their revisions, and the values of those whose revision moved (none when held)
            Map<String, Kpi> byId = kpis.findAll(
                    h, d.panels().stream().map(Dashboard.Panel::kpiId).toList());
            Map<String, Long> loadFrom = new HashMap<>();
            for (Kpi kpi : byId.values()) {
                loadFrom.put(kpi.id(), evaluator.loadFrom(kpi, from, asOf).toEpochMilli());
            }
            Map<String, StoredValues> stored = values.values(h, loadFrom);
            List<DashboardView.PanelView> out = new ArrayList<>();
            for (Dashboard.Panel p : d.panels()) {
                Kpi kpi = byId.get(p.kpiId());
                EvaluationCache.Evaluated e = evaluations.evaluate(kpi, stored.get(kpi.id()), from, asOf);
                out.add(new DashboardView.PanelView(p, e.evaluation(), e.inputs()));
            }
            return out;
        });
        return new DashboardView(d, from, asOf, panels);
    }
}
