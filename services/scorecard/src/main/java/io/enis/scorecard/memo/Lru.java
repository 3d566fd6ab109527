package io.enis.scorecard.memo;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A bounded map that drops its least recently used entries once the entries' total weight passes
 * {@code maxWeight}. An entry heavier than {@code maxWeight} alone is not kept. Thread-safe (one lock;
 * callers compute outside it). Values must be immutable: they are handed to every reader.
 *
 * @param <K> keys, with value equality
 * @param <V> values
 */
public final class Lru<K, V> {
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    /**
     * @param maxWeight the most total weight kept; 0 keeps nothing
     * @param weigher   an entry's weight (at least 0; constant for a value)
     */
    public Lru(long maxWeight, ToLongFunction<V> weigher) {
        if (maxWeight < 0) {
            throw new IllegalArgumentException("maxWeight must be at least 0");
        }
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** An LRU of at most {@code capacity} entries. */
    public static <K, V> Lru<K, V> ofEntries(int capacity) {
        return new Lru<>(capacity, v -> 1);
    }

    /** The value held for {@code key} (now the most recently used), or null. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Holds {@code value} for {@code key}, then drops least recently used entries beyond the bound. */
    public synchronized void put(K key, V value) {
        long w = weigher.applyAsLong(value);
        if (w > maxWeight) {
            remove(key);
            return;
        }
        V old = entries.put(key, value);
        weight += w - (old == null ? 0 : weigher.applyAsLong(old));
        Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            weight -= weigher.applyAsLong(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** Forgets {@code key}. */
    public synchronized void remove(K key) {
        V old = entries.remove(key);
        if (old != null) {
            weight -= weigher.applyAsLong(old);
        }
    }

    /** Entries held now. */
    public synchronized int size() {
        return entries.size();
    }

    /** Their total weight. */
    public synchronized long weight() {
        return weight;
    }
}
