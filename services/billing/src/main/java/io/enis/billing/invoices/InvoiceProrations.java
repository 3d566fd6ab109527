package io.enis.billing.invoices;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Which invoice holds each stored proration (table {@code invoice_prorations}, primary key on the
 * proration): a proration is billed by exactly one invoice. Two invoices of one subscription rated at
 * the same instant (an immediate {@code always_invoice} invoice and the period's) may both have been
 * rated with the same proration lines; {@link #settle} decides at write time, in the transaction that
 * writes the invoice, under row locks on the prorations ({@code subscription_prorations}), so the
 * second writer drops the lines the first one holds. The primary key makes a second holder impossible
 * even for a writer that skipped the locks (its transaction then fails as a whole).
 */
final class InvoiceProrations {
    private InvoiceProrations() {}

    /**
     * {@code input} as the invoice {@code invoiceId} may bill it, in the transaction of {@code h}, which
     * then writes the invoice: the stored prorations its lines name ({@link LineRequest.Proration#prorationId})
     * are locked for update one at a time in id order — so concurrent writers of the same prorations go one
     * after the other, without deadlock — and the lines of those another invoice holds meanwhile are
     * dropped (the totals, tax, coupons and traces are then rated from what is left). The same input when
     * nothing is dropped; no query for an input without such a line.
     */
    static BillingInput settle(Handle h, BillingInput input, String invoiceId) {
        Set<String> named = named(input);
        if (named.isEmpty()) {
            return input;
        }
        for (String id : named) {
            h.createQuery("select id from subscription_prorations where id = :id for update")
                    .bind("id", id)
                    .mapTo(String.class)
                    .list();
        }
        Set<String> held = h
                .createQuery(
                        "select proration_id from invoice_prorations where proration_id in (<ids>) and invoice_id <> :invoice")
                .bindList("ids", List.copyOf(named))
                .bind("invoice", invoiceId)
                .mapTo(String.class)
                .stream()
                .collect(Collectors.toSet());
        if (held.isEmpty()) {
            return input;
        }
        return input.withLines(input.lines().stream()
                .filter(l -> !(l instanceof LineRequest.Proration p && held.contains(p.prorationId())))
                .toList());
    }

    /** Records the prorations new invoices hold (one JDBC batch); see {@link #settle} first. */
    static void record(Handle h, List<Invoice> invoices) {
        PreparedBatch batch = h.prepareBatch(
                "insert into invoice_prorations (proration_id, invoice_id, billing_key) values (:p, :i, :k)");
        int rows = 0;
        for (Invoice inv : invoices) {
            for (String p : named(inv.source())) {
                batch.bind("p", p)
                        .bind("i", inv.id())
                        .bind("k", inv.billingKey())
                        .add();
                rows++;
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }

    /**
     * Records what a re-rated draft holds now (see {@link #settle} first): its rows replaced, so a
     * proration it no longer bills is free again for another invoice.
     */
    static void rerecord(Handle h, Invoice draft) {
        h.createUpdate("delete from invoice_prorations where invoice_id = :id")
                .bind("id", draft.id())
                .execute();
        record(h, List.of(draft));
    }

    /** The stored prorations the input's lines name, in id order. */
    private static Set<String> named(BillingInput input) {
        return input.lines().stream()
                .filter(LineRequest.Proration.class::isInstance)
                .map(l -> ((LineRequest.Proration) l).prorationId())
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
