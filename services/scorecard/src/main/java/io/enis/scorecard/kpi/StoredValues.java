package io.enis.scorecard.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every value of one KPI from {@code fromMs} on, as the database held them at {@code revision}
 * (the KPI's {@code values_revision}), oldest first, in primitive arrays. Immutable. Each instance has
 * a {@code generation} no other instance has, so an index into it, together with the generation,
 * names exactly one list of values.
 */
public final class StoredValues {
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private final long revision;
    private final long fromMs;
    private final long generation = GENERATIONS.incrementAndGet();
    private final long[] at;
    private final double[] value;
    private final long[] recordedAt;

    private StoredValues(long revision, long fromMs, long[] at, double[] value, long[] recordedAt) {
        this.revision = revision;
        this.fromMs = fromMs;
        this.at = at;
        this.value = value;
        this.recordedAt = recordedAt;
    }

    /**
     * {@code values} (oldest first, times strictly increasing) as held at {@code revision} from {@code fromMs} on.
     *
     * @throws IllegalArgumentException when the times are not strictly increasing
     */
    public static StoredValues of(long revision, long fromMs, List<Value> values) {
        Builder b = new Builder(revision, fromMs);
        long last = Long.MIN_VALUE;
        for (Value v : values) {
            long at = v.at().toEpochMilli();
            if (at <= last) {
                throw new IllegalArgumentException("values must be oldest first, one per millisecond");
            }
            last = at;
            b.add(at, v.value(), v.recordedAt().toEpochMilli());
        }
        return b.build(revision);
    }

    /** The database's revision of the KPI's values these are. */
    public long revision() {
        return revision;
    }

    /** The earliest time held: values before it were not loaded. */
    public long fromMs() {
        return fromMs;
    }

    /** Unique to this instance. */
    public long generation() {
        return generation;
    }

    public int size() {
        return at.length;
    }

    /** The index of the first value at or after {@code ms} ({@link #size()} when none). */
    public int firstAtOrAfter(long ms) {
        int i = Arrays.binarySearch(at, ms);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the first value after {@code ms} ({@link #size()} when none). */
    public int firstAfter(long ms) {
        return ms == Long.MAX_VALUE ? at.length : firstAtOrAfter(ms + 1);
    }

    /** The values with index {@code from <= i < to}, oldest first. */
    public List<Value> slice(int from, int to) {
        List<Value> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(new Value(Instant.ofEpochMilli(at[i]), value[i], Instant.ofEpochMilli(recordedAt[i])));
        }
        return out;
    }

    /** Collects values, oldest first (times strictly increasing), into a {@link StoredValues}. */
    static final class Builder {
        private final long revision;
        private final long fromMs;
        private long[] at = new long[64];
        private double[] value = new double[64];
        private long[] recordedAt = new long[64];
        private int size;

        Builder(long revision, long fromMs) {
            this.revision = revision;
            this.fromMs = fromMs;
        }

        void add(long atMs, double v, long recordedAtMs) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                value = Arrays.copyOf(value, size * 2);
                recordedAt = Arrays.copyOf(recordedAt, size * 2);
            }
            at[size] = atMs;
            value[size] = v;
            recordedAt[size] = recordedAtMs;
            size++;
        }

        /** The values collected, at {@code revision} (which may differ from the builder's). */
        StoredValues build(long atRevision) {
            return new StoredValues(
                    atRevision,
                    fromMs,
                    Arrays.copyOf(at, size),
                    Arrays.copyOf(value, size),
                    Arrays.copyOf(recordedAt, size));
        }

        long revision() {
            return revision;
        }
    }
}
