package io.enis.billing.invoices;

import io.enis.kit.domain.InvalidInputException;
import java.util.Objects;

/**
 * A coupon redeemed on a subscription, seen from one invoice: {@code periodIndex} is how many
 * billing periods have passed since redemption (0 for the first invoice), which decides with the
 * coupon's duration whether it discounts this invoice.
 */
public record AppliedCoupon(Coupon coupon, int periodIndex) {
    /** @throws InvalidInputException on {@code coupons.period_index} when negative */
    public AppliedCoupon {
        Objects.requireNonNull(coupon, "coupon");
        if (periodIndex < 0) {
            throw InvalidInputException.field("coupons.period_index", periodIndex + " is negative; allowed: 0 or more");
        }
    }

    public boolean active() {
        return coupon.appliesTo(periodIndex);
    }
}
