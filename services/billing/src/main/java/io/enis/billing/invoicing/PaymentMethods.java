package io.enis.billing.invoicing;

import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.payments.AttachedMethod;
import io.enis.billing.payments.PaymentProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A customer's payment methods (table {@code customer_payment_methods}). {@link #attach} attaches
 * the method to the customer's account at the provider (with Stripe: the Stripe customer, created
 * first under {@code enis-customer-<id>} when the customer has none, then
 * {@code PaymentMethod.attach} and {@code invoice_settings.default_payment_method}), then records it
 * as the default in one transaction; invoices are charged on the default ({@link CustomerPayers}).
 * With {@code PAYMENT_PROVIDER=offline} the method is only recorded (type {@code offline}): nothing
 * is ever charged on it.
 */
public final class PaymentMethods {
    private final Jdbi jdbi;
    private final Customers customers;
    private final PaymentProvider provider;
    private final CustomerPayers payers;
    private final Clock clock;

    public PaymentMethods(
            Jdbi jdbi, Customers customers, PaymentProvider provider, CustomerPayers payers, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.payers = Objects.requireNonNull(payers, "payers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Attaches {@code paymentMethodId} and makes it the customer's default; attaching it again makes
     * it the default again.
     *
     * @throws io.enis.kit.domain.NotFoundException     no such customer, or the provider knows no such method
     * @throws io.enis.kit.domain.UnprocessableException {@code stripe-refused} naming Stripe's parameter
     * @throws io.enis.kit.domain.UnavailableException  Stripe cannot be reached
     */
    public PaymentMethod attach(String customerId, String paymentMethodId, String actor) {
        Customer customer = customers.get(customerId);
        AttachedMethod attached = provider.attachPaymentMethod(payers.providerCustomer(customer), paymentMethodId);
        Instant now = Instant.ofEpochMilli(clock.millis());
        return jdbi.inTransaction(h -> {
            h.createUpdate(
                            "delete from customer_payment_methods where customer_id = :customer and payment_method_id = :pm")
                    .bind("customer", customerId)
                    .bind("pm", paymentMethodId)
                    .execute();
            h.createUpdate("update customer_payment_methods set is_default = false where customer_id = :customer")
                    .bind("customer", customerId)
                    .execute();
            h.createUpdate("""
                            insert into customer_payment_methods (customer_id, payment_method_id, provider, type, brand, last4,
                              is_default, actor, created_at)
                            values (:customer, :pm, :provider, :type, :brand, :last4, true, :actor, :at)""")
                    .bind("customer", customerId)
                    .bind("pm", paymentMethodId)
                    .bind("provider", provider.name())
                    .bind("type", attached.type() == null ? "unknown" : attached.type())
                    .bind("brand", attached.brand())
                    .bind("last4", attached.last4())
                    .bind("actor", actor)
                    .bind("at", now.toEpochMilli())
                    .execute();
            return new PaymentMethod(
                    paymentMethodId,
                    customerId,
                    provider.name(),
                    attached.type() == null ? "unknown" : attached.type(),
                    attached.brand(),
                    attached.last4(),
                    true,
                    now);
        });
    }

    /**
     * The customer's methods, the default first, then newest first.
     *
     * @throws io.enis.kit.domain.NotFoundException no such customer
     */
    public List<PaymentMethod> list(String customerId) {
        customers.get(customerId);
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from customer_payment_methods where customer_id = :customer
                        order by is_default desc, created_at desc, payment_method_id""")
                .bind("customer", customerId)
                .map((rs, c) -> new PaymentMethod(
                        rs.getString("payment_method_id"),
                        customerId,
                        rs.getString("provider"),
                        rs.getString("type"),
                        rs.getString("brand"),
                        rs.getString("last4"),
                        rs.getBoolean("is_default"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }

    /** The customer's default method at {@code provider}, if one is recorded. */
    static Optional<String> defaultFor(Handle h, String customerId, String provider) {
        return h.createQuery("""
                        select payment_method_id from customer_payment_methods
                        where customer_id = :customer and provider = :provider and is_default""")
                .bind("customer", customerId)
                .bind("provider", provider)
                .mapTo(String.class)
                .findOne();
    }
}
