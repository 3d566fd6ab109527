package io.enis.scorecard.alert;

import io.enis.kit.events.EventOutbox;
import io.enis.kit.json.Json;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.KpiStore;
import io.enis.scorecard.kpi.Now;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.Status;
import io.enis.scorecard.kpi.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.LoggerFactory;

/**
 * Evaluates every KPI's goal alerts (run by the scorecard's jobs on the lease holder) and announces
 * each change once, as a CloudEvent appended to the outbox in the transaction that records the new
 * state (so a crash between the two neither loses nor repeats an announcement):
 *
 * <ul>
 *   <li>{@code cloud.enis.scorecard.kpi.status_changed}: the KPI's status (as its dashboard panel shows
 *       it) is another than at the last evaluation — on track ↔ at risk ↔ off track, or to and from no
 *       data. A KPI never evaluated counts as {@code no_data}, so its first value announces its status.
 *   <li>{@code cloud.enis.scorecard.kpi.burn_rate}: a {@link BurnWindow} alert starts firing
 *       ({@code state: firing}) or stops ({@code state: resolved}), {@link BurnRate burn rates} over the
 *       KPI's latest values. Cumulative KPIs (a quarter's revenue) have no burn-rate alerts: their
 *       values are parts of a total, not distances to it; their status changes are announced.
 * </ul>
 */
public final class GoalAlerts {
    static final String STATUS = "status";
    static final String FIRING = "firing";
    static final String RESOLVED = "resolved";

    private final Jdbi jdbi;
    private final KpiStore kpis;
    private final AlertStore states;
    private final KpiEvaluator evaluator;
    private final EventOutbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final List<BurnWindow> windows;

    public GoalAlerts(
            Jdbi jdbi,
            KpiStore kpis,
            AlertStore states,
            KpiEvaluator evaluator,
            EventOutbox outbox,
            Clock clock,
            ZoneId zone,
            List<BurnWindow> windows) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.kpis = Objects.requireNonNull(kpis, "kpis");
        this.states = Objects.requireNonNull(states, "states");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.windows = List.copyOf(windows);
    }

    /**
     * What one evaluation did.
     *
     * @param evaluated KPIs evaluated
     * @param events    events appended (status changes, burn-rate alerts firing or resolving)
     */
    public record Result(int evaluated, int events) {
        public static final Result NONE = new Result(0, 0);
    }

    /** Evaluates every KPI now, each in its own transaction; one KPI's failure does not stop the others. */
    public Result evaluateAll() {
        Instant now = Now.of(clock);
        int evaluated = 0;
        int events = 0;
        for (String id : jdbi.withHandle(kpis::ids)) {
            try {
                events += jdbi.inTransaction(h -> evaluate(h, id, now));
                evaluated++;
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(GoalAlerts.class).warn("goal alerts of {} failed: {}", id, e.toString());
            }
        }
        return new Result(evaluated, events);
    }

    /** Evaluates one KPI at {@code now} in {@code h}'s transaction; returns the events appended. */
    int evaluate(Handle h, String kpiId, Instant now) {
        Kpi kpi = kpis.find(h, kpiId).orElseThrow();
        KpiDefinition d = kpi.definition();
        Period.Window period = d.period().current(now, zone);
        Instant from = period.start();
        for (BurnWindow w : windows) {
            Instant start = now.minus(w.longWindow());
            from = start.isBefore(from) ? start : from;
        }
        List<Value> values = new ArrayList<>();
        kpis.latestBefore(h, kpiId, from).ifPresent(values::add);
        values.addAll(kpis.values(h, kpiId, from, now.plusMillis(1)));
        Map<String, String> before = states.states(h, kpiId);
        int events = 0;

        Status status = evaluator.status(kpi, values, now);
        Status was = Status.of(before.getOrDefault(STATUS, Status.NO_DATA.json()));
        if (!before.containsKey(STATUS) || status != was) {
            states.set(h, kpiId, STATUS, status.json(), now);
        }
        if (status != was) {
            Map<String, Object> data = base(kpi, now);
            data.put("from", was.json());
            data.put("to", status.json());
            data.put("periodValue", d.periodValue(values, period));
            data.put(
                    "period",
                    Json.object(
                            "start",
                            period.start().toString(),
                            "end",
                            period.end().toString()));
            outbox.append(h, "kpi.status_changed", kpiId, data);
            events++;
        }
        if (d.cumulative()) {
            return events;
        }
        double allowed = BurnRate.allowedDistance(d);
        for (BurnWindow w : windows) {
            double longRate = BurnRate.rate(values, now, w.longWindow(), d.target(), d.direction(), allowed);
            double shortRate = BurnRate.rate(values, now, w.shortWindow(), d.target(), d.direction(), allowed);
            boolean firing = longRate >= w.factor() && shortRate >= w.factor();
            boolean wasFiring = FIRING.equals(before.get(w.stateName()));
            if (firing == wasFiring) {
                continue;
            }
            states.set(h, kpiId, w.stateName(), firing ? FIRING : RESOLVED, now);
            Map<String, Object> data = base(kpi, now);
            data.put("alert", w.name());
            data.put("state", firing ? FIRING : RESOLVED);
            data.put("factor", w.factor());
            data.put("longWindow", w.longWindow().toString());
            data.put("shortWindow", w.shortWindow().toString());
            data.put("longRate", longRate);
            data.put("shortRate", shortRate);
            data.put("allowedDistance", allowed);
            data.put(
                    "latestValue",
                    values.isEmpty() ? null : values.get(values.size() - 1).value());
            outbox.append(h, "kpi.burn_rate", kpiId, data);
            events++;
        }
        return events;
    }

    private static Map<String, Object> base(Kpi kpi, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kpiId", kpi.id());
        data.put("name", kpi.name());
        data.put("unit", kpi.definition().unit().symbol());
        data.put("target", kpi.definition().target());
        data.put("direction", kpi.definition().direction().json());
        data.put("at", now.toString());
        return data;
    }
}
