package io.enis.constructs.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small maps with a fixed iteration order. {@code Map.of} iterates in an order that changes from
 * one JVM to the next, which would make synthesized JSON differ between runs; use this for any map
 * that ends up in Terraform output.
 */
public final class OrderedMap {
    private OrderedMap() {}

    /**
     * An unmodifiable map of alternating keys and values, in the given order.
     *
     * @throws IllegalArgumentException when the arguments are not key-value pairs of strings and values
     */
    public static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected key-value pairs, got " + keysAndValues.length + " arguments");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("key at position " + i + " is not a string: " + keysAndValues[i]);
            }
            map.put(key, keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The same, with string values only (labels, annotations, tags). */
    public static Map<String, String> strings(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        of((Object[]) keysAndValues).forEach((key, value) -> map.put(key, (String) value));
        return Collections.unmodifiableMap(map);
    }
}
