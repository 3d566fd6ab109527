package io.enis.billing.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.Price;
import io.enis.billing.pricing.Quantity;
import java.time.Instant;
import java.util.List;

/**
 * How a product is sold: in {@code currency}, every {@code intervalCount} {@code interval}s, with an
 * optional recurring {@code fee} priced on the subscription's quantity (seats; a flat fee ignores it)
 * and billed in advance, {@code charges} for metered usage billed in arrears, and {@code trialDays}
 * free days before the first period. Plans never change once created: a new price is a new plan.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Plan(String id, String code, String name, String productId, String currency, BillingInterval interval,
                   int intervalCount, int trialDays, @JsonSerialize(using = PriceJson.Serializer.class) Price fee,
                   List<MeteredCharge> charges, Instant createdAt) {

    /** The recurring fee for a whole period at {@code quantity}: zero without a fee. */
    public Money periodFee(long quantity) {
        return fee == null ? Money.zero(Currency.of(currency)) : fee.charge(Quantity.of(quantity)).amount();
    }

    /** The start of period {@code n} counted from {@code anchor}. */
    public Instant periodStart(Instant anchor, long n) {
        return interval.periodStart(anchor, intervalCount, n);
    }

    /** Whether the plan charges for {@code metricCode}. */
    public boolean meters(String metricCode) {
        return charges.stream().anyMatch(c -> c.metricCode().equals(metricCode));
    }
}
