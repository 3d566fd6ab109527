package io.enis.billing.invoices;

import io.enis.kit.domain.InvalidInputException;
import java.util.Objects;

/**
 * A coupon redeemed on a subscription, seen from one invoice: {@code periodIndex} is how many
 * billing periods have passed since redemption (0 for the first invoice), which decides with the
 * coupon's duration whether it discounts this invoice; {@code consumedBy} names the invoice of the
 * same subscription that already took a {@code once} coupon (an immediate {@code always_invoice}
 * invoice of the period, or the period's invoice, whichever came first), {@code null} when none did.
 */
public record AppliedCoupon(Coupon coupon, int periodIndex, String consumedBy) {
    /** @throws InvalidInputException on {@code coupons.period_index} when negative */
    public AppliedCoupon {
        Objects.requireNonNull(coupon, "coupon");
        if (periodIndex < 0) {
            throw InvalidInputException.field("coupons.period_index", periodIndex + " is negative; allowed: 0 or more");
        }
    }

    /** A coupon no other invoice has consumed. */
    public AppliedCoupon(Coupon coupon, int periodIndex) {
        this(coupon, periodIndex, null);
    }

    /** Whether it discounts this invoice: its duration covers the period and no other invoice consumed it. */
    public boolean active() {
        return consumedBy == null && coupon.appliesTo(periodIndex);
    }
}
