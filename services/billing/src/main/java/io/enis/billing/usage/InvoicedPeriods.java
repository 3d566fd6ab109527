package io.enis.billing.usage;

import io.enis.billing.invoicing.SubscriptionBilling;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Whether a closed period's invoice is already finalized, so that a late event for it would never be
 * billed: the ingest refuses it ({@code period-invoiced}, naming the invoice) instead of answering
 * 201. Read in the ingest's transaction after the subscription is locked (see
 * {@code io.enis.billing.invoicing.LateUsage} for why that makes an accepted event billed exactly
 * once). Only late events (for a period that has ended) pay for the query.
 */
final class InvoicedPeriods {
    private InvoicedPeriods() {}

    /**
     * The finalized invoice of the period, as {@code "<id> (<number>, <status>)"}; empty while there is
     * none or only a draft (the period's billing key is {@link SubscriptionBilling#billingKey}'s).
     */
    static Optional<String> finalizedInvoice(Handle h, String subscriptionId, Instant periodStart) {
        // by the unique (organisation_id, billing_key) index
        return h.createQuery("select id, number, status from invoices where organisation_id = :org"
                        + " and billing_key = :key and status <> 'DRAFT'")
                .bind("org", SubscriptionBilling.ORGANISATION)
                .bind("key", SubscriptionBilling.billingKey(subscriptionId, periodStart))
                .map((rs, c) -> rs.getString("id") + " (" + rs.getString("number") + ", "
                        + rs.getString("status").toLowerCase(java.util.Locale.ROOT) + ")")
                .findFirst();
    }
}
