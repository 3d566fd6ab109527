package io.enis.kit.config;

import io.enis.kit.time.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads typed settings from environment variables. Every read documents the setting (name, default,
 * meaning) so {@code --help} and the README list exactly what the code reads; every problem is
 * collected and reported together by {@link #requireValid()} instead of failing on the first one.
 */
public final class Settings {
    private final Map<String, String> env;
    private final List<String> errors = new ArrayList<>();
    private final List<SettingDoc> documented = new ArrayList<>();

    /** @param env the variables to read, usually {@code System.getenv()} */
    public Settings(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** A string with a default; blank counts as absent. */
    public String string(String name, String defaultValue, String description) {
        document(name, defaultValue, description);
        return raw(name).orElse(defaultValue);
    }

    /** A string without a default. */
    public Optional<String> optional(String name, String description) {
        document(name, null, description);
        return raw(name);
    }

    /** A string that must match {@code pattern}; {@code allowed} describes the pattern in errors. */
    public String matching(String name, String defaultValue, Pattern pattern, String allowed, String description) {
        String value = string(name, defaultValue, description);
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(name + "=" + quote(value) + ": must be " + allowed);
            return defaultValue;
        }
        return value;
    }

    /** An integer in {@code [min, max]}. */
    public int integer(String name, int defaultValue, int min, int max, String description) {
        return bounded(name, defaultValue, min, max, Integer::parseInt, "a whole number", description);
    }

    /** A decimal number in {@code [min, max]} ({@code 0.25}, {@code 1}). */
    public double decimal(String name, double defaultValue, double min, double max, String description) {
        // + 0.0 reads -0 as 0, which Double.compareTo would otherwise order below a minimum of 0
        return bounded(name, defaultValue, min, max, v -> Double.parseDouble(v) + 0.0, "a number", description);
    }

    /** A number in {@code [min, max]} read by {@code parse}; NaN is out of every range. */
    private <T extends Comparable<T>> T bounded(
            String name, T defaultValue, T min, T max, Function<String, T> parse, String kind, String description) {
        document(name, String.valueOf(defaultValue), description);
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            T parsed = parse.apply(value.get());
            if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
                errors.add(name + "=" + value.get() + ": must be between " + min + " and " + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(name + "=" + quote(value.get()) + ": must be " + kind + " between " + min + " and " + max);
            return defaultValue;
        }
    }

    /** A duration in Prometheus notation: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h30m}, {@code 7d}. */
    public Duration duration(String name, Duration defaultValue, Duration min, String description) {
        document(name, format(defaultValue), description);
        Optional<String> value = raw(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Duration parsed;
        try {
            parsed = Durations.parse(value.get().trim());
        } catch (IllegalArgumentException e) {
            errors.add(name + "=" + quote(value.get()) + ": " + e.getMessage());
            return defaultValue;
        }
        if (parsed.compareTo(min) < 0) {
            errors.add(name + "=" + value.get() + ": must be at least " + format(min));
            return defaultValue;
        }
        return parsed;
    }

    /** One of the allowed values, compared case-insensitively; returned upper-case. */
    public String choice(String name, String defaultValue, List<String> allowed, String description) {
        String value = string(name, defaultValue, description + " (" + String.join(", ", allowed) + ")");
        String upper = value.toUpperCase(Locale.ROOT);
        if (allowed.stream().noneMatch(a -> a.equalsIgnoreCase(value))) {
            errors.add(name + "=" + quote(value) + ": must be one of " + String.join(", ", allowed));
            return defaultValue.toUpperCase(Locale.ROOT);
        }
        return upper;
    }

    /**
     * Two settings that only mean something together (a URL and its key, a private and a public key):
     * both documented, both set or both unset. One without the other is an error ({@code A and B: set
     * both or neither}) and reads as neither.
     *
     * @return both values, or empty when neither (or only one) is set
     */
    public Optional<Pair> bothOrNeither(
            String first, String firstDescription, String second, String secondDescription) {
        Optional<String> a = optional(first, firstDescription);
        Optional<String> b = optional(second, secondDescription);
        if (a.isPresent() != b.isPresent()) {
            errors.add(first + " and " + second + ": set both or neither");
            return Optional.empty();
        }
        return a.map(value -> new Pair(value, b.orElseThrow()));
    }

    /** Records a problem found while combining settings (for example two that contradict each other). */
    public void reject(String message) {
        errors.add(message);
    }

    /** @throws ConfigException listing every problem found so far, if any */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw new ConfigException(List.copyOf(errors));
        }
    }

    /** The settings read so far, in reading order. */
    public List<SettingDoc> documented() {
        return List.copyOf(documented);
    }

    private Optional<String> raw(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private void document(String name, String defaultValue, String description) {
        documented.add(new SettingDoc(name, defaultValue, description));
    }

    private static String format(Duration d) {
        return Durations.format(d);
    }

    private static String quote(String value) {
        return "'" + value + "'";
    }

    /** The values of two settings read by {@link #bothOrNeither}, in the order named. */
    public record Pair(String first, String second) {}

    /** One documented setting: its variable name, default ({@code null} when none) and meaning. */
    public record SettingDoc(String name, String defaultValue, String description) {}
}
