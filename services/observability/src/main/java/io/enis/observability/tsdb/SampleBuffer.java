package io.enis.observability.tsdb;

import java.util.Arrays;

/** Decoded samples of one series in time order: parallel arrays that grow. */
public final class SampleBuffer {
    private long[] times = new long[16];
    private double[] values = new double[16];
    private int size;

    void add(long time, double value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = time;
        values[size] = value;
        size++;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** Index of the first sample with time ≥ {@code t} ({@link #size()} when none). */
    public int firstAtOrAfter(long t) {
        int i = Arrays.binarySearch(times, 0, size, t);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last sample with time ≤ {@code t} (-1 when none). */
    public int lastAtOrBefore(long t) {
        int i = Arrays.binarySearch(times, 0, size, t);
        return i >= 0 ? i : -i - 2;
    }
}
