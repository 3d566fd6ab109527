package io.enis.billing.invoicing;

import io.enis.billing.catalogue.Customer;
import io.enis.billing.catalogue.Customers;
import io.enis.billing.invoices.CreditNote;
import io.enis.billing.invoices.Invoice;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A customer's credit balance (table {@code customer_balance_transactions}, append-only): what credit
 * notes of type {@code credit} on paid invoices owe the customer, in the customer's currency. It is
 * recorded and shown; it is not yet applied to later invoices automatically (refund it, or credit an
 * open invoice by hand).
 */
public final class CustomerBalances {
    private final Jdbi jdbi;
    private final Customers customers;

    public CustomerBalances(Jdbi jdbi, Customers customers) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /** Adds a credit note's amount to the invoice's customer's balance, in the caller's transaction {@code h}. */
    static void credit(Handle h, Invoice invoice, CreditNote note, String actor) {
        h.createUpdate("""
                        insert into customer_balance_transactions (customer_id, amount_minor, currency, credit_note_id, invoice_id,
                          actor, created_at) values (:customer, :amount, :currency, :note, :invoice, :actor, :at)""")
                .bind("customer", invoice.customerId())
                .bind("amount", note.amount().minor())
                .bind("currency", note.amount().currency().code())
                .bind("note", note.id())
                .bind("invoice", invoice.id())
                .bind("actor", actor)
                .bind("at", note.createdAt().toEpochMilli())
                .execute();
    }

    /**
     * {@code {customer_id, currency, balance_minor, transactions: [{amount_minor, credit_note_id,
     * invoice_id, created_at}]}}, oldest first.
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
                    m.put("amount_minor", rs.getLong("amount_minor"));
                    m.put("credit_note_id", rs.getString("credit_note_id"));
                    m.put("invoice_id", rs.getString("invoice_id"));
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
