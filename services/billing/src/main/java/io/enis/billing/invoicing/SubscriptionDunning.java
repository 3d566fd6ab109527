package io.enis.billing.invoicing;

import io.enis.billing.invoices.Invoice;
import io.enis.billing.payments.SubscriptionEvents;
import io.enis.billing.subscriptions.ProrationBehavior;
import io.enis.billing.subscriptions.SubscriptionRequests;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.NotFoundException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dunning's effect on the subscription an invoice bills (its billing key names it): the first
 * failed payment makes an active subscription {@code past_due}, a later success makes it
 * {@code active} again, exhausted retries cancel it now (no proration: the unpaid period is not
 * credited). A subscription already elsewhere (trialing, canceled, past due from another invoice)
 * is left as it is, and that is logged.
 */
public final class SubscriptionDunning implements SubscriptionEvents {
    /** The actor recorded in the subscription's history. */
    static final String ACTOR = "dunning";

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionDunning.class);

    private final Subscriptions subscriptions;

    public SubscriptionDunning(Subscriptions subscriptions) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
    }

    @Override
    public void pastDue(Invoice invoice) {
        apply(invoice, "past_due", id -> subscriptions.markPastDue(id, ACTOR));
    }

    @Override
    public void recovered(Invoice invoice) {
        apply(invoice, "recover", id -> subscriptions.recover(id, ACTOR));
    }

    @Override
    public void cancel(Invoice invoice) {
        apply(
                invoice,
                "cancel",
                id -> subscriptions.cancel(
                        id,
                        new SubscriptionRequests.Cancel(SubscriptionRequests.Timing.NOW, ProrationBehavior.NONE),
                        ACTOR));
    }

    private static void apply(Invoice invoice, String what, java.util.function.Consumer<String> change) {
        String id = SubscriptionBilling.subscriptionOf(invoice.billingKey());
        try {
            change.accept(id);
        } catch (ConflictException | NotFoundException e) {
            LOG.info(
                    "dunning of invoice {}: {} of subscription {} not applied: {}",
                    invoice.id(),
                    what,
                    id,
                    e.getMessage());
        }
    }
}
