package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import java.time.Instant;
import java.util.Locale;

/**
 * A credit against a finalized invoice ({@link Invoice#credit}): a positive {@code amount}, a
 * {@code reason}, a {@code type} (how the credit reaches the customer), and a {@code number} of the
 * invoice's number plus {@code -CN-} and its sequence on that invoice ({@code ENIS-2026-000042-CN-01});
 * {@code refundId} is the refund that paid a {@link Type#REFUND} back ({@code null} otherwise).
 * Credit notes are never changed or deleted.
 */
public record CreditNote(
        String id,
        String invoiceId,
        String number,
        Money amount,
        String reason,
        Type type,
        String refundId,
        Instant createdAt) {
    /** How the credit reaches the customer, as Stripe's credit notes. */
    public enum Type {
        /** an open invoice asks for less; on a paid invoice, the customer's credit balance grows */
        CREDIT,
        /** money back through the payment provider (paid invoices only) */
        REFUND;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** This note with the refund that paid it back. */
    public CreditNote withRefund(String refund) {
        return new CreditNote(id, invoiceId, number, amount, reason, type, refund, createdAt);
    }
}
