package io.enis.scorecard.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Anomaly flags by robust z-score (Iglewicz and Hoaglin, 1993): each point is compared with the
 * {@code window} points before it, {@code z = 0.6745 (y - median) / MAD} where MAD is the median
 * absolute deviation from the median; |z| above the threshold (3.5 is theirs) flags the point. When
 * MAD is 0 (more than half the window equal) the mean absolute deviation scaled by 1.2533 stands in;
 * when that is 0 too (a flat window), any point that differs from the window is flagged with no z (as is one whose z overflows).
 */
public final class Anomalies {
    /** The usual cut-off. */
    public static final double THRESHOLD = 3.5;
    /** The window a point is judged against by default. */
    public static final int WINDOW = 14;
    private static final double MIN_WINDOW = 5;

    private Anomalies() {
    }

    /**
     * One flagged point.
     *
     * @param index  its position in the series
     * @param median the median of the window before it
     * @param z      its robust z-score; {@code null} when the window was flat
     */
    public record Flag(int index, double value, double median, Double z) {
    }

    /** The flagged points; points with fewer than 5 before them are not judged. */
    public static List<Flag> flag(double[] y, int window, double threshold) {
        List<Flag> out = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            int from = Math.max(0, i - window);
            if (i - from < MIN_WINDOW) {
                continue;
            }
            double[] w = Arrays.copyOfRange(y, from, i);
            double median = median(w);
            double[] dev = new double[w.length];
            double meanDev = 0;
            for (int k = 0; k < w.length; k++) {
                dev[k] = Math.abs(w[k] - median);
                meanDev += dev[k] / w.length;
            }
            double mad = median(dev);
            if (mad > 0) {
                add(out, i, y[i], median, 0.6745 * (y[i] - median) / mad, threshold);
            } else if (meanDev > 0) {
                add(out, i, y[i], median, (y[i] - median) / (1.253314 * meanDev), threshold);
            } else if (y[i] != median) {
                out.add(new Flag(i, y[i], median, null));
            }
        }
        return out;
    }

    private static void add(List<Flag> out, int i, double value, double median, double z, double threshold) {
        if (!Double.isFinite(z)) {
            out.add(new Flag(i, value, median, null));
        } else if (Math.abs(z) > threshold) {
            out.add(new Flag(i, value, median, z));
        }
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
