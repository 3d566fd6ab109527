package io.enis.billing.invoicing;

import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.invoices.BalanceLedger;
import io.enis.billing.invoices.CreditNote;
import io.enis.billing.invoices.Invoice;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A customer's credit balance ({@link BalanceLedger}, table {@code customer_balance_transactions},
 * append-only), in the customer's currency: credit notes of type {@code credit} on paid invoices add
 * to it, and each invoice finalized afterwards takes from it what it can ({@link
 * io.enis.billing.invoices.BalanceApplication}); a voided invoice gives back what it took. Every entry
 * records who, when, the amount and the balance before and after.
 */
public final class CustomerBalances {
    private final Jdbi jdbi;
    private final Customers customers;

    public CustomerBalances(Jdbi jdbi, Customers customers) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * Adds a credit note's amount to the invoice's customer's balance, in the caller's transaction
     * {@code h} (under the customer's row lock, as finalizations take from it).
     */
    static void credit(Handle h, Invoice invoice, CreditNote note, String actor) {
        long before = BalanceLedger.lockedBalance(
                h, invoice.customerId(), note.amount().currency());
        BalanceLedger.append(
                h,
                new BalanceLedger.Entry(
                        invoice.customerId(),
                        note.amount().currency(),
                        BalanceLedger.Kind.CREDIT_NOTE,
                        note.amount().minor(),
                        note.id(),
                        invoice.id(),
                        actor,
                        note.createdAt()),
                before);
    }

    /**
     * {@code {customer_id, currency, balance_minor, transactions: [{kind, amount_minor,
     * balance_before_minor, balance_after_minor, credit_note_id, invoice_id, actor, created_at}]}},
     * oldest first.
     *
     * @throws io.enis.kit.domain.NotFoundException no such customer
     */
    public Map<String, Object> balance(String customerId) {
        Customer customer = customers.get(customerId);
        List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery(
                        "select * from customer_balance_transactions where customer_id = :customer order by id")
                .bind("customer", customerId)
                .map((rs, c) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", rs.getString("kind").toLowerCase(Locale.ROOT));
                    m.put("amount_minor", rs.getLong("amount_minor"));
                    m.put("balance_before_minor", rs.getLong("balance_before_minor"));
                    m.put("balance_after_minor", rs.getLong("balance_after_minor"));
                    m.put("credit_note_id", rs.getString("credit_note_id"));
                    m.put("invoice_id", rs.getString("invoice_id"));
                    m.put("actor", rs.getString("actor"));
                    m.put(
                            "created_at",
                            Instant.ofEpochMilli(rs.getLong("created_at")).toString());
                    return m;
                })
                .list());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("object", "customer_balance");
        doc.put("customer_id", customerId);
        doc.put("currency", customer.currency());
        doc.put(
                "balance_minor",
                rows.stream().mapToLong(r -> (Long) r.get("amount_minor")).sum());
        doc.put("transactions", rows);
        return doc;
    }
}
