package io.enis.billing.pricing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One tier's part of a tiered line, in a {@link Trace}: tier {@code index} spans
 * ({@code from}, {@code upTo}] (upTo empty: unbounded), {@code quantity} units of the line fell in
 * it (for volume: the whole quantity, in the one tier it selects), at {@code unitPrice} minor units
 * each, giving {@code exactMinor} minor units before the line's rounding.
 */
public record TierUse(
        int index,
        BigDecimal from,
        Optional<BigDecimal> upTo,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal exactMinor) {}
