package io.enis.billing.invoices;

import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An invoice's life, as Stripe Billing names it: {@code draft} (editable, no number) → {@code open}
 * (finalized: numbered, immutable, collectable) → {@code paid}, {@code void} or
 * {@code uncollectible}; an uncollectible invoice may still be paid or voided later. {@code paid}
 * and {@code void} are final.
 */
public enum InvoiceStatus {
    DRAFT,
    OPEN,
    PAID,
    VOID,
    UNCOLLECTIBLE;

    private Set<InvoiceStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(OPEN);
            case OPEN -> Set.of(PAID, VOID, UNCOLLECTIBLE);
            case UNCOLLECTIBLE -> Set.of(PAID, VOID);
            case PAID, VOID -> Set.of();
        };
    }

    /** The API's spelling: {@code draft}, {@code open}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws ConflictException on field {@code status} when this state cannot move to {@code target},
     *                           naming both and the states allowed from here
     */
    public void requireCanMoveTo(InvoiceStatus target, String invoiceId) {
        if (!next().contains(target)) {
            String allowed = next().isEmpty()
                    ? "none, " + wire() + " is final"
                    : String.join(
                            ", ",
                            next().stream().map(InvoiceStatus::wire).sorted().toList());
            throw new ConflictException(
                    "invoice " + invoiceId + " is " + wire() + " and cannot become " + target.wire(),
                    List.of(new Violation("status", "is " + wire() + "; allowed next: " + allowed)));
        }
    }
}
