package io.enis.billing.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a billable metric turns a period's usage events into one quantity. {@link #code()} is the
 * API's name.
 */
public enum Aggregation {
    /** the sum of a numeric property */
    SUM(true),
    /** the number of events */
    COUNT(false),
    /** the largest value of a numeric property */
    MAX(true),
    /** the number of distinct values of a property (any JSON scalar, compared as text) */
    UNIQUE_COUNT(true),
    /** the numeric property of the latest event by timestamp (ties: the greatest transaction_id) */
    LATEST(true);

    private final boolean needsField;

    Aggregation(boolean needsField) {
        this.needsField = needsField;
    }

    /** Whether the metric names a property ({@code field_name}); only COUNT does not. */
    public boolean needsField() {
        return needsField;
    }

    /** Whether the property must be a number (not for UNIQUE_COUNT). */
    public boolean numeric() {
        return this == SUM || this == MAX || this == LATEST;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
