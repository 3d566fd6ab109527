package io.enis.scorecard.trend;

import io.enis.scorecard.memo.Lru;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A bounded memo of results computed from a series, keyed by the series' <em>content</em> (every
 * value, bit for bit) and the method's parameters: the Holt-Winters parameter search and the anomaly
 * flags are pure functions of their input, so a remembered answer is the answer. A new or corrected
 * value, or a time range that gains or drops a day, changes the series and so the key: nothing needs
 * invalidating, the stale entry just ages out. Least recently used entries are dropped beyond
 * {@code capacity}. Thread-safe.
 */
public final class SeriesMemo {
    /** A memo that remembers nothing (every call computes). */
    public static final SeriesMemo NONE = new SeriesMemo(0);

    private final int capacity;
    private final Lru<Key, Object> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param capacity the most entries kept; 0 keeps none */
    public SeriesMemo(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be at least 0");
        }
        this.capacity = capacity;
        this.entries = Lru.ofEntries(capacity);
    }

    private record Key(String kind, int parameter, double[] y, int hash) {
        static Key of(String kind, int parameter, double[] y) {
            return new Key(kind, parameter, y, (kind.hashCode() * 31 + parameter) * 31 + Arrays.hashCode(y));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.hash == hash
                    && k.parameter == parameter
                    && k.kind.equals(kind)
                    && Arrays.equals(k.y, y);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The remembered result of {@code kind} with {@code parameter} over {@code y}, or {@code compute}'s
     * (then remembered). {@code compute} must depend on nothing but {@code y} and {@code parameter};
     * {@code y} is copied, so the caller may reuse it. The result must be immutable.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, int parameter, double[] y, Supplier<T> compute) {
        if (capacity == 0) {
            misses.incrementAndGet();
            return compute.get();
        }
        Key key = Key.of(kind, parameter, y.clone());
        Object found = entries.get(key);
        if (found != null) {
            hits.incrementAndGet();
            return (T) found;
        }
        misses.incrementAndGet();
        T value = compute.get();
        entries.put(key, value);
        return value;
    }

    /** Lookups answered from memory. */
    public long hits() {
        return hits.get();
    }

    /** Lookups that computed. */
    public long misses() {
        return misses.get();
    }

    /** Entries held now. */
    public int size() {
        return entries.size();
    }
}
