package io.enis.scorecard.alert;

import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The burn rate of a KPI's error budget over a window, in the manner of SLO burn-rate alerting.
 *
 * <p><b>Error budget.</b> A KPI's allowed distance to target is {@code B = |target − offTrackValue|}:
 * how far on the bad side of the target it may be before it is off track (default thresholds: 10% of
 * the target). Its error budget for a period of length {@code P} is {@code B × P} (distance × time:
 * 100 req/s × 30 days). At time {@code t} the KPI spends it by its shortfall
 * {@code s(t) = max(0, target − v(t))} when higher is better, {@code max(0, v(t) − target)} when
 * lower is better, where {@code v(t)} is the latest value at or before {@code t} (each value holds
 * until the next; time before the KPI's first value spends nothing).
 *
 * <p><b>Burn rate</b> over the window {@code [end − W, end]}:
 * {@code r = (∫ s(t) dt over the window) / (B × W)} — the pace of spending relative to the pace that
 * spends exactly the whole budget over the period. {@code r = 1}: on average at the off-track line;
 * at a steady {@code r} the period's budget lasts {@code P / r}.
 */
public final class BurnRate {
    private BurnRate() {}

    /** The allowed distance to target {@code B} of {@code d} (positive for every valid KPI). */
    public static double allowedDistance(KpiDefinition d) {
        return Math.abs(d.target() - d.thresholds().offTrackValue(d.target()));
    }

    /**
     * The burn rate over {@code [end − window, end]}.
     *
     * @param values the KPI's values oldest first: those in the window and the latest before it (values
     *               after {@code end} are ignored)
     */
    public static double rate(
            List<Value> values, Instant end, Duration window, double target, Direction direction, double allowed) {
        long start = end.minus(window).toEpochMilli();
        long stop = end.toEpochMilli();
        double spent = 0; // shortfall × milliseconds
        for (int i = 0; i < values.size(); i++) {
            long from = Math.max(values.get(i).at().toEpochMilli(), start);
            long to = i + 1 < values.size() ? Math.min(values.get(i + 1).at().toEpochMilli(), stop) : stop;
            if (to > from) {
                spent += shortfall(values.get(i).value(), target, direction) * (to - from);
            }
        }
        return spent / (allowed * window.toMillis());
    }

    /** How far {@code value} is on the bad side of {@code target}; 0 when it meets it. */
    public static double shortfall(double value, double target, Direction direction) {
        return Math.max(0, direction.sign() * (target - value));
    }
}
