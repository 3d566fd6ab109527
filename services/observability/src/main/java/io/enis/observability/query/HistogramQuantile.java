package io.enis.observability.query;

import io.enis.observability.query.Evaluator.Element;
import io.enis.observability.tsdb.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code histogram_quantile(φ, buckets)} over classic Prometheus histograms: buckets are grouped by
 * their labels without {@code le}, sorted by upper bound, made monotonic, and the quantile is
 * interpolated linearly inside the bucket that holds rank φ·count (Prometheus' bucketQuantile).
 */
final class HistogramQuantile {
    private HistogramQuantile() {}

    static List<Element> apply(double q, List<Element> buckets) {
        Map<Labels, TreeMap<Double, Double>> groups = new LinkedHashMap<>();
        for (Element e : buckets) {
            String le = e.labels().get("le");
            if (le == null) {
                continue;
            }
            double bound;
            try {
                bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
            } catch (NumberFormatException ignored) {
                continue;
            }
            Map<String, String> rest = new TreeMap<>(e.labels().toMap());
            rest.remove("le");
            rest.remove(Labels.NAME);
            groups.computeIfAbsent(Labels.of(rest), k -> new TreeMap<>()).merge(bound, e.value(), Double::sum);
        }
        List<Element> out = new ArrayList<>();
        groups.forEach((labels, b) -> out.add(new Element(labels, quantile(q, b))));
        return out;
    }

    static double quantile(double q, TreeMap<Double, Double> buckets) {
        if (Double.isNaN(q)) return Double.NaN;
        if (q < 0) return Double.NEGATIVE_INFINITY;
        if (q > 1) return Double.POSITIVE_INFINITY;
        if (buckets.size() < 2 || buckets.lastKey() != Double.POSITIVE_INFINITY) return Double.NaN;
        double[] bounds = new double[buckets.size()];
        double[] counts = new double[buckets.size()];
        int i = 0;
        double max = 0;
        for (var e : buckets.entrySet()) {
            bounds[i] = e.getKey();
            max = Math.max(max, e.getValue());
            counts[i++] = max;
        }
        double total = counts[counts.length - 1];
        if (total == 0) return Double.NaN;
        double rank = q * total;
        int b = 0;
        while (b < counts.length - 1 && counts[b] < rank) {
            b++;
        }
        if (b == bounds.length - 1) return bounds[bounds.length - 2];
        if (b == 0 && bounds[0] <= 0) return bounds[0];
        double start = b == 0 ? 0 : bounds[b - 1];
        double below = b == 0 ? 0 : counts[b - 1];
        double inBucket = counts[b] - below;
        return start + (bounds[b] - start) * ((rank - below) / inBucket);
    }
}
