package io.enis.scorecard.trend;

import java.util.List;

/**
 * Forecasts for the points after a series, one per step, with their 95% intervals.
 *
 * @param method the method that made them ({@link Method#LINEAR} or {@link Method#HOLT_WINTERS})
 * @param points {@code points.get(h - 1)} is the forecast {@code h} steps ahead
 */
public record Forecast(Method method, List<Band> points) {
    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;
    private static final double Z95 = 1.959963984540054;

    public Forecast {
        points = List.copyOf(points);
    }

    /**
     * Forecasts {@code horizon} steps after the regularly spaced series {@code y} (step 1 apart).
     *
     * @param season the season length Holt-Winters uses
     * @throws InsufficientDataException when {@code method} (or, for AUTO, even linear) needs more points
     */
    public static Forecast of(double[] y, Method method, int horizon, int season) {
        Method chosen = method;
        if (method == Method.AUTO) {
            chosen = y.length >= HoltWinters.minPoints(season) ? Method.HOLT_WINTERS : Method.LINEAR;
        }
        if (chosen == Method.HOLT_WINTERS) {
            return new Forecast(chosen, HoltWinters.fitBest(y, season).forecast(horizon, Z95));
        }
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        LinearTrend line = LinearTrend.fit(x, y);
        List<Band> points = new java.util.ArrayList<>(horizon);
        for (int h = 1; h <= horizon; h++) {
            points.add(line.predict(y.length - 1 + h, LEVEL));
        }
        return new Forecast(Method.LINEAR, points);
    }
}
