package io.enis.compliance.audits;

import io.enis.kit.domain.InvalidInputException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The date a status is asked for: an RFC 3339 timestamp, or now when absent. */
public final class AsOf {
    private AsOf() {}

    /** @throws InvalidInputException naming {@code asOf} when {@code text} is not RFC 3339 */
    public static long parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.millis();
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("asOf", "must be an RFC 3339 timestamp such as 2025-01-21T10:00:00Z");
        }
    }
}
