package io.enis.billing.invoices;

import java.util.List;

/**
 * One line's part of the invoice total: its {@code amount}, the discounts and taxes on it, and
 * {@code total} = amount − discounts + taxes, in minor units.
 */
public record LineTotal(int line, long amount, List<Adjustment> adjustments, long total) {
    public LineTotal {
        adjustments = List.copyOf(adjustments);
    }

    public long discount() {
        return adjustments.stream()
                .filter(a -> a.kind() == Adjustment.Kind.DISCOUNT)
                .mapToLong(Adjustment::minor)
                .sum();
    }

    public long tax() {
        return adjustments.stream()
                .filter(a -> a.kind() == Adjustment.Kind.TAX)
                .mapToLong(Adjustment::minor)
                .sum();
    }
}
