package io.enis.observability.query;

import io.enis.observability.query.Expr.Function;
import io.enis.observability.tsdb.SampleBuffer;

/** The functions over a range of one series' samples ({@code rate}, {@code increase}, {@code *_over_time}). */
final class RangeFunctions {
    private RangeFunctions() {}

    /**
     * Value of {@code f} over samples {@code first..last} of {@code b}, which fall in the window
     * {@code (from, to]}; {@code null} when the function has no value (rate with one sample).
     */
    static Double apply(Function f, SampleBuffer b, int first, int last, long from, long to) {
        int n = last - first + 1;
        return switch (f) {
            case RATE -> extrapolatedDelta(b, first, last, from, to, true);
            case INCREASE -> extrapolatedDelta(b, first, last, from, to, false);
            case COUNT_OVER_TIME -> (double) n;
            case LAST_OVER_TIME -> b.value(last);
            case SUM_OVER_TIME, AVG_OVER_TIME -> {
                double sum = 0;
                for (int i = first; i <= last; i++) {
                    sum += b.value(i);
                }
                yield f == Function.SUM_OVER_TIME ? sum : sum / n;
            }
            case MIN_OVER_TIME, MAX_OVER_TIME -> {
                double v = b.value(first);
                for (int i = first + 1; i <= last; i++) {
                    v = f == Function.MIN_OVER_TIME ? Math.min(v, b.value(i)) : Math.max(v, b.value(i));
                }
                yield v;
            }
            case HISTOGRAM_QUANTILE -> throw new IllegalArgumentException("not a range function");
        };
    }

    /**
     * Prometheus' extrapolatedRate: the increase between the first and last sample (counter resets
     * added back), extrapolated to the window edges when the samples reach close enough to them
     * (within 1.1 average intervals), and never below zero for a counter.
     */
    private static Double extrapolatedDelta(
            SampleBuffer b, int first, int last, long from, long to, boolean perSecond) {
        if (last - first < 1) {
            return null;
        }
        double result = b.value(last) - b.value(first);
        double previous = b.value(first);
        for (int i = first + 1; i <= last; i++) {
            double v = b.value(i);
            if (v < previous) {
                result += previous;
            }
            previous = v;
        }
        double rangeSeconds = (to - from) / 1000.0;
        double durationToStart = (b.time(first) - from) / 1000.0;
        double durationToEnd = (to - b.time(last)) / 1000.0;
        double sampled = (b.time(last) - b.time(first)) / 1000.0;
        double averageInterval = sampled / (last - first);
        if (result > 0 && b.value(first) >= 0) {
            double durationToZero = sampled * (b.value(first) / result);
            if (durationToZero < durationToStart) {
                durationToStart = durationToZero;
            }
        }
        double threshold = averageInterval * 1.1;
        double extrapolateTo = sampled;
        extrapolateTo += durationToStart < threshold ? durationToStart : averageInterval / 2;
        extrapolateTo += durationToEnd < threshold ? durationToEnd : averageInterval / 2;
        result = result * (extrapolateTo / sampled);
        return perSecond ? result / rangeSeconds : result;
    }
}
