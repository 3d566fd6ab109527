package io.enis.billing.invoices;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The coupons each invoice took (table {@code invoice_coupons}, append-only): how a {@code once}
 * coupon is known to be consumed by the first invoice of its subscription that took it. Two invoices
 * of one subscription rated at the same instant (an immediate {@code always_invoice} invoice and the
 * period's) may both have been rated with the coupon; {@link #settle} decides at write time, under a
 * row lock, and the unique constraint {@code invoice_coupons_once} (subscription, coupon) makes a
 * second taker impossible even for a writer that skipped it.
 */
final class InvoiceCoupons {
    private InvoiceCoupons() {}

    /**
     * {@code input} as the invoice {@code invoiceId} may take it, in the transaction of {@code h}, which
     * then writes the invoice: for each active {@code once} coupon, the subscription's redemption row
     * ({@code subscription_discounts}) is locked for update — so concurrent writers of the same
     * subscription's coupon go one after the other — and when another invoice has taken the coupon
     * meanwhile, it is marked consumed by that invoice (inactive here). No query for an input without
     * an active {@code once} coupon.
     */
    static BillingInput settle(Handle h, BillingInput input, String invoiceId) {
        List<AppliedCoupon> coupons = new ArrayList<>(input.coupons());
        boolean changed = false;
        for (int i = 0; i < coupons.size(); i++) {
            AppliedCoupon c = coupons.get(i);
            if (!c.active() || c.coupon().duration() != Coupon.Duration.ONCE) {
                continue;
            }
            String subscription = subscriptionOf(input.billingKey());
            h.createQuery(
                            "select id from subscription_discounts where subscription_id = :sub and coupon_id = :coupon for update")
                    .bind("sub", subscription)
                    .bind("coupon", c.coupon().id())
                    .mapTo(String.class)
                    .list();
            Optional<String> taken = h.createQuery("""
                            select invoice_id from invoice_coupons where once_subscription_id = :sub and coupon_id = :coupon
                              and invoice_id <> :invoice""")
                    .bind("sub", subscription)
                    .bind("coupon", c.coupon().id())
                    .bind("invoice", invoiceId)
                    .mapTo(String.class)
                    .findFirst();
            if (taken.isPresent()) {
                coupons.set(i, new AppliedCoupon(c.coupon(), c.periodIndex(), taken.get()));
                changed = true;
            }
        }
        return changed ? input.withCoupons(coupons) : input;
    }

    /** Records the active coupons of new invoices (one JDBC batch); see {@link #settle} first. */
    static void record(Handle h, List<Invoice> invoices) {
        insert(h, invoices, Set.of());
    }

    /** Records the active coupons of a re-rated draft that it had not taken yet. */
    static void recordNew(Handle h, Invoice draft) {
        Set<String> had = h
                .createQuery("select coupon_id from invoice_coupons where invoice_id = :id")
                .bind("id", draft.id())
                .mapTo(String.class)
                .stream()
                .collect(Collectors.toSet());
        insert(h, List.of(draft), had);
    }

    private static void insert(Handle h, List<Invoice> invoices, Set<String> skip) {
        PreparedBatch batch = h.prepareBatch("""
                insert into invoice_coupons (invoice_id, billing_key, coupon_id, once_subscription_id)
                values (:invoice, :key, :coupon, :once)""");
        int rows = 0;
        for (Invoice inv : invoices) {
            for (AppliedCoupon c : inv.source().coupons()) {
                if (c.active() && !skip.contains(c.coupon().id())) {
                    batch.bind("invoice", inv.id())
                            .bind("key", inv.billingKey())
                            .bind("coupon", c.coupon().id())
                            .bind(
                                    "once",
                                    c.coupon().duration() == Coupon.Duration.ONCE
                                            ? subscriptionOf(inv.billingKey())
                                            : null)
                            .add();
                    rows++;
                }
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }

    /** The subscription a billing key names: what precedes its first {@code /}. */
    private static String subscriptionOf(String billingKey) {
        int slash = billingKey.indexOf('/');
        return slash < 0 ? billingKey : billingKey.substring(0, slash);
    }
}
