package io.enis.billing.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.enis.billing.store.Ids;
import io.enis.billing.store.JsonColumn;
import io.enis.billing.store.Page;
import io.enis.billing.store.PageRequest;
import io.enis.billing.store.Sql;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** Customers: create, read, list, replace. Each write is one transaction. */
public final class Customers {
    private static final TypeReference<List<TaxRate>> TAX_RATES = new TypeReference<>() {};
    private static final String COLUMNS = "id, external_id, name, email, currency, billing_address, tax_rates, "
            + "stripe_customer_id, created_at, updated_at";
    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public Customers(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** @throws ConflictException when {@code external_id} is taken */
    public Customer create(CustomerInput in) {
        Instant now = clock.instant();
        String id = ids.next("cus");
        try {
            jdbi.useTransaction(h -> bind(
                            h.createUpdate(
                                    "insert into customers (" + COLUMNS + ") values (:id, :external_id, "
                                            + ":name, :email, :currency, :billing_address, :tax_rates, :stripe_customer_id, :now, :now)"),
                            in)
                    .bind("id", id)
                    .bind("currency", in.currency())
                    .bind("now", now.toEpochMilli())
                    .execute());
        } catch (RuntimeException e) {
            throw taken(e, in);
        }
        return get(id);
    }

    /**
     * Replaces everything but the currency.
     *
     * @throws NotFoundException     when there is no such customer
     * @throws InvalidInputException on {@code currency} when it differs (a customer's currency is fixed)
     * @throws ConflictException     when {@code external_id} is taken
     */
    public Customer replace(String id, CustomerInput in) {
        try {
            jdbi.useTransaction(h -> {
                Customer current = h.createQuery("select " + COLUMNS + " from customers where id = :id for update")
                        .bind("id", id)
                        .map((rs, c) -> row(rs))
                        .findOne()
                        .orElseThrow(() -> new NotFoundException("no customer '" + id + "'"));
                if (!current.currency().equals(in.currency())) {
                    throw InvalidInputException.field(
                            "currency",
                            "is " + current.currency() + " and cannot change; " + "create another customer to bill in "
                                    + in.currency());
                }
                bind(
                                h.createUpdate("update customers set external_id = :external_id, name = :name, "
                                        + "email = :email, billing_address = :billing_address, tax_rates = :tax_rates, "
                                        + "stripe_customer_id = :stripe_customer_id, updated_at = :now where id = :id"),
                                in)
                        .bind("id", id)
                        .bind("now", clock.millis())
                        .execute();
            });
        } catch (RuntimeException e) {
            throw taken(e, in);
        }
        return get(id);
    }

    private static Update bind(Update u, CustomerInput in) {
        return u.bind("external_id", in.externalId())
                .bind("name", in.name())
                .bind("email", in.email())
                .bind("billing_address", JsonColumn.write(in.billingAddress()))
                .bind("tax_rates", JsonColumn.write(in.taxRates()))
                .bind("stripe_customer_id", in.stripeCustomerId());
    }

    private static RuntimeException taken(RuntimeException e, CustomerInput in) {
        if (Sql.isUniqueViolation(e)) {
            return new ConflictException(
                    "a customer with external_id '" + in.externalId() + "' already exists",
                    List.of(new Violation("external_id", "already used by another customer")));
        }
        return e;
    }

    /**
     * Records the Stripe customer created for one of ours on its first payment, unless it has one
     * already; returns the one it has.
     */
    public String linkStripeCustomer(String id, String stripeCustomerId) {
        jdbi.useTransaction(h -> h.createUpdate("update customers set stripe_customer_id = :stripe, updated_at = :now "
                        + "where id = :id and stripe_customer_id is null")
                .bind("stripe", stripeCustomerId)
                .bind("now", clock.millis())
                .bind("id", id)
                .execute());
        return get(id).stripeCustomerId();
    }

    /** @throws NotFoundException when there is no such customer */
    public Customer get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("no customer '" + id + "'"));
    }

    public Optional<Customer> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** The customer in the transaction of {@code h}. */
    public static Optional<Customer> find(Handle h, String id) {
        return h.createQuery("select " + COLUMNS + " from customers where id = :id")
                .bind("id", id)
                .map((rs, c) -> row(rs))
                .findOne();
    }

    /** The customers among {@code ids} that exist, by id, in one statement in the transaction of {@code h}. */
    public static Map<String, Customer> findAll(Handle h, Collection<String> ids) {
        Map<String, Customer> out = new HashMap<>();
        if (!ids.isEmpty()) {
            h.createQuery("select " + COLUMNS + " from customers where id in (<ids>)")
                    .bindList("ids", List.copyOf(ids))
                    .map((rs, c) -> row(rs))
                    .forEach(c -> out.put(c.id(), c));
        }
        return out;
    }

    public Page<Customer> list(PageRequest page) {
        return Page.of(
                jdbi.withHandle(h -> h.createQuery(
                                "select " + COLUMNS + " from customers where id > :after " + "order by id limit :n")
                        .bind("after", page.after())
                        .bind("n", page.limit() + 1)
                        .map((rs, c) -> row(rs))
                        .list()),
                page.limit(),
                Customer::id);
    }

    private static Customer row(ResultSet rs) throws SQLException {
        return new Customer(
                rs.getString("id"),
                rs.getString("external_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("currency"),
                JsonColumn.read(rs.getString("billing_address"), BillingAddress.class),
                JsonColumn.read(rs.getString("tax_rates"), TAX_RATES),
                rs.getString("stripe_customer_id"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
