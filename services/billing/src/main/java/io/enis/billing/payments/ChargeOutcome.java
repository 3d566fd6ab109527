package io.enis.billing.payments;

import java.util.Objects;

/**
 * What a provider answered to a charge: {@code providerPaymentId} (the PaymentIntent id; null when
 * none was created), a {@code declineCode} (Stripe's, e.g. {@code insufficient_funds}) and a
 * message for declines and unknown outcomes.
 */
public record ChargeOutcome(Status status, String providerPaymentId, String declineCode, String message) {
    /** The outcome classes dunning acts on. */
    public enum Status {
        /** the money is collected */
        SUCCEEDED,
        /** declined for a reason that may pass later (insufficient funds, a processing error): retried */
        SOFT_DECLINE,
        /** declined for good (stolen card, closed account): not retried */
        HARD_DECLINE,
        /** no answer (timeout, connection lost) or still processing: resent with the same idempotency key */
        UNKNOWN,
        /** the provider does not collect (offline): the invoice waits for a payment recorded by API */
        MANUAL
    }

    public ChargeOutcome {
        Objects.requireNonNull(status, "status");
    }

    public static ChargeOutcome succeeded(String providerPaymentId) {
        return new ChargeOutcome(Status.SUCCEEDED, providerPaymentId, null, null);
    }

    /** A decline, hard or soft by {@link DeclineCodes#isHard}. */
    public static ChargeOutcome declined(String providerPaymentId, String declineCode, String message) {
        return new ChargeOutcome(
                DeclineCodes.isHard(declineCode) ? Status.HARD_DECLINE : Status.SOFT_DECLINE,
                providerPaymentId,
                declineCode,
                message);
    }

    public static ChargeOutcome unknown(String providerPaymentId, String message) {
        return new ChargeOutcome(Status.UNKNOWN, providerPaymentId, null, message);
    }
}
