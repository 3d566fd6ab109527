package io.enis.billing.invoicing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.payments.AttachedMethod;
import io.enis.billing.payments.PaymentProvider;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * A customer's payment methods (table {@code customer_payment_methods}). {@link #attach} attaches
 * the method to the customer's account at the provider (with Stripe: the Stripe customer, created
 * first under {@code enis-customer-<id>} when the customer has none, then
 * {@code PaymentMethod.attach} and {@code invoice_settings.default_payment_method}), then records it
 * as the default in one transaction; invoices are charged on the default ({@link CustomerPayers}).
 * With {@code PAYMENT_PROVIDER=offline} the method is only recorded (type {@code offline}): nothing
 * is ever charged on it.
 *
 * <p>The rows are money data, so every change is audited in the same transaction (table
 * {@code customer_payment_method_audit}, append-only, {@link #history}): who, when, the action
 * ({@code attached}, {@code reattached}, {@code default_removed}) and the row before (none when
 * attached) and after. The same transaction appends {@code payment_method.attached} (a method new to
 * the customer) and {@code payment_method.default_changed} (the default is another method than
 * before) to the {@link EventOutbox}.
 */
public final class PaymentMethods {
    private final Jdbi jdbi;
    private final Customers customers;
    private final PaymentProvider provider;
    private final CustomerPayers payers;
    private final Clock clock;
    private final EventOutbox outbox;

    /** Methods whose changes announce nothing ({@link EventOutbox#disabled()}). */
    public PaymentMethods(
            Jdbi jdbi, Customers customers, PaymentProvider provider, CustomerPayers payers, Clock clock) {
        this(jdbi, customers, provider, payers, clock, EventOutbox.disabled());
    }

    /** @param outbox receives {@code payment_method.attached} and {@code payment_method.default_changed} */
    public PaymentMethods(
            Jdbi jdbi,
            Customers customers,
            PaymentProvider provider,
            CustomerPayers payers,
            Clock clock,
            EventOutbox outbox) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.payers = Objects.requireNonNull(payers, "payers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** One audited change of a payment method row: the row before ({@code null} when attached) and after. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Change(
            String paymentMethodId, String action, String actor, Instant at, JsonNode before, JsonNode after) {}

    /**
     * Attaches {@code paymentMethodId} and makes it the customer's default; attaching it again makes
     * it the default again (its type, brand and last four digits refreshed from the provider). The
     * customer's row is locked for the transaction, so concurrent attaches leave exactly one default.
     *
     * @throws io.enis.kit.domain.NotFoundException     no such customer, or the provider knows no such method
     * @throws io.enis.kit.domain.UnprocessableException {@code stripe-refused} naming Stripe's parameter
     * @throws io.enis.kit.domain.UnavailableException  Stripe cannot be reached
     */
    public PaymentMethod attach(String customerId, String paymentMethodId, String actor) {
        Customer customer = customers.get(customerId);
        AttachedMethod attached = provider.attachPaymentMethod(payers.providerCustomer(customer), paymentMethodId);
        Instant now = Instant.ofEpochMilli(clock.millis());
        String type = attached.type() == null ? "unknown" : attached.type();
        return jdbi.inTransaction(h -> {
            h.createQuery("select id from customers where id = :customer for update")
                    .bind("customer", customerId)
                    .mapTo(String.class)
                    .one();
            List<PaymentMethod> current = list(h, customerId);
            Optional<PaymentMethod> previousDefault =
                    current.stream().filter(PaymentMethod::isDefault).findFirst();
            Optional<PaymentMethod> existing =
                    current.stream().filter(m -> m.id().equals(paymentMethodId)).findFirst();
            PaymentMethod after = new PaymentMethod(
                    paymentMethodId,
                    customerId,
                    provider.name(),
                    type,
                    attached.brand(),
                    attached.last4(),
                    true,
                    existing.map(PaymentMethod::createdAt).orElse(now));
            if (previousDefault.isPresent() && !previousDefault.get().id().equals(paymentMethodId)) {
                PaymentMethod was = previousDefault.get();
                h.createUpdate("""
                                update customer_payment_methods set is_default = false, actor = :actor
                                where customer_id = :customer and payment_method_id = :pm""")
                        .bind("actor", actor)
                        .bind("customer", customerId)
                        .bind("pm", was.id())
                        .execute();
                audit(h, "default_removed", actor, now, was, was.withDefault(false));
            }
            if (existing.isPresent()) {
                bound(h.createUpdate("""
                                update customer_payment_methods set provider = :provider, type = :type, brand = :brand,
                                  last4 = :last4, is_default = true, actor = :actor
                                where customer_id = :customer and payment_method_id = :pm"""), after, actor).execute();
                audit(h, "reattached", actor, now, existing.get(), after);
            } else {
                bound(h.createUpdate("""
                                insert into customer_payment_methods (customer_id, payment_method_id, provider, type, brand, last4,
                                  is_default, actor, created_at)
                                values (:customer, :pm, :provider, :type, :brand, :last4, true, :actor, :at)"""), after, actor).execute();
                audit(h, "attached", actor, now, null, after);
                outbox.append(h, "payment_method.attached", paymentMethodId, event(after, null));
            }
            String previousId = previousDefault.map(PaymentMethod::id).orElse(null);
            if (!paymentMethodId.equals(previousId)) {
                outbox.append(h, "payment_method.default_changed", customerId, event(after, previousId));
            }
            return after;
        });
    }

    /** Binds a payment method row's columns and the actor. */
    private static Update bound(Update update, PaymentMethod m, String actor) {
        return update.bind("customer", m.customerId())
                .bind("pm", m.id())
                .bind("provider", m.provider())
                .bind("type", m.type())
                .bind("brand", m.brand())
                .bind("last4", m.last4())
                .bind("actor", actor)
                .bind("at", m.createdAt().toEpochMilli());
    }

    private static Map<String, Object> event(PaymentMethod m, String previousDefault) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customer_id", m.customerId());
        data.put("payment_method_id", m.id());
        data.put("provider", m.provider());
        data.put("type", m.type());
        data.put("brand", m.brand());
        data.put("last4", m.last4());
        data.put("default", m.isDefault());
        data.put("previous_default_payment_method_id", previousDefault);
        return data;
    }

    private static void audit(
            Handle h, String action, String actor, Instant at, PaymentMethod before, PaymentMethod after) {
        h.createUpdate("""
                        insert into customer_payment_method_audit (customer_id, payment_method_id, action, actor, at, before_doc, after_doc)
                        values (:customer, :pm, :action, :actor, :at, :before, :after)""")
                .bind("customer", after.customerId())
                .bind("pm", after.id())
                .bind("action", action)
                .bind("actor", actor)
                .bind("at", at.toEpochMilli())
                .bind("before", before == null ? null : Json.write(before))
                .bind("after", Json.write(after))
                .execute();
    }

    /**
     * The customer's methods, the default first, then newest first.
     *
     * @throws io.enis.kit.domain.NotFoundException no such customer
     */
    public List<PaymentMethod> list(String customerId) {
        customers.get(customerId);
        return jdbi.withHandle(h -> list(h, customerId));
    }

    private static List<PaymentMethod> list(Handle h, String customerId) {
        return h.createQuery("""
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
                .list();
    }

    /**
     * Every recorded change of the customer's payment methods, oldest first.
     *
     * @throws io.enis.kit.domain.NotFoundException no such customer
     */
    public List<Change> history(String customerId) {
        customers.get(customerId);
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from customer_payment_method_audit where customer_id = :customer order by id")
                .bind("customer", customerId)
                .map((rs, c) -> new Change(
                        rs.getString("payment_method_id"),
                        rs.getString("action"),
                        rs.getString("actor"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        document(rs.getString("before_doc")),
                        document(rs.getString("after_doc"))))
                .list());
    }

    private static JsonNode document(String json) {
        return json == null ? null : Json.parse(json.getBytes(StandardCharsets.UTF_8));
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
