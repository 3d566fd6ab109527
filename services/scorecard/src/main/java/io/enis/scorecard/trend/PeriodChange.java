package io.enis.scorecard.trend;

/**
 * A value compared with the previous period's.
 *
 * @param previous the previous period's value
 * @param absolute {@code current - previous}
 * @param percent  {@code 100 * (current - previous) / |previous|}; {@code null} when previous is 0 (or so small the ratio overflows)
 */
public record PeriodChange(double previous, double absolute, Double percent) {
    public static PeriodChange of(double current, double previous) {
        double diff = current - previous;
        double percent = 100 * diff / Math.abs(previous);
        return new PeriodChange(previous, diff, Double.isFinite(percent) ? percent : null);
    }
}
