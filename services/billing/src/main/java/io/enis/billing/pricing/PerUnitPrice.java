package io.enis.billing.pricing;

import io.enis.billing.money.Currency;
import io.enis.kit.domain.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** Every unit at one price: quantity × unit price, rounded once. */
public record PerUnitPrice(Currency currency, UnitPrice unitPrice) implements Price {
    /** @throws InvalidInputException on {@code currency} or {@code unit_price} when missing */
    public PerUnitPrice {
        if (currency == null) {
            throw InvalidInputException.field("currency", "is required");
        }
        if (unitPrice == null) {
            throw InvalidInputException.field(
                    "unit_price", "is required; allowed: " + UnitPrice.REQUIRED + ", zero or more");
        }
    }

    public static PerUnitPrice of(Currency currency, UnitPrice unitPrice) {
        return new PerUnitPrice(currency, unitPrice);
    }

    @Override
    public PricingModel model() {
        return PricingModel.PER_UNIT;
    }

    @Override
    public Charge charge(Quantity quantity) {
        Objects.requireNonNull(quantity, "quantity");
        var inputs = new LinkedHashMap<String, String>();
        inputs.put("quantity", quantity.toString());
        inputs.put("currency", currency.code());
        inputs.put("unit_price", unitPrice.toString());
        return Charge.of(
                model(), "quantity × unit_price", inputs, List.of(), unitPrice.times(quantity.value()), currency);
    }
}
