package io.enis.kit.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import io.enis.kit.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates a JSON request body field by field and collects every error, each with its JSON path, so
 * one response lists all of them. Typical use:
 * <pre>{@code
 * var f = new Fields();
 * String name = f.requiredText(body, "name", "name", NAME, "a metric name");
 * double value = f.requiredNumber(body, "value", "value");
 * f.throwIfInvalid();   // InvalidInputException listing every field
 * }</pre>
 */
public final class Fields {
    private final List<Violation> errors = new ArrayList<>();

    /** Records an error for {@code path}. */
    public void reject(String path, String message) {
        errors.add(new Violation(path, message));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<Violation> errors() {
        return List.copyOf(errors);
    }

    /** @throws InvalidInputException with every recorded error (answered as 400 problem+json) */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** A required object; records an error and returns {@code null} otherwise. */
    public JsonNode requireObject(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            reject(path.isEmpty() ? "body" : path, "must be a JSON object");
            return null;
        }
        return node;
    }

    /** A required string field matching {@code pattern} ({@code allowed} says what matches). */
    public String requiredText(JsonNode parent, String field, String path, Pattern pattern, String allowed) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            reject(path, "is required");
            return null;
        }
        return text(n, path, pattern, allowed);
    }

    /** An optional string field; absent or null gives {@code null}. */
    public String optionalText(JsonNode parent, String field, String path, Pattern pattern, String allowed) {
        JsonNode n = parent == null ? null : parent.get(field);
        return n == null || n.isNull() ? null : text(n, path, pattern, allowed);
    }

    private String text(JsonNode n, String path, Pattern pattern, String allowed) {
        if (!n.isTextual()) {
            reject(path, "must be a string");
            return null;
        }
        if (pattern != null && !pattern.matcher(n.textValue()).matches()) {
            reject(path, "must be " + allowed);
            return null;
        }
        return n.textValue();
    }

    /** A required finite number. */
    public Double requiredNumber(JsonNode parent, String field, String path) {
        JsonNode n = parent == null ? null : parent.get(field);
        if (n == null || n.isNull()) {
            reject(path, "is required");
            return null;
        }
        return number(n, path);
    }

    /** An optional finite number. */
    public Double optionalNumber(JsonNode parent, String field, String path) {
        JsonNode n = parent == null ? null : parent.get(field);
        return n == null || n.isNull() ? null : number(n, path);
    }

    private Double number(JsonNode n, String path) {
        if (!n.isNumber()) {
            reject(path, "must be a number");
            return null;
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            reject(path, "must be a finite number");
            return null;
        }
        return d;
    }

    /** An optional RFC 3339 timestamp ({@code 2025-01-21T10:00:00Z}). */
    public Optional<Instant> optionalInstant(JsonNode parent, String field, String path) {
        String text = optionalText(parent, field, path, null, null);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            reject(path, "must be an RFC 3339 timestamp such as 2025-01-21T10:00:00Z");
            return Optional.empty();
        }
    }

    /** An optional duration in Prometheus notation ({@code 30s}, {@code 5m}, {@code 1h30m}). */
    public Duration optionalDuration(JsonNode parent, String field, String path) {
        String text = optionalText(parent, field, path, null, null);
        if (text == null) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            reject(path, e.getMessage());
            return null;
        }
    }

    /**
     * An optional object of string values whose keys match {@code keyPattern}; at most {@code maxEntries}.
     * Absent gives an empty map.
     */
    public Map<String, String> stringMap(
            JsonNode parent, String field, String path, Pattern keyPattern, String allowedKeys, int maxEntries) {
        JsonNode n = parent == null ? null : parent.get(field);
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            reject(path, "must be an object of strings");
            return out;
        }
        if (n.size() > maxEntries) {
            reject(path, "must have at most " + maxEntries + " entries");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            String p = path + "." + e.getKey();
            if (!keyPattern.matcher(e.getKey()).matches()) {
                reject(p, "name must be " + allowedKeys);
            } else if (!e.getValue().isTextual()) {
                reject(p, "must be a string");
            } else {
                out.put(e.getKey(), e.getValue().textValue());
            }
        });
        return out;
    }
}
