package io.enis.constructs.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Validation helpers for props builders; each failure is an {@link InvalidPropsException}. */
public final class Require {
    private final String propsName;

    private Require(String propsName) {
        this.propsName = propsName;
    }

    /** Validator whose messages start with {@code propsName}, e.g. {@code SecureBucketProps}. */
    public static Require of(String propsName) {
        return new Require(propsName);
    }

    public <T> T present(String field, T value) {
        if (value == null) {
            throw fail(field, "is required");
        }
        return value;
    }

    public String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw fail(field, "is required and must not be blank");
        }
        return value;
    }

    public <T> List<T> notEmpty(String field, Collection<T> values) {
        if (values == null || values.isEmpty()) {
            throw fail(field, "must contain at least one entry");
        }
        return List.copyOf(values);
    }

    /** An immutable copy; {@code null} becomes the empty list. */
    public <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An immutable copy keeping the iteration order (so synthesized output is stable); {@code null} becomes the empty map. */
    public <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw fail(field, "is " + value + "; allowed: " + min + ".." + max);
        }
        return value;
    }

    /** Checks {@code value} against {@code regex}; the message says what is allowed. */
    public String matches(String field, String value, String regex, String allowed) {
        check(value != null && value.matches(regex), field, "'" + value + "' is not allowed; " + allowed);
        return value;
    }

    public void check(boolean condition, String field, String problem) {
        if (!condition) {
            throw fail(field, problem);
        }
    }

    public InvalidPropsException fail(String field, String problem) {
        return new InvalidPropsException(propsName, field, problem);
    }
}
