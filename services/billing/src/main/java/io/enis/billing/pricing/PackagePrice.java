package io.enis.billing.pricing;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * Whole packages of {@code packageSize} units at {@code packagePrice} each; a started package is a
 * whole package: {@code ceil(quantity / package_size) × package_price} (1,001 emails in packages of
 * 1,000 at 5.00 EUR is 2 packages, 10.00 EUR). Zero units is zero packages.
 */
public record PackagePrice(Money packagePrice, long packageSize) implements Price {
    /**
     * @throws InvalidInputException on {@code package_price} when missing, negative or above
     *                               {@link Ceilings#MAX_AMOUNT_MINOR}, on
     *                               {@code package_size} when less than 1
     */
    public PackagePrice {
        if (packagePrice == null) {
            throw InvalidInputException.field("package_price", "is required; an amount zero or more");
        }
        if (packagePrice.isNegative()) {
            throw InvalidInputException.field("package_price", packagePrice + " is negative; allowed: zero or more");
        }
        Ceilings.requireAmount("package_price", packagePrice);
        if (packageSize < 1) {
            throw InvalidInputException.field(
                    "package_size", packageSize + " is not allowed; a whole number of units, 1 or more");
        }
    }

    public static PackagePrice of(Money packagePrice, long packageSize) {
        return new PackagePrice(packagePrice, packageSize);
    }

    @Override
    public Currency currency() {
        return packagePrice.currency();
    }

    @Override
    public PricingModel model() {
        return PricingModel.PACKAGE;
    }

    @Override
    public Charge charge(Quantity quantity) {
        Objects.requireNonNull(quantity, "quantity");
        BigDecimal packages = quantity.value().divide(BigDecimal.valueOf(packageSize), 0, RoundingMode.CEILING);
        var inputs = new LinkedHashMap<String, String>();
        inputs.put("quantity", quantity.toString());
        inputs.put("currency", currency().code());
        inputs.put("package_size", Long.toString(packageSize));
        inputs.put("package_price", Long.toString(packagePrice.minor()));
        inputs.put("packages", packages.toPlainString());
        return Charge.of(
                model(),
                "ceil(quantity / package_size) × package_price",
                inputs,
                List.of(),
                packages.multiply(BigDecimal.valueOf(packagePrice.minor())),
                currency());
    }
}
