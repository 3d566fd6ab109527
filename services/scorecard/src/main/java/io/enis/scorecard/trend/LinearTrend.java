package io.enis.scorecard.trend;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least squares {@code y = intercept + slope * x} (Apache Commons Math's {@link SimpleRegression}),
 * with prediction intervals for a new observation from Student's t with {@code n - 2} degrees of freedom:
 * {@code ŷ ± t * s * sqrt(1 + 1/n + (x - x̄)² / Sxx)}, where {@code s² = SSE / (n - 2)}.
 */
public final class LinearTrend {
    /** Points the fit needs: two give a line but no spread, so no interval. */
    public static final int MIN_POINTS = 3;
    private final SimpleRegression regression;
    private final double xMean;
    private final double sxx;
    private final int n;

    private LinearTrend(SimpleRegression regression, double xMean, double sxx, int n) {
        this.regression = regression;
        this.xMean = xMean;
        this.sxx = sxx;
        this.n = n;
    }

    /**
     * @throws InsufficientDataException with fewer than {@link #MIN_POINTS} points or all x equal
     */
    public static LinearTrend fit(double[] x, double[] y) {
        if (x.length < MIN_POINTS) {
            throw new InsufficientDataException("linear", MIN_POINTS, x.length);
        }
        SimpleRegression r = new SimpleRegression();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            r.addData(x[i], y[i]);
            sum += x[i];
        }
        double mean = sum / x.length;
        double sxx = 0;
        for (double xi : x) {
            sxx += (xi - mean) * (xi - mean);
        }
        if (sxx == 0) {
            throw new InsufficientDataException("linear", MIN_POINTS, 1);
        }
        return new LinearTrend(r, mean, sxx, x.length);
    }

    public double slope() {
        return regression.getSlope();
    }

    public double intercept() {
        return regression.getIntercept();
    }

    /** R², 1 for a perfect fit; 1 as well when y is constant (nothing left unexplained). */
    public double rSquared() {
        double r2 = regression.getRSquare();
        return Double.isNaN(r2) ? 1 : r2;
    }

    public int n() {
        return n;
    }

    /** The residual standard deviation {@code s}. */
    public double residualSd() {
        return Math.sqrt(Math.max(0, regression.getMeanSquareError()));
    }

    /** The prediction at {@code x} with its interval at {@code level} (0.95: 95%). */
    public Band predict(double x, double level) {
        double mean = intercept() + slope() * x;
        double sd = residualSd() * Math.sqrt(1 + 1.0 / n + (x - xMean) * (x - xMean) / sxx);
        double t = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + level / 2);
        return new Band(mean, mean - t * sd, mean + t * sd, sd);
    }

    /** The probability that a new observation at {@code x} is at least {@code bound}. */
    public double probabilityAtLeast(double x, double bound) {
        Band b = predict(x, 0.95);
        if (b.sd() == 0) {
            return b.value() >= bound ? 1 : 0;
        }
        return 1 - new TDistribution(n - 2).cumulativeProbability((bound - b.value()) / b.sd());
    }
}
