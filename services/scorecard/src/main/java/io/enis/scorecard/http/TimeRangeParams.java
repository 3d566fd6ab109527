package io.enis.scorecard.http;

import io.enis.kit.http.ProblemException;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code from} and {@code to} query parameters (RFC 3339); absent: from the beginning, to the end of time. */
final class TimeRangeParams {
    private static final Instant MIN = Instant.EPOCH;
    private static final Instant MAX = Instant.parse("9999-01-01T00:00:00Z");

    record Range(Instant from, Instant to) {
    }

    private TimeRangeParams() {
    }

    static Range read(Context ctx) {
        Instant from = instant(ctx.queryParam("from"), "from", MIN);
        Instant to = instant(ctx.queryParam("to"), "to", MAX);
        if (!from.isBefore(to)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        return new Range(from, to);
    }

    private static Instant instant(String text, String name, Instant absent) {
        if (text == null) {
            return absent;
        }
        try {
            Instant t = OffsetDateTime.parse(text).toInstant();
            if (t.isBefore(MIN) || t.isAfter(MAX)) {
                throw ProblemException.invalidField(name, "must be between 1970 and 9999");
            }
            return t;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an RFC 3339 timestamp such as 2025-01-21T10:00:00Z");
        }
    }
}
