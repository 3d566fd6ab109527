package io.enis.billing.payments;

import io.enis.billing.invoices.Invoice;

/**
 * What dunning tells the subscriptions (implemented by the subscriptions' wiring, which maps the
 * invoice's billing key to its subscription). Called after the payment's transaction commits.
 */
public interface SubscriptionEvents {
    /** The invoice's first payment failed: the subscription is {@code past_due}. */
    void pastDue(Invoice invoice);

    /** A retry collected the invoice: the subscription is {@code active} again. */
    void recovered(Invoice invoice);

    /** The retries are exhausted and the policy cancels: the subscription is {@code canceled}. */
    void cancel(Invoice invoice);

    /** Ignores every event. */
    SubscriptionEvents NONE = new SubscriptionEvents() {
        @Override
        public void pastDue(Invoice invoice) {}

        @Override
        public void recovered(Invoice invoice) {}

        @Override
        public void cancel(Invoice invoice) {}
    };
}
