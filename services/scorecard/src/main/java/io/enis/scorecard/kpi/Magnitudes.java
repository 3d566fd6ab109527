package io.enis.scorecard.kpi;

import io.enis.kit.json.Fields;

/**
 * The range of every number a KPI holds (targets, thresholds, values): at most 10^15 in absolute value,
 * so that the statistics on them (squares, sums over a year of days) stay finite and exact enough.
 */
public final class Magnitudes {
    /** The largest absolute value. */
    public static final double MAX = 1e15;

    private Magnitudes() {
    }

    /** {@code value}, or null with an error recorded when it is out of range; null stays null. */
    public static Double check(Fields f, Double value, String path) {
        if (value != null && Math.abs(value) > MAX) {
            f.reject(path, "must be between -1e15 and 1e15");
            return null;
        }
        return value;
    }
}
