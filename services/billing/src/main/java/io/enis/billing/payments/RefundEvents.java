package io.enis.billing.payments;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The audit of refunds (table {@code refund_events}, append-only): one row per state change of a
 * refund — created ({@code null} → {@code pending}, or → {@code succeeded} for a credit note's refund,
 * which is recorded after the provider answered), then {@code pending} → {@code succeeded} or
 * {@code failed} — with who, when, the provider's refund id and, for a failure, the provider's message.
 * Written in the transaction of the change it records, so a change is never without its row.
 */
public final class RefundEvents {
    /** One recorded change. {@code before} is {@code null} for the refund's creation. */
    public record RefundEvent(
            String refundId,
            String paymentId,
            Instant at,
            String actor,
            String before,
            String after,
            String providerRefundId,
            String message) {}

    private static final int MESSAGE_MAX = 1000;

    private RefundEvents() {}

    /** Appends {@code e} in the transaction of {@code h}. */
    static void record(Handle h, RefundEvent e) {
        h.createUpdate("""
                        insert into refund_events (refund_id, payment_id, at, actor, status_before, status_after,
                          provider_refund_id, message)
                        values (:refund, :payment, :at, :actor, :before, :after, :pr, :message)""")
                .bind("refund", e.refundId())
                .bind("payment", e.paymentId())
                .bind("at", e.at().toEpochMilli())
                .bind("actor", e.actor())
                .bind("before", e.before())
                .bind("after", e.after())
                .bind("pr", e.providerRefundId())
                .bind(
                        "message",
                        e.message() == null || e.message().length() <= MESSAGE_MAX
                                ? e.message()
                                : e.message().substring(0, MESSAGE_MAX))
                .execute();
    }

    /** The refunds' changes of a payment, oldest first. */
    public static List<RefundEvent> ofPayment(Handle h, String paymentId) {
        return h.createQuery("select * from refund_events where payment_id = :id order by id")
                .bind("id", paymentId)
                .map((rs, c) -> new RefundEvent(
                        rs.getString("refund_id"),
                        rs.getString("payment_id"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("actor"),
                        rs.getString("status_before"),
                        rs.getString("status_after"),
                        rs.getString("provider_refund_id"),
                        rs.getString("message")))
                .list();
    }
}
