package io.enis.billing.pricing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One band of a tiered price: units above the previous tier's {@code upTo} and up to and including
 * this one's cost {@code unitPrice} each. {@code upTo} is empty for the last, unbounded tier.
 * Checked as a list by {@link Tiers#validate}, which names {@code tiers[i].up_to} and
 * {@code tiers[i].unit_price}.
 */
public record Tier(Optional<BigDecimal> upTo, UnitPrice unitPrice) {
    /** A null {@code upTo} is read as empty (unbounded). */
    public Tier {
        upTo = upTo == null ? Optional.empty() : upTo;
    }

    /** A bounded tier: up to and including {@code upTo} units. */
    public static Tier upTo(BigDecimal upTo, UnitPrice unitPrice) {
        return new Tier(Optional.ofNullable(upTo), unitPrice);
    }

    /** @see #upTo(BigDecimal, UnitPrice) */
    public static Tier upTo(long upTo, String unitPriceMinor) {
        return new Tier(Optional.of(BigDecimal.valueOf(upTo)), UnitPrice.of("unit_price", unitPriceMinor));
    }

    /** The last tier: every unit above the previous tier. */
    public static Tier unbounded(UnitPrice unitPrice) {
        return new Tier(Optional.empty(), unitPrice);
    }

    /** @see #unbounded(UnitPrice) */
    public static Tier unbounded(String unitPriceMinor) {
        return unbounded(UnitPrice.of("unit_price", unitPriceMinor));
    }
}
