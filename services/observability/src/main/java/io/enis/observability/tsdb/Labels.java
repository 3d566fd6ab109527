package io.enis.observability.tsdb;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable, sorted set of label pairs identifying a series; the metric name is the
 * {@code __name__} label. Equality and hash are by content.
 */
public final class Labels implements Comparable<Labels> {
    public static final String NAME = "__name__";
    private final String[] pairs;
    private final int hash;

    private Labels(String[] pairs) {
        this.pairs = pairs;
        this.hash = Arrays.hashCode(pairs);
    }

    /** Labels from a map (empty values are dropped, as in Prometheus). */
    public static Labels of(Map<String, String> map) {
        TreeMap<String, String> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                sorted.put(k, v);
            }
        });
        String[] pairs = new String[sorted.size() * 2];
        int i = 0;
        for (var e : sorted.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return new Labels(pairs);
    }

    /** Writes the pairs (count, then name and value of each), as the log and checkpoints store them. */
    void writeTo(DataOutput out) throws IOException {
        out.writeShort(size());
        for (int i = 0; i < pairs.length; i++) {
            out.writeUTF(pairs[i]);
        }
    }

    /** Reads the pairs after their count, which {@link #writeTo} wrote first. */
    static Labels readPairs(DataInput in, int count) throws IOException {
        var map = new HashMap<String, String>();
        for (int i = 0; i < count; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return of(map);
    }

    /** The value of {@code name}, or {@code null}. */
    public String get(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(name)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    public int size() {
        return pairs.length / 2;
    }

    public String name(int index) {
        return pairs[index * 2];
    }

    public String value(int index) {
        return pairs[index * 2 + 1];
    }

    /** A sorted copy as a map. */
    public Map<String, String> toMap() {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** Approximate heap bytes (for the memory benchmark). */
    long bytes() {
        long total = 16 + 16 + pairs.length * 4L;
        for (String s : pairs) {
            total += 40 + s.length();
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels l && hash == l.hash && Arrays.equals(pairs, l.pairs);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Labels o) {
        return Arrays.compare(pairs, o.pairs);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
