package io.enis.billing.invoices;

import io.enis.billing.money.Currency;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * The customer credit balance ledger (table {@code customer_balance_transactions}), append-only: each
 * entry says what it did ({@link Kind}), by how much, who and when, and the balance before and after
 * it. A customer's balance is the sum of its entries in a currency. Every reader that decides on a
 * balance takes the customer's row lock first ({@code select … for update} on {@code customers}, held
 * until the caller's transaction ends), so concurrent credits and finalizations of one customer queue
 * and each sees the balance the previous one left: an application never takes more than there is.
 */
public final class BalanceLedger {
    private BalanceLedger() {}

    /** What a ledger entry did. */
    public enum Kind {
        /** + a credit note of type {@code credit} on a paid invoice */
        CREDIT_NOTE,
        /** − taken by an invoice at finalization */
        APPLIED,
        /** + the applied amount of an invoice that was voided, given back */
        RETURNED
    }

    /** One ledger entry to append; {@code amountMinor} is signed (+ credits the customer). */
    public record Entry(
            String customerId,
            Currency currency,
            Kind kind,
            long amountMinor,
            String creditNoteId,
            String invoiceId,
            String actor,
            Instant at) {
        public Entry {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The customer's balance in {@code currency}, with the customer's row locked in {@code h}'s
     * transaction (a customer id with no row, as in store-level tests, locks nothing and has no balance).
     */
    public static long lockedBalance(Handle h, String customerId, Currency currency) {
        lockCustomers(h, List.of(customerId));
        return sums(h, List.of(customerId)).getOrDefault(key(customerId, currency), 0L);
    }

    /**
     * The positive balances of {@code customerIds}, by {@link #key}: one read finds the customers that
     * have one, their rows are locked in id order (a fixed order, so two callers never deadlock), and
     * their balances are read again under the lock.
     */
    static Map<String, Long> lockedPositiveBalances(Handle h, Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return new HashMap<>();
        }
        List<String> holders = sums(h, customerIds).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().substring(0, e.getKey().indexOf('\n')))
                .distinct()
                .sorted()
                .toList();
        if (holders.isEmpty()) {
            return new HashMap<>();
        }
        lockCustomers(h, holders);
        return sums(h, holders);
    }

    /** The key of a customer's balance in a currency. */
    static String key(String customerId, Currency currency) {
        return customerId + "\n" + currency.code();
    }

    /**
     * Appends {@code entry} after {@code balanceBeforeMinor} (read by {@link #lockedBalance} under the
     * lock still held).
     *
     * @throws IllegalStateException when the entry would take the balance below zero (a bug: callers
     *                               apply at most the balance)
     */
    public static void append(Handle h, Entry entry, long balanceBeforeMinor) {
        long after = Math.addExact(balanceBeforeMinor, entry.amountMinor());
        if (after < 0) {
            throw new IllegalStateException(
                    "a balance of " + balanceBeforeMinor + " cannot take " + entry.amountMinor());
        }
        h.createUpdate("""
                        insert into customer_balance_transactions (customer_id, amount_minor, currency, kind, balance_before_minor,
                          balance_after_minor, credit_note_id, invoice_id, actor, created_at)
                        values (:customer, :amount, :currency, :kind, :before, :after, :note, :invoice, :actor, :at)""")
                .bind("customer", entry.customerId())
                .bind("amount", entry.amountMinor())
                .bind("currency", entry.currency().code())
                .bind("kind", entry.kind().name())
                .bind("before", balanceBeforeMinor)
                .bind("after", after)
                .bind("note", entry.creditNoteId())
                .bind("invoice", entry.invoiceId())
                .bind("actor", entry.actor())
                .bind("at", entry.at().toEpochMilli())
                .execute();
    }

    private static void lockCustomers(Handle h, List<String> customerIds) {
        h.createQuery("select id from customers where id in (<ids>) order by id for update")
                .bindList("ids", customerIds)
                .mapTo(String.class)
                .list();
    }

    private static Map<String, Long> sums(Handle h, Collection<String> customerIds) {
        Map<String, Long> out = new HashMap<>();
        h.createQuery("""
                        select customer_id, currency, sum(amount_minor) as balance from customer_balance_transactions
                        where customer_id in (<ids>) group by customer_id, currency""")
                .bindList("ids", List.copyOf(customerIds))
                .map((rs, c) -> Map.entry(
                        key(rs.getString("customer_id"), Currency.of(rs.getString("currency"))), rs.getLong("balance")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
