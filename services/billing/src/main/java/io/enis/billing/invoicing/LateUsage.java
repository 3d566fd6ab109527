package io.enis.billing.invoicing;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceStore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Usage accepted after a period's draft was created is billed exactly once. A draft created on
 * demand before the period's grace period is over is rated with the usage recorded so far; the usage
 * ingest keeps accepting late events for the period until its invoice is <em>finalized</em> (then it
 * refuses them, {@code period-invoiced}, naming the invoice). So a draft is re-rated when it is
 * finalized ({@link InvoiceStore#finalizeRerated}): the period's input is computed again — the
 * subscription locked, then the period's events read — and the draft's lines replaced when they
 * differ, in the transaction that finalizes it. The ingest locks the subscription too before it checks
 * for a finalized invoice, so an event is either committed before that read (and on the invoice, its
 * id in the usage line's SHA-256 and count) or checked after the invoice is final (and refused).
 * Re-rating is deterministic: the same events give the same lines, byte for byte.
 */
public final class LateUsage {
    private final SubscriptionBilling billing;

    public LateUsage(SubscriptionBilling billing) {
        this.billing = Objects.requireNonNull(billing, "billing");
    }

    /**
     * What a draft bills now: for a subscription period's draft ({@link SubscriptionBilling#billingKey}),
     * the period rated again; empty for another invoice (an {@code always_invoice} proration invoice,
     * whose lines do not change).
     */
    public Optional<BillingInput> fresh(Invoice draft) {
        String key = draft.billingKey();
        int slash = key.indexOf('/');
        String start = slash < 0 ? "" : key.substring(slash + 1);
        if (start.isEmpty() || !start.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(
                billing.input(SubscriptionBilling.subscriptionOf(key), Instant.ofEpochMilli(Long.parseLong(start))));
    }
}
