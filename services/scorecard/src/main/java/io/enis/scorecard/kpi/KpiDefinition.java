package io.enis.scorecard.kpi;

import java.util.List;

/**
 * What a KPI is, as validated by {@link KpiReader}.
 *
 * @param name        1-100 characters, not unique (two dashboards may each define a {@code response_time})
 * @param description at most 500 characters, may be empty
 * @param unit        the one unit of its values
 * @param target      the value to reach (for a cumulative KPI: the period's total)
 * @param direction   whether higher or lower is better
 * @param thresholds  where at risk and off track begin
 * @param owner       who answers for it, may be empty
 * @param tags        at most 20, each 1-50 of a-z 0-9 _ . : -
 * @param period      the period the target is for
 * @param cumulative  whether the period's value is the sum of its values (revenue per quarter) rather
 *                    than the latest one (response time)
 */
public record KpiDefinition(String name, String description, Unit unit, double target, Direction direction,
                            Thresholds thresholds, String owner, List<String> tags, Period period, boolean cumulative) {
    public KpiDefinition {
        tags = List.copyOf(tags);
    }

    /** The latest value in {@code w}, or the sum of its values when cumulative; null when none. */
    public Double periodValue(List<Value> values, Period.Window w) {
        Double out = null;
        for (Value v : values) {
            if (w.contains(v.at())) {
                out = cumulative ? (out == null ? 0 : out) + v.value() : v.value();
            }
        }
        return out;
    }

    /** The status of {@code value}, the period's value, against the full target. */
    public Status status(double value) {
        return thresholds.status(value, target, direction);
    }
}
