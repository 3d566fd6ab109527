package io.enis.billing.payments;

import io.enis.billing.money.Money;
import java.util.Optional;

/**
 * {@code PAYMENT_PROVIDER=offline}, the default without {@code STRIPE_API_KEY}: collects nothing.
 * A charge answers {@link ChargeOutcome.Status#MANUAL} (no dunning), and invoices are marked paid
 * through the API ({@link PaymentService#recordManualPayment}). Customers and refunds are
 * bookkeeping only, with ids derived from the request.
 */
public final class OfflinePaymentProvider implements PaymentProvider {
    @Override
    public String name() {
        return "offline";
    }

    @Override
    public String createCustomer(String customerId, String email, String name, String idempotencyKey) {
        return "offline_" + customerId;
    }

    @Override
    public Optional<String> findCustomer(String providerCustomerId) {
        return Optional.of(providerCustomerId);
    }

    @Override
    public AttachedMethod attachPaymentMethod(String providerCustomerId, String paymentMethodId) {
        // nothing to attach to: the method is only recorded, and never charged
        return new AttachedMethod(paymentMethodId, "offline", null, null);
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        return new ChargeOutcome(
                ChargeOutcome.Status.MANUAL, null, null, "offline provider: record the payment through the API");
    }

    @Override
    public String refund(String providerPaymentId, Money amount, String idempotencyKey) {
        return "offline_refund_" + idempotencyKey;
    }
}
