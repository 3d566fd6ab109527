package io.enis.observability.tsdb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One series: sealed compressed {@link Chunk}s plus an uncompressed, sorted head of recent samples.
 * Samples may arrive out of order within the out-of-order window: they are inserted into the head,
 * and only the part of the head older than the window is sealed, so sealed chunks never need
 * rewriting. A sample at an existing timestamp replaces its value (last write wins).
 */
final class Series {
    /** Samples per sealed chunk (Prometheus uses 120: two hours at a 1-minute interval). */
    static final int CHUNK_SAMPLES = 120;

    final Labels labels;
    private final List<Chunk> chunks = new ArrayList<>();
    private long[] headTimes = new long[8];
    private double[] headValues = new double[8];
    private int headSize;
    private long maxTime = Long.MIN_VALUE;

    Series(Labels labels) {
        this.labels = labels;
    }

    /** Newest timestamp ever appended ({@code Long.MIN_VALUE} when empty). */
    synchronized long maxTime() {
        return maxTime;
    }

    /**
     * The earliest timestamp this series still accepts: samples older than its newest minus the
     * out-of-order window are refused.
     */
    synchronized long acceptsFrom(long window) {
        return maxTime == Long.MIN_VALUE ? Long.MIN_VALUE : maxTime - window;
    }

    /** Appends one sample (already checked against {@link #acceptsFrom}); seals what left the window. */
    synchronized void append(long time, double value, long window) {
        int at = Arrays.binarySearch(headTimes, 0, headSize, time);
        if (at >= 0) {
            headValues[at] = value;
        } else {
            int insert = -at - 1;
            if (headSize == headTimes.length) {
                headTimes = Arrays.copyOf(headTimes, headSize * 2);
                headValues = Arrays.copyOf(headValues, headSize * 2);
            }
            System.arraycopy(headTimes, insert, headTimes, insert + 1, headSize - insert);
            System.arraycopy(headValues, insert, headValues, insert + 1, headSize - insert);
            headTimes[insert] = time;
            headValues[insert] = value;
            headSize++;
        }
        maxTime = Math.max(maxTime, time);
        sealOlderThan(maxTime - window);
    }

    private void sealOlderThan(long boundary) {
        while (headSize >= CHUNK_SAMPLES && headTimes[CHUNK_SAMPLES - 1] < boundary) {
            chunks.add(Chunk.encode(headTimes, headValues, 0, CHUNK_SAMPLES));
            System.arraycopy(headTimes, CHUNK_SAMPLES, headTimes, 0, headSize - CHUNK_SAMPLES);
            System.arraycopy(headValues, CHUNK_SAMPLES, headValues, 0, headSize - CHUNK_SAMPLES);
            headSize -= CHUNK_SAMPLES;
            if (headTimes.length > 4 * CHUNK_SAMPLES && headSize < CHUNK_SAMPLES) {
                headTimes = Arrays.copyOf(headTimes, 2 * CHUNK_SAMPLES);
                headValues = Arrays.copyOf(headValues, 2 * CHUNK_SAMPLES);
            }
        }
    }

    /** Every sample with {@code from ≤ t ≤ to}, in time order. */
    synchronized SampleBuffer read(long from, long to) {
        SampleBuffer out = new SampleBuffer();
        for (Chunk c : chunks) {
            if (c.maxTime() >= from && c.minTime() <= to) {
                c.decode(from, to, out::add);
            }
        }
        int start = Arrays.binarySearch(headTimes, 0, headSize, from);
        for (int i = start >= 0 ? start : -start - 1; i < headSize && headTimes[i] <= to; i++) {
            out.add(headTimes[i], headValues[i]);
        }
        return out;
    }

    /** Drops sealed chunks entirely older than {@code cutoff}; true when nothing is left. */
    synchronized boolean dropBefore(long cutoff) {
        chunks.removeIf(c -> c.maxTime() < cutoff);
        int keep = 0;
        while (keep < headSize && headTimes[keep] < cutoff) {
            keep++;
        }
        if (keep > 0) {
            System.arraycopy(headTimes, keep, headTimes, 0, headSize - keep);
            System.arraycopy(headValues, keep, headValues, 0, headSize - keep);
            headSize -= keep;
        }
        return chunks.isEmpty() && headSize == 0;
    }

    synchronized int sampleCount() {
        int n = headSize;
        for (Chunk c : chunks) {
            n += c.count();
        }
        return n;
    }

    /** Approximate heap bytes of this series. */
    synchronized long bytes() {
        long total = 64 + labels.bytes() + headTimes.length * 16L;
        for (Chunk c : chunks) {
            total += c.bytes() + 8;
        }
        return total;
    }
}
