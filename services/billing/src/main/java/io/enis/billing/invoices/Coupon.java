package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * A discount, as Stripe's coupons: either {@code percentOff} (more than 0, at most 100, at most 4
 * decimals) or {@code amountOff} (a positive amount in the invoice's currency), never both; and a
 * {@code duration}: {@link Duration#ONCE} (the first invoice after redemption),
 * {@link Duration#REPEATING} ({@code durationPeriods} invoices, at least 1) or
 * {@link Duration#FOREVER}. Build with {@link #percent} or {@link #amount}.
 */
public record Coupon(String id, BigDecimal percentOff, Money amountOff, Duration duration, int durationPeriods) {
    /** How long a redeemed coupon keeps applying. */
    public enum Duration {
        ONCE,
        REPEATING,
        FOREVER
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws InvalidInputException naming {@code coupon.*} for each rule above */
    public Coupon {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.field("coupon.id", "is required");
        }
        if ((percentOff == null) == (amountOff == null)) {
            throw InvalidInputException.field("coupon", "exactly one of percent_off and amount_off is required");
        }
        if (percentOff != null
                && (percentOff.signum() <= 0
                        || percentOff.compareTo(HUNDRED) > 0
                        || percentOff.stripTrailingZeros().scale() > 4)) {
            throw InvalidInputException.field(
                    "coupon.percent_off",
                    "'" + percentOff.toPlainString()
                            + "' is not allowed; allowed: more than 0, at most 100, at most 4 decimals");
        }
        if (amountOff != null && amountOff.minor() <= 0) {
            throw InvalidInputException.field(
                    "coupon.amount_off", "'" + amountOff + "' is not allowed; allowed: more than 0");
        }
        if (duration == null) {
            throw InvalidInputException.field("coupon.duration", "is required; allowed: once, repeating, forever");
        }
        if ((duration == Duration.REPEATING) != (durationPeriods > 0)) {
            throw InvalidInputException.field(
                    "coupon.duration_periods",
                    durationPeriods + " is not allowed; allowed: at least 1 with duration repeating, 0 otherwise");
        }
        if (percentOff != null) {
            percentOff = percentOff.stripTrailingZeros();
            if (percentOff.scale() < 0) {
                percentOff = percentOff.setScale(0);
            }
        }
    }

    public static Coupon percent(String id, BigDecimal percentOff, Duration duration, int durationPeriods) {
        return new Coupon(id, percentOff, null, duration, durationPeriods);
    }

    public static Coupon amount(String id, Money amountOff, Duration duration, int durationPeriods) {
        return new Coupon(id, null, amountOff, duration, durationPeriods);
    }

    /**
     * Whether the coupon still applies to the invoice of billing period {@code periodIndex}, counted
     * from 0 for the first invoice after redemption.
     */
    public boolean appliesTo(int periodIndex) {
        return switch (duration) {
            case ONCE -> periodIndex == 0;
            case REPEATING -> periodIndex < durationPeriods;
            case FOREVER -> true;
        };
    }
}
