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
    /** The head occupies {@code [headStart, headEnd)} of the arrays; sealing advances headStart. */
    private long[] headTimes = new long[8];
    private double[] headValues = new double[8];
    private int headStart;
    private int headEnd;
    private long maxTime = Long.MIN_VALUE;

    Series(Labels labels) {
        this.labels = labels;
    }

    /** Newest timestamp ever appended ({@code Long.MIN_VALUE} when empty). */
    synchronized long maxTime() {
        return maxTime;
    }

    private int headSize() {
        return headEnd - headStart;
    }

    /** Appends one sample (the store checked it against the out-of-order window); seals what left the window. */
    synchronized void append(long time, double value, long window) {
        if (headEnd > headStart && time > headTimes[headEnd - 1]) {
            ensureRoom();
            headTimes[headEnd] = time;
            headValues[headEnd] = value;
            headEnd++;
        } else {
            int at = Arrays.binarySearch(headTimes, headStart, headEnd, time);
            if (at >= 0) {
                headValues[at] = value;
            } else {
                ensureRoom();
                int insert = -at - 1;
                System.arraycopy(headTimes, insert, headTimes, insert + 1, headEnd - insert);
                System.arraycopy(headValues, insert, headValues, insert + 1, headEnd - insert);
                headTimes[insert] = time;
                headValues[insert] = value;
                headEnd++;
            }
        }
        maxTime = Math.max(maxTime, time);
        sealOlderThan(maxTime - window);
    }

    /** Room for one more sample at the end: slide the head to the front when half the array is sealed, else grow. */
    private void ensureRoom() {
        if (headEnd < headTimes.length) {
            return;
        }
        int size = headSize();
        if (headStart >= headTimes.length / 2) {
            System.arraycopy(headTimes, headStart, headTimes, 0, size);
            System.arraycopy(headValues, headStart, headValues, 0, size);
        } else {
            long[] times = new long[headTimes.length * 2];
            double[] values = new double[headTimes.length * 2];
            System.arraycopy(headTimes, headStart, times, 0, size);
            System.arraycopy(headValues, headStart, values, 0, size);
            headTimes = times;
            headValues = values;
        }
        headStart = 0;
        headEnd = size;
    }

    private void sealOlderThan(long boundary) {
        while (headSize() >= CHUNK_SAMPLES && headTimes[headStart + CHUNK_SAMPLES - 1] < boundary) {
            chunks.add(Chunk.encode(headTimes, headValues, headStart, CHUNK_SAMPLES));
            headStart += CHUNK_SAMPLES;
        }
        if (headStart == headEnd) {
            headStart = 0;
            headEnd = 0;
            if (headTimes.length > 4 * CHUNK_SAMPLES) {
                headTimes = new long[2 * CHUNK_SAMPLES];
                headValues = new double[2 * CHUNK_SAMPLES];
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
        int start = Arrays.binarySearch(headTimes, headStart, headEnd, from);
        for (int i = start >= 0 ? start : -start - 1; i < headEnd && headTimes[i] <= to; i++) {
            out.add(headTimes[i], headValues[i]);
        }
        return out;
    }

    /** Drops sealed chunks entirely older than {@code cutoff}; true when nothing is left. */
    synchronized boolean dropBefore(long cutoff) {
        chunks.removeIf(c -> c.maxTime() < cutoff);
        while (headStart < headEnd && headTimes[headStart] < cutoff) {
            headStart++;
        }
        return chunks.isEmpty() && headStart == headEnd;
    }

    synchronized int sampleCount() {
        int n = headSize();
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
