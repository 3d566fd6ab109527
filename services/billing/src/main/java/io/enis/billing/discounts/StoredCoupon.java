package io.enis.billing.discounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.enis.billing.invoices.Coupon;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon as the catalogue keeps it: the discount ({@code percentOff} as a decimal string, or
 * {@code amountOffMinor} in {@code currency}), its {@code duration} ({@code once}, {@code repeating}
 * for {@code durationPeriods} invoices, {@code forever}), and the redemption limits: at most
 * {@code maxRedemptions} subscriptions ({@code null}: no limit), until {@code redeemBy}
 * ({@code null}: no end); {@code timesRedeemed} so far.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoredCoupon(
        String id,
        String name,
        String percentOff,
        Long amountOffMinor,
        String currency,
        String duration,
        int durationPeriods,
        Integer maxRedemptions,
        int timesRedeemed,
        Instant redeemBy,
        Instant createdAt) {

    @JsonProperty("object")
    public String object() {
        return "coupon";
    }

    /** The invoice domain's coupon, which discounts invoice lines. */
    public Coupon coupon() {
        Coupon.Duration d = Coupon.Duration.valueOf(duration.toUpperCase(java.util.Locale.ROOT));
        return percentOff != null
                ? Coupon.percent(id, new BigDecimal(percentOff), d, durationPeriods)
                : Coupon.amount(id, Money.of(amountOffMinor, Currency.of(currency)), d, durationPeriods);
    }
}
