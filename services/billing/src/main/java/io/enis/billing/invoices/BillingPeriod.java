package io.enis.billing.invoices;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open interval [start, end) of time that a line bills, to the second (proration is to the
 * second, as Stripe's). {@link #days()} is the length in days with up to 6 decimals, for traces.
 */
public record BillingPeriod(Instant start, Instant end) {
    /** @throws InvalidInputException on {@code period} when a bound is missing or end is not after start */
    public BillingPeriod {
        if (start == null || end == null) {
            throw InvalidInputException.field("period", "start and end are required");
        }
        if (!end.isAfter(start)) {
            throw InvalidInputException.field("period", "end " + end + " must be after start " + start);
        }
    }

    public long seconds() {
        return Duration.between(start, end).toSeconds();
    }

    /** The length in days, exact to 6 decimals (half-even), e.g. {@code 30} or {@code 12.5}. */
    public BigDecimal days() {
        return BigDecimal.valueOf(seconds())
                .divide(BigDecimal.valueOf(86_400), 6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    /** True when {@code other} lies within this period. */
    public boolean contains(BillingPeriod other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }
}
