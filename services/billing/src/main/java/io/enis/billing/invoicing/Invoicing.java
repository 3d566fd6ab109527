package io.enis.billing.invoicing;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.store.Page;
import io.enis.billing.store.PageRequest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The invoice use cases of the API, over {@link InvoiceStore} for the organisation
 * {@link SubscriptionBilling#ORGANISATION}: list, read, create on demand for a subscription's
 * period, finalize, void, mark uncollectible ({@link CreditNotes} issues credit notes). Each write is
 * one transaction of the store.
 */
public final class Invoicing {
    /** An invoice and whether this request created it (false: the period already had it). */
    public record Created(Invoice invoice, boolean created) {}

    private final InvoiceStore store;
    private final SubscriptionBilling billing;

    public Invoicing(InvoiceStore store, SubscriptionBilling billing) {
        this.store = Objects.requireNonNull(store, "store");
        this.billing = Objects.requireNonNull(billing, "billing");
    }

    /**
     * The draft invoice of a subscription's ended period (rated now: the usage recorded so far), or
     * the invoice the period already has. The invoice run finalizes drafts once the period's grace
     * period is over; finalize it earlier with {@link #finalize}.
     *
     * @param periodStart {@code null}: the latest period that has ended
     * @see SubscriptionBilling#input
     */
    public Created create(String subscriptionId, Instant periodStart, String actor) {
        BillingInput input = billing.input(subscriptionId, periodStart);
        Optional<Invoice> existing = store.findByBillingKey(input.organisationId(), input.billingKey());
        if (existing.isPresent()) {
            return new Created(existing.get(), false);
        }
        return new Created(store.createDraft(input, actor), true);
    }

    /** One page of invoices, of one customer and in one status when given. */
    public Page<Invoice> list(String customerId, InvoiceStatus status, PageRequest page) {
        return store.page(SubscriptionBilling.ORGANISATION, customerId, status, page);
    }

    /** @throws io.enis.kit.domain.NotFoundException naming the id */
    public Invoice get(String id) {
        return store.get(id);
    }

    /** See {@link InvoiceStore#finalize}; a period's draft is re-rated first ({@link LateUsage}). */
    public Invoice finalize(String id, String actor) {
        return store.finalizeRerated(id, actor, new LateUsage(billing)::fresh);
    }

    /** See {@link InvoiceStore#voidInvoice}. */
    public Invoice voidInvoice(String id, String actor) {
        return store.voidInvoice(id, actor);
    }

    /** See {@link InvoiceStore#markUncollectible}. */
    public Invoice markUncollectible(String id, String actor) {
        return store.markUncollectible(id, actor);
    }
}
