package io.enis.observability.tsdb;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
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
    /** Samples and bytes of {@link #chunks}, kept with them so counting is O(1). */
    private long sealedSamples;
    private long sealedBytes;
    private final long labelBytes;

    Series(Labels labels) {
        this.labels = labels;
        this.labelBytes = labels.bytes();
    }

    private void addChunk(Chunk c) {
        chunks.add(c);
        sealedSamples += c.count();
        sealedBytes += c.bytes() + 8;
    }

    /**
     * A copy of the series' state at one moment, for a checkpoint: sealed chunks are immutable and
     * shared, the head is copied.
     */
    record Image(Labels labels, List<Chunk> chunks, long[] headTimes, double[] headValues, long maxTime) {
        /** Writes the image: labels, newest time, chunks, head. */
        void writeTo(DataOutput out) throws IOException {
            labels.writeTo(out);
            out.writeLong(maxTime);
            out.writeInt(chunks.size());
            for (Chunk c : chunks) {
                c.writeTo(out);
            }
            out.writeInt(headTimes.length);
            for (int i = 0; i < headTimes.length; i++) {
                out.writeLong(headTimes[i]);
                out.writeDouble(headValues[i]);
            }
        }

        /** Reads what {@link #writeTo} wrote. */
        static Image readFrom(DataInput in) throws IOException {
            Labels labels = Labels.readPairs(in, in.readShort());
            long maxTime = in.readLong();
            int chunkCount = in.readInt();
            if (chunkCount < 0) {
                throw new IOException("implausible chunk count " + chunkCount);
            }
            List<Chunk> chunks = new ArrayList<>(Math.min(chunkCount, 1024));
            for (int i = 0; i < chunkCount; i++) {
                chunks.add(Chunk.readFrom(in));
            }
            int head = in.readInt();
            if (head < 0 || head > 1 << 22) {
                throw new IOException("implausible head size " + head);
            }
            long[] times = new long[head];
            double[] values = new double[head];
            for (int i = 0; i < head; i++) {
                times[i] = in.readLong();
                values[i] = in.readDouble();
            }
            return new Image(labels, chunks, times, values, maxTime);
        }
    }

    /** This series' state now (the caller holds the store's write lock, so nothing is appended meanwhile). */
    synchronized Image image() {
        return new Image(labels, List.copyOf(chunks), Arrays.copyOfRange(headTimes, headStart, headEnd),
                Arrays.copyOfRange(headValues, headStart, headEnd), maxTime);
    }

    /** A series as it was when {@code image} was taken. */
    static Series restore(Image image) {
        Series s = new Series(image.labels());
        image.chunks().forEach(s::addChunk);
        int n = image.headTimes().length;
        s.headTimes = Arrays.copyOf(image.headTimes(), Math.max(8, n));
        s.headValues = Arrays.copyOf(image.headValues(), Math.max(8, n));
        s.headEnd = n;
        s.maxTime = image.maxTime();
        return s;
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
                ensureRoom(); // may move the head: the insertion point is found after it
                int insert = -Arrays.binarySearch(headTimes, headStart, headEnd, time) - 1;
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
            addChunk(Chunk.encode(headTimes, headValues, headStart, CHUNK_SAMPLES));
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

    /**
     * Whether the series has samples in {@code [from, to]}: exact for the head, by their time bounds for
     * sealed chunks (as Prometheus answers its series API, from chunk bounds).
     */
    synchronized boolean hasSamplesIn(long from, long to) {
        for (Chunk c : chunks) {
            if (c.maxTime() >= from && c.minTime() <= to) {
                return true;
            }
        }
        int start = Arrays.binarySearch(headTimes, headStart, headEnd, from);
        int i = start >= 0 ? start : -start - 1;
        return i < headEnd && headTimes[i] <= to;
    }

    /** Drops sealed chunks entirely older than {@code cutoff}; true when nothing is left. */
    synchronized boolean dropBefore(long cutoff) {
        chunks.removeIf(c -> {
            boolean expired = c.maxTime() < cutoff;
            if (expired) {
                sealedSamples -= c.count();
                sealedBytes -= c.bytes() + 8;
            }
            return expired;
        });
        while (headStart < headEnd && headTimes[headStart] < cutoff) {
            headStart++;
        }
        return chunks.isEmpty() && headStart == headEnd;
    }

    /** Samples held, O(1). */
    synchronized long sampleCount() {
        return headSize() + sealedSamples;
    }

    /** Approximate heap bytes of this series, O(1). */
    synchronized long bytes() {
        return 64 + labelBytes + headTimes.length * 16L + sealedBytes;
    }
}
