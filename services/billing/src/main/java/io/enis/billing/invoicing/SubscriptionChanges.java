package io.enis.billing.invoicing;

import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.payments.PaymentService;
import io.enis.billing.subscriptions.ProrationBehavior;
import io.enis.billing.subscriptions.Subscription;
import io.enis.billing.subscriptions.SubscriptionRequests;
import io.enis.billing.subscriptions.Subscriptions;
import io.enis.kit.domain.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscription changes that may bill at once: a plan change, a cancellation or a pause with
 * {@code proration_behavior=always_invoice} is applied by {@link Subscriptions}, then its
 * prorations ({@link SubscriptionBilling#immediateProrations}) are drafted as their own invoice,
 * finalized and collected like any finalized invoice. With {@code create_prorations} they wait for
 * the period's invoice, with {@code none} there are none.
 *
 * <p>A net credit (a downgrade, a cancellation) cannot be finalized on its own (an invoice asks for
 * zero or more): it stays on the period's invoice, as with {@code create_prorations}. If the
 * service stops between the change and its invoice, the prorations are not lost: the next
 * {@code always_invoice} change of the subscription invoices them, and otherwise the period's
 * invoice holds them. A refused collection (the provider declines) leaves the invoice open for
 * dunning; the change stands.
 */
public final class SubscriptionChanges {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionChanges.class);

    /** A change and the invoice it created at once, if any. */
    public record Changed(Subscription subscription, Optional<Invoice> invoice) {}

    private final Subscriptions subscriptions;
    private final SubscriptionBilling billing;
    private final InvoiceStore invoices;
    private final PaymentService payments;

    public SubscriptionChanges(
            Subscriptions subscriptions, SubscriptionBilling billing, InvoiceStore invoices, PaymentService payments) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.billing = Objects.requireNonNull(billing, "billing");
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.payments = Objects.requireNonNull(payments, "payments");
    }

    /** See {@link Subscriptions#changePlan}; bills the prorations at once with {@code always_invoice}. */
    public Changed changePlan(String id, SubscriptionRequests.ChangePlan req, String actor) {
        return billed(subscriptions.changePlan(id, req, actor), req.behavior(), actor);
    }

    /** See {@link Subscriptions#cancel}; bills the prorations at once with {@code always_invoice}. */
    public Changed cancel(String id, SubscriptionRequests.Cancel req, String actor) {
        return billed(subscriptions.cancel(id, req, actor), req.behavior(), actor);
    }

    /** See {@link Subscriptions#pause}; bills the prorations at once with {@code always_invoice}. */
    public Changed pause(String id, ProrationBehavior behavior, String actor) {
        return billed(subscriptions.pause(id, behavior, actor), behavior, actor);
    }

    private Changed billed(Subscription s, ProrationBehavior behavior, String actor) {
        if (behavior != ProrationBehavior.ALWAYS_INVOICE) {
            return new Changed(s, Optional.empty());
        }
        Optional<BillingInput> input = billing.immediateProrations(s.id());
        if (input.isEmpty()
                || Invoice.draft("in_preview", input.get(), Instant.EPOCH)
                        .totals()
                        .total()
                        .isNegative()) {
            return new Changed(s, Optional.empty());
        }
        Invoice invoice = invoices.createDraft(input.get(), actor);
        if (invoice.status() == InvoiceStatus.DRAFT && invoice.lines().isEmpty()) {
            // the period's invoice, written meanwhile, holds the prorations (InvoiceProrations)
            return new Changed(s, Optional.of(invoice));
        }
        if (invoice.status() == InvoiceStatus.DRAFT) {
            invoice = invoices.finalize(invoice.id(), actor);
        }
        if (invoice.status() == InvoiceStatus.OPEN) {
            try {
                payments.collect(invoice.id(), actor);
            } catch (DomainException refused) {
                LOG.warn("invoice {} of {} not collected: {}", invoice.id(), s.id(), refused.getMessage());
            }
        }
        return new Changed(s, Optional.of(invoices.get(invoice.id())));
    }
}
