package io.enis.billing.discounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A coupon applied to a subscription: it discounts the invoices of the subscription's regular
 * periods starting at {@code firstPeriodStart} or later (the period running at redemption, or the
 * first after a trial), for the coupon's duration counted in those periods.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Discount(
        String id, String subscriptionId, StoredCoupon coupon, Instant firstPeriodStart, Instant createdAt) {
    @JsonProperty("object")
    public String object() {
        return "discount";
    }
}
