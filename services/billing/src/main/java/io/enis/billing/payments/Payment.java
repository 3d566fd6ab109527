package io.enis.billing.payments;

import io.enis.billing.money.Money;
import java.time.Instant;

/**
 * One collection attempt of an invoice as stored: {@code attempt} from 1, the {@code idempotencyKey}
 * the provider saw, the provider's payment id (a PaymentIntent), the amount, and the latest status
 * with its decline code and message. Every status change is also kept in {@link PaymentEvent}s.
 */
public record Payment(
        String id,
        String invoiceId,
        int attempt,
        String idempotencyKey,
        String provider,
        String providerPaymentId,
        Money amount,
        Status status,
        String declineCode,
        String message,
        Instant createdAt,
        Instant updatedAt) {
    /** Where the attempt stands. */
    public enum Status {
        /** sent to the provider, no answer recorded yet */
        PROCESSING,
        SUCCEEDED,
        /** a soft or hard decline; see the decline code */
        DECLINED,
        /** the provider's answer is unknown: the same attempt is resent with the same key */
        UNKNOWN,
        /** collected outside the provider (offline), or waiting for that */
        MANUAL
    }
}
