package io.enis.billing.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * The length of a billing period, in calendar units of UTC. Periods are counted from an anchor, never
 * from the previous period's end, so a monthly subscription anchored on 31 January ends its periods on
 * 28/29 February, 31 March, 30 April, 31 May (the day is clamped to the month's length, as Stripe does).
 */
public enum BillingInterval {
    DAY, WEEK, MONTH, YEAR;

    /** The start of period {@code n} (0-based) of {@code count} units each, counted from {@code anchor}. */
    public Instant periodStart(Instant anchor, int count, long n) {
        ZonedDateTime a = anchor.atZone(ZoneOffset.UTC);
        long units = n * count;
        ZonedDateTime start = switch (this) {
            case DAY -> a.plusDays(units);
            case WEEK -> a.plusWeeks(units);
            case MONTH -> a.plusMonths(units);
            case YEAR -> a.plusYears(units);
        };
        return start.toInstant();
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
