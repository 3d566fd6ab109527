package io.enis.billing.payments;

import java.time.Instant;

/**
 * An outcome recorded for a payment, append-only: who asked ({@code scheduler}, {@code dunning},
 * an API key id), when, and what came back ({@link ChargeOutcome.Status} name, or {@code REFUSED}
 * when the provider refused the request itself).
 */
public record PaymentEvent(
        String paymentId,
        String invoiceId,
        Instant at,
        String actor,
        String outcome,
        String declineCode,
        String message) {}
