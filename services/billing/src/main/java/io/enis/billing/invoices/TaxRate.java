package io.enis.billing.invoices;

import io.enis.kit.domain.InvalidInputException;
import java.math.BigDecimal;

/**
 * A tax applied on top of each line's amount after discounts (exclusive tax, as Stripe's
 * {@code inclusive: false} rates): {@code id} for traces, a {@code name} for the invoice
 * ("VAT 21%"), and {@code percent} between 0 and 100 with at most 4 decimals. Each line's tax is
 * rounded half-even once, like every amount.
 */
public record TaxRate(String id, String name, BigDecimal percent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** @throws InvalidInputException on {@code tax_rates} for a missing id or name, or a percent out of range */
    public TaxRate {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.field("tax_rates.id", "is required");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInputException.field("tax_rates.name", "is required");
        }
        if (percent == null
                || percent.signum() < 0
                || percent.compareTo(HUNDRED) > 0
                || percent.stripTrailingZeros().scale() > 4) {
            throw InvalidInputException.field(
                    "tax_rates.percent",
                    "'" + (percent == null ? null : percent.toPlainString())
                            + "' is not allowed; allowed: 0 to 100 with at most 4 decimals");
        }
        percent = percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
    }
}
