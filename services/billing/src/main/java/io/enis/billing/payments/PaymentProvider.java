package io.enis.billing.payments;

import io.enis.billing.money.Money;
import java.util.Optional;

/**
 * Where money is collected: Stripe ({@link StripePaymentProvider}) or nowhere
 * ({@link OfflinePaymentProvider}: invoices are marked paid through the API). Implementations turn
 * every answer of the provider into a value (declines included) and throw only for a refused
 * request of ours; a call that times out is reported as {@link ChargeOutcome.Status#UNKNOWN}.
 */
public interface PaymentProvider {
    /** {@code stripe} or {@code offline}, as recorded on payments. */
    String name();

    /**
     * Creates the provider's customer for one of ours; {@code idempotencyKey} makes a retry return
     * the same customer.
     *
     * @return the provider's customer id
     */
    String createCustomer(String customerId, String email, String name, String idempotencyKey);

    /** The provider's customer, if it exists and is not deleted. */
    Optional<String> findCustomer(String providerCustomerId);

    /**
     * Attaches a payment method to the customer and makes it the default for invoices.
     *
     * @return the method as attached (type, and brand and last digits for a card)
     * @throws io.enis.kit.domain.NotFoundException     when the provider knows no such customer or method
     * @throws io.enis.kit.domain.UnprocessableException when the provider refuses (a method attached elsewhere)
     */
    AttachedMethod attachPaymentMethod(String providerCustomerId, String paymentMethodId);

    /** One collection attempt of an invoice; see {@link ChargeRequest} for idempotency. */
    ChargeOutcome charge(ChargeRequest request);

    /**
     * Refunds part or all of a collected payment.
     *
     * @return the provider's refund id
     */
    String refund(String providerPaymentId, Money amount, String idempotencyKey);
}
