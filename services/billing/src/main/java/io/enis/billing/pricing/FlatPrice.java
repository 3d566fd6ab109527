package io.enis.billing.pricing;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** A fixed amount per period, whatever the quantity (a platform fee). The quantity is still traced. */
public record FlatPrice(Money amount) implements Price {
    /** @throws InvalidInputException on {@code amount} when missing, negative or above {@link Ceilings#MAX_AMOUNT_MINOR} */
    public FlatPrice {
        if (amount == null) {
            throw InvalidInputException.field("amount", "is required; an amount zero or more");
        }
        if (amount.isNegative()) {
            throw InvalidInputException.field("amount", amount + " is negative; allowed: zero or more");
        }
        Ceilings.requireAmount("amount", amount);
    }

    public static FlatPrice of(Money amount) {
        return new FlatPrice(amount);
    }

    @Override
    public Currency currency() {
        return amount.currency();
    }

    @Override
    public PricingModel model() {
        return PricingModel.FLAT;
    }

    @Override
    public Charge charge(Quantity quantity) {
        Objects.requireNonNull(quantity, "quantity");
        var inputs = new LinkedHashMap<String, String>();
        inputs.put("quantity", quantity.toString());
        inputs.put("currency", currency().code());
        inputs.put("amount", Long.toString(amount.minor()));
        return Charge.of(
                model(),
                "amount (independent of quantity)",
                inputs,
                List.of(),
                BigDecimal.valueOf(amount.minor()),
                currency());
    }
}
