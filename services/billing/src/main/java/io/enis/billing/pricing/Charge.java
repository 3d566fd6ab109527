package io.enis.billing.pricing;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.money.Rounding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A priced line: its amount, rounded once by {@link Rounding}, and the {@link Trace} of how. */
public record Charge(Money amount, Trace trace) {
    /**
     * Rounds {@code exactMinor} half-even to whole minor units and records the trace.
     *
     * @throws io.enis.billing.money.MoneyOverflowException when the amount does not fit a {@code long}
     */
    static Charge of(
            PricingModel model,
            String formula,
            Map<String, String> inputs,
            List<TierUse> tiers,
            BigDecimal exactMinor,
            Currency currency) {
        Money amount = Rounding.toMoney(exactMinor, currency);
        return new Charge(amount, new Trace(model, formula, inputs, tiers, exactMinor, amount.minor(), Rounding.RULE));
    }
}
