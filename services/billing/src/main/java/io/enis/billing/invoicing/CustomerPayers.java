package io.enis.billing.invoicing;

import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.payments.PaymentProvider;
import io.enis.billing.payments.PaymentService;
import java.util.Objects;

/**
 * Who pays an invoice: the invoice's customer at the provider, charged on its default payment
 * method. A customer without a {@code stripe_customer_id} gets one created at Stripe on its first
 * payment (under the idempotency key {@code enis-customer-<id>}) and recorded; the offline provider
 * needs none and records nothing.
 */
public final class CustomerPayers implements PaymentService.Payers {
    private final Customers customers;
    private final PaymentProvider provider;

    public CustomerPayers(Customers customers, PaymentProvider provider) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public PaymentService.Payer payerFor(Invoice invoice) {
        Customer c = customers.get(invoice.customerId());
        if (c.stripeCustomerId() != null) {
            return new PaymentService.Payer(c.stripeCustomerId(), null);
        }
        String created = provider.createCustomer(c.id(), c.email(), c.name(), "enis-customer-" + c.id());
        if (!provider.name().equals("stripe")) {
            return new PaymentService.Payer(created, null);
        }
        return new PaymentService.Payer(customers.linkStripeCustomer(c.id(), created), null);
    }
}
