package io.enis.scorecard.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * A dashboard's time range: the last {@code last} up to now, or the fixed interval {@code [from, to)}.
 * Exactly one of {@code last} and {@code from}/{@code to} is set.
 */
public record TimeRange(Duration last, Instant from, Instant to) {
    public static TimeRange lastOf(Duration d) {
        return new TimeRange(d, null, null);
    }

    public static TimeRange fixed(Instant from, Instant to) {
        return new TimeRange(null, from, to);
    }

    /** The start of the range at {@code now}. */
    public Instant start(Instant now) {
        return last != null ? now.minus(last) : from;
    }

    /** The time the dashboard is evaluated at: now, or the end of a fixed range already past. */
    public Instant asOf(Instant now) {
        return last != null || to.isAfter(now) ? now : to.minusMillis(1);
    }
}
