package io.enis.observability.query;

import io.enis.kit.time.Durations;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Query time parameters as the Prometheus API takes them: RFC 3339 or Unix seconds; steps as durations or seconds. */
public final class TimeParams {
    private TimeParams() {
    }

    /**
     * @param fallback used when {@code value} is null
     * @throws InvalidInputException naming {@code field}
     */
    public static long time(String value, String field, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return new BigDecimal(value).movePointRight(3).longValue();
        } catch (NumberFormatException notNumber) {
            try {
                return OffsetDateTime.parse(value).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.field(field, "must be RFC 3339 (2025-01-21T10:00:00Z) or Unix seconds (1737453600.5)");
            }
        }
    }

    /** @throws InvalidInputException naming {@code field} */
    public static long step(String value, String field) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw InvalidInputException.field(field, "must be positive");
            }
            return Math.max(1, Math.round(seconds * 1000));
        } catch (NumberFormatException notNumber) {
            try {
                long ms = Durations.parse(value).toMillis();
                if (ms <= 0) {
                    throw InvalidInputException.field(field, "must be positive");
                }
                return ms;
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.field(field, "must be a duration (15s, 1m) or seconds (15)");
            }
        }
    }
}
