package io.enis.billing.invoicing;

import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.money.Currency;
import io.enis.billing.payments.PaymentProvider;
import io.enis.billing.payments.PaymentService;
import io.enis.billing.payments.StripeAmounts;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Who pays an invoice: the invoice's customer at the provider, charged on the default payment
 * method recorded by {@link PaymentMethods} (none recorded: the provider's default for the
 * customer). A customer without a {@code stripe_customer_id} gets one created at Stripe on its first
 * payment or payment method (under the idempotency key {@code enis-customer-<id>}) and recorded; the
 * offline provider needs none and records nothing.
 */
public final class CustomerPayers implements PaymentService.Payers {
    private final Jdbi jdbi;
    private final Customers customers;
    private final PaymentProvider provider;

    public CustomerPayers(Jdbi jdbi, Customers customers, PaymentProvider provider) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    @Override
    public PaymentService.Payer payerFor(Invoice invoice) {
        Customer c = customers.get(invoice.customerId());
        String method = jdbi.withHandle(h -> PaymentMethods.defaultFor(h, c.id(), provider.name()))
                .orElse(null);
        // a currency Stripe cannot charge is refused by the charge itself, recorded as a declined attempt
        return new PaymentService.Payer(linked(c), method);
    }

    /**
     * The customer's id at the provider, created (and with Stripe recorded) when it has none: the
     * payment-method path.
     *
     * @throws io.enis.kit.domain.UnprocessableException {@code stripe-amount-unsupported} on {@code currency}
     *                                                   when the provider is Stripe and the customer's
     *                                                   currency is one Stripe does not support
     */
    String providerCustomer(Customer c) {
        if (provider.name().equals("stripe")) {
            StripeAmounts.requireSupported(Currency.of(c.currency()));
        }
        return linked(c);
    }

    private String linked(Customer c) {
        if (c.stripeCustomerId() != null) {
            return c.stripeCustomerId();
        }
        String created = provider.createCustomer(c.id(), c.email(), c.name(), "enis-customer-" + c.id());
        if (!provider.name().equals("stripe")) {
            return created;
        }
        return customers.linkStripeCustomer(c.id(), created);
    }
}
