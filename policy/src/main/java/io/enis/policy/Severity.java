package io.enis.policy;

import java.util.Arrays;
import java.util.Locale;

/** How bad a finding is; ordered from most to least severe. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW;

    /** Lower-case name, as written in reports and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * Parses {@code critical}, {@code high}, {@code medium} or {@code low}.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Severity parse(String text) {
        return Arrays.stream(values())
                .filter(s -> s.label().equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + text + "' is not a severity; allowed: critical, high, medium, low"));
    }
}
