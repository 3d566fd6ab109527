package io.enis.billing.payments;

import io.enis.billing.money.Money;
import java.util.Objects;

/**
 * One attempt to collect an invoice: {@code invoiceKey} is the invoice's idempotency key (one
 * PaymentIntent per invoice), {@code attempt} counts from 1 (each retry is a new confirmation;
 * resending the same attempt repeats its idempotency key, so it cannot charge twice), and the
 * payer's provider customer and payment method ({@code null}: the customer's default).
 * {@code providerPaymentId} is the invoice's PaymentIntent from an earlier attempt ({@code null} on
 * the first), confirmed again rather than a new one created (Stripe forgets idempotency keys after
 * 24 hours, retries come days later).
 */
public record ChargeRequest(
        String invoiceId,
        String invoiceNumber,
        String invoiceKey,
        int attempt,
        Money amount,
        String providerCustomerId,
        String paymentMethodId,
        String providerPaymentId) {
    public ChargeRequest {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(invoiceKey, "invoiceKey");
        Objects.requireNonNull(amount, "amount");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt counts from 1");
        }
    }

    /** The idempotency key of this attempt's confirmation: {@code <invoiceKey>-attempt-<n>}. */
    public String attemptKey() {
        return invoiceKey + "-attempt-" + attempt;
    }
}
