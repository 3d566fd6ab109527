package io.enis.scorecard.trend;

/** Trailing simple moving averages. */
public final class MovingAverage {
    private MovingAverage() {
    }

    /**
     * {@code out[i]} is the mean of {@code y[i-window+1..i]}; {@code null} for the first {@code window - 1}
     * points, which have too few before them.
     *
     * @throws IllegalArgumentException when {@code window < 1}
     */
    public static Double[] trailing(double[] y, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
        Double[] out = new Double[y.length];
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i];
            if (i >= window) {
                sum -= y[i - window];
            }
            out[i] = i >= window - 1 ? sum / window : null;
        }
        return out;
    }
}
