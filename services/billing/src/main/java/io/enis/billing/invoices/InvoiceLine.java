package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import java.util.Objects;

/**
 * One rated line: what it bills ({@code kind}, {@code description}, {@code quantity} as a decimal
 * string), its {@code amount} (negative only for a proration credit), the {@link LineTrace} of how,
 * and for usage lines the {@link UsageEvidence} (event count and SHA-256 of the event ids; null
 * otherwise).
 */
public record InvoiceLine(
        LineKind kind, String description, String quantity, Money amount, LineTrace trace, UsageEvidence usage) {
    public InvoiceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(trace, "trace");
        if (trace.roundedMinor() != amount.minor()) {
            throw new IllegalArgumentException(
                    "line amount " + amount.minor() + " differs from its trace " + trace.roundedMinor());
        }
        if ((kind == LineKind.USAGE) != (usage != null)) {
            throw new IllegalArgumentException("usage evidence belongs to usage lines, and every usage line has it");
        }
    }
}
