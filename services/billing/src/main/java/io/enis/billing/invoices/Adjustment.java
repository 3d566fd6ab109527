package io.enis.billing.invoices;

/**
 * A discount or tax on one line, with its trace: which coupon or tax rate ({@code source}), the
 * {@code formula}, the unrounded {@code exactMinor} and the applied {@code minor} amount (positive:
 * a discount is subtracted, a tax added; a tax on a proration credit is negative).
 */
public record Adjustment(Kind kind, String source, String formula, String exactMinor, long minor) {
    /** What the adjustment does to the line. */
    public enum Kind {
        DISCOUNT,
        TAX
    }
}
