package io.enis.scorecard.kpi;

import java.util.Arrays;
import java.util.Optional;

/** Whether a KPI is better when its value is higher (throughput, revenue) or lower (latency, cost). */
public enum Direction {
    HIGHER_IS_BETTER("higher_is_better"),
    LOWER_IS_BETTER("lower_is_better");

    private final String json;

    Direction(String json) {
        this.json = json;
    }

    /** The name in the API. */
    public String json() {
        return json;
    }

    public static Optional<Direction> of(String json) {
        return Arrays.stream(values()).filter(d -> d.json.equals(json)).findFirst();
    }

    /**
     * The default when a KPI does not say: lower is better for durations (response times), higher for
     * everything else (throughput, counts, percentages).
     */
    public static Direction defaultFor(Unit unit) {
        return unit.isDuration() ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
    }

    /** Whether {@code value} is at least as good as {@code bound}. */
    public boolean meets(double value, double bound) {
        return this == HIGHER_IS_BETTER ? value >= bound : value <= bound;
    }

    /** +1 when higher is better, -1 otherwise: multiplies a difference so that positive means better. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
