package io.enis.scorecard.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * Additive Holt-Winters (triple exponential smoothing) for a regularly spaced series with a season of
 * {@code m} points (7 for daily values with a weekly pattern).
 *
 * <p>Initialisation from the first two seasons: level {@code L = mean(y[0..m-1])}, trend
 * {@code b = (mean(y[m..2m-1]) - mean(y[0..m-1])) / m}, seasonals {@code s[i] = y[i] - L}. Then for
 * {@code t = m .. n-1}:
 * <pre>
 * L(t) = α (y(t) - s(t-m)) + (1-α) (L(t-1) + b(t-1))
 * b(t) = β (L(t) - L(t-1)) + (1-β) b(t-1)
 * s(t) = γ (y(t) - L(t)) + (1-γ) s(t-m)
 * ŷ(n-1+h) = L(n-1) + h b(n-1) + s(n-1-m+1+((h-1) mod m))
 * </pre>
 * σ² is the mean squared one-step-ahead error over {@code t = m .. n-1}; the h-step interval uses the
 * variance of the equivalent ETS(A,A,A) model (Hyndman et al., <i>Forecasting with Exponential
 * Smoothing</i>, 2008, table 6.1, class 1): {@code σ² (1 + Σ_{j=1}^{h-1} (α (1 + jβ) + γ [j mod m = 0])²)},
 * with the normal quantile of the level asked for.
 */
public final class HoltWinters {
    /** The smoothing parameters {@link #fitBest} tries for each of α, β and γ. */
    static final double[] GRID = {0.1, 0.3, 0.5, 0.7, 0.9};
    private final int m;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double level;
    private final double trend;
    private final double[] seasonals;
    private final double sse;
    private final int errors;

    private HoltWinters(int m, double alpha, double beta, double gamma, double level, double trend, double[] seasonals,
                        double sse, int errors) {
        this.m = m;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.level = level;
        this.trend = trend;
        this.seasonals = seasonals;
        this.sse = sse;
        this.errors = errors;
    }

    /** Points a season of {@code m} needs: two whole seasons (the second also measures the one-step errors). */
    public static int minPoints(int m) {
        return 2 * m;
    }

    /**
     * Fits with the given parameters, each in (0, 1).
     *
     * @throws InsufficientDataException with fewer than {@link #minPoints} points
     * @throws IllegalArgumentException  when {@code m < 2} or a parameter is outside (0, 1)
     */
    public static HoltWinters fit(double[] y, int m, double alpha, double beta, double gamma) {
        if (m < 2) {
            throw new IllegalArgumentException("the season must be at least 2 points");
        }
        for (double p : new double[] {alpha, beta, gamma}) {
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("smoothing parameters must be between 0 and 1");
            }
        }
        if (y.length < minPoints(m)) {
            throw new InsufficientDataException("holt_winters", minPoints(m), y.length);
        }
        double first = mean(y, 0, m);
        double l = first;
        double b = (mean(y, m, 2 * m) - first) / m;
        double[] s = new double[y.length];
        for (int i = 0; i < m; i++) {
            s[i] = y[i] - first;
        }
        double sse = 0;
        for (int t = m; t < y.length; t++) {
            double e = y[t] - (l + b + s[t - m]);
            sse += e * e;
            double previous = l;
            l = alpha * (y[t] - s[t - m]) + (1 - alpha) * (l + b);
            b = beta * (l - previous) + (1 - beta) * b;
            s[t] = gamma * (y[t] - l) + (1 - gamma) * s[t - m];
        }
        double[] last = new double[m];
        System.arraycopy(s, y.length - m, last, 0, m);
        return new HoltWinters(m, alpha, beta, gamma, l, b, last, sse, y.length - m);
    }

    /** The fit with the least one-step squared error over {@link #GRID}³. */
    public static HoltWinters fitBest(double[] y, int m) {
        HoltWinters best = null;
        for (double a : GRID) {
            for (double b : GRID) {
                for (double g : GRID) {
                    HoltWinters candidate = fit(y, m, a, b, g);
                    if (best == null || candidate.sse < best.sse) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    /** Forecasts for the next {@code horizon} points with intervals at {@code z} standard deviations (1.96: 95%). */
    public List<Band> forecast(int horizon, double z) {
        double sigma2 = sse / errors;
        List<Band> out = new ArrayList<>(horizon);
        double sumC2 = 0;
        for (int h = 1; h <= horizon; h++) {
            if (h > 1) {
                int j = h - 1;
                double c = alpha * (1 + j * beta) + (j % m == 0 ? gamma : 0);
                sumC2 += c * c;
            }
            double value = level + h * trend + seasonals[(h - 1) % m];
            double sd = Math.sqrt(sigma2 * (1 + sumC2));
            out.add(new Band(value, value - z * sd, value + z * sd, sd));
        }
        return out;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double gamma() {
        return gamma;
    }

    /** The mean squared one-step-ahead error σ². */
    public double sigma2() {
        return sse / errors;
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }
}
