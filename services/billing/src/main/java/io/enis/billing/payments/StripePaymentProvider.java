package io.enis.billing.payments;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.RefundCreateParams;
import io.enis.billing.money.Money;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Stripe through its official client ({@code com.stripe:stripe-java}): one PaymentIntent per
 * invoice, created with the invoice's idempotency key and confirmed off-session once per attempt
 * with the attempt's key ({@link ChargeRequest#attemptKey()}), so a resent attempt returns
 * Stripe's first answer instead of charging again. Amounts are sent as {@link StripeAmounts} maps
 * them (the minor units, ×100 for ISK); one Stripe cannot represent (CLF, UYI, UYW; a three-decimal
 * amount not ending in 0) is refused 422 {@code stripe-amount-unsupported} before Stripe is called.
 *
 * <p>Answers map to values: {@code succeeded} → SUCCEEDED; a card error or
 * {@code requires_payment_method} → a decline (hard or soft by {@link DeclineCodes});
 * {@code requires_action} → soft decline {@code authentication_required}; {@code processing}, a
 * connection failure, Stripe's 5xx or 429 → UNKNOWN. Other calls throw
 * {@link NotFoundException} for a missing object, {@link UnprocessableException}
 * ({@code stripe-refused}) for another refused request and {@link UnavailableException} when Stripe
 * cannot be reached. The client does not retry by itself (billing's dunning does).
 */
public final class StripePaymentProvider implements PaymentProvider {
    private final StripeClient client;

    public StripePaymentProvider(StripeClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * @param apiKey  {@code STRIPE_API_KEY}
     * @param apiBase Stripe's API base, {@code https://api.stripe.com} in production; stripe-mock's
     *                URL in tests
     * @param timeout connect and read timeout of each call
     */
    public static StripePaymentProvider create(String apiKey, String apiBase, Duration timeout) {
        return new StripePaymentProvider(StripeClient.builder()
                .setApiKey(apiKey)
                .setApiBase(apiBase)
                .setConnectTimeout((int) timeout.toMillis())
                .setReadTimeout((int) timeout.toMillis())
                .setMaxNetworkRetries(0)
                .build());
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public String createCustomer(String customerId, String email, String name, String idempotencyKey) {
        var params = CustomerCreateParams.builder()
                .setEmail(email)
                .setName(name)
                .putMetadata("enis_customer_id", customerId)
                .build();
        return call(
                "create customer",
                () -> client.v1()
                        .customers()
                        .create(params, key(idempotencyKey))
                        .getId());
    }

    @Override
    public Optional<String> findCustomer(String providerCustomerId) {
        try {
            Customer c = call("retrieve customer", () -> client.v1().customers().retrieve(providerCustomerId));
            return Boolean.TRUE.equals(c.getDeleted()) ? Optional.empty() : Optional.of(c.getId());
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
    }

    @Override
    public AttachedMethod attachPaymentMethod(String providerCustomerId, String paymentMethodId) {
        PaymentMethod attached = call(
                "attach payment method",
                () -> client.v1()
                        .paymentMethods()
                        .attach(
                                paymentMethodId,
                                PaymentMethodAttachParams.builder()
                                        .setCustomer(providerCustomerId)
                                        .build()));
        call(
                "set default payment method",
                () -> client.v1()
                        .customers()
                        .update(
                                providerCustomerId,
                                CustomerUpdateParams.builder()
                                        .setInvoiceSettings(CustomerUpdateParams.InvoiceSettings.builder()
                                                .setDefaultPaymentMethod(paymentMethodId)
                                                .build())
                                        .build()));
        var card = attached.getCard();
        return new AttachedMethod(
                paymentMethodId,
                attached.getType(),
                card == null ? null : card.getBrand(),
                card == null ? null : card.getLast4());
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        String intentId = request.providerPaymentId();
        try {
            if (intentId == null) {
                intentId = createIntent(request);
            }
            var confirm = PaymentIntentConfirmParams.builder().setOffSession(true);
            if (request.paymentMethodId() != null) {
                confirm.setPaymentMethod(request.paymentMethodId());
            }
            return outcome(client.v1().paymentIntents().confirm(intentId, confirm.build(), key(request.attemptKey())));
        } catch (CardException declined) {
            return ChargeOutcome.declined(
                    intentId,
                    declined.getDeclineCode() != null ? declined.getDeclineCode() : declined.getCode(),
                    declined.getMessage());
        } catch (ApiConnectionException | ApiException | RateLimitException noAnswer) {
            return ChargeOutcome.unknown(intentId, noAnswer.getClass().getSimpleName() + ": " + noAnswer.getMessage());
        } catch (StripeException refused) {
            RuntimeException failure = refusal("charge invoice " + request.invoiceId(), refused);
            if (intentId != null && !(failure instanceof UnprocessableException)) {
                // not the customer's refusal, and the intent exists: keep its id with an unknown outcome, so
                // the resend confirms this intent instead of creating another once the key's 24 h are over
                return ChargeOutcome.unknown(intentId, failure.getMessage());
            }
            throw failure;
        }
    }

    private String createIntent(ChargeRequest request) throws StripeException {
        PaymentIntent intent = client.v1()
                .paymentIntents()
                .create(
                        PaymentIntentCreateParams.builder()
                                .setAmount(StripeAmounts.toStripe(request.amount()))
                                .setCurrency(request.amount().currency().code().toLowerCase(Locale.ROOT))
                                .setCustomer(request.providerCustomerId())
                                .putMetadata("enis_invoice_id", request.invoiceId())
                                .putMetadata("enis_invoice_number", String.valueOf(request.invoiceNumber()))
                                .setDescription("Invoice " + request.invoiceNumber())
                                .build(),
                        key(request.invoiceKey()));
        return intent.getId();
    }

    /** The outcome a confirmed PaymentIntent stands for. */
    static ChargeOutcome outcome(PaymentIntent intent) {
        String status = intent.getStatus();
        StripeError error = intent.getLastPaymentError();
        return switch (status == null ? "" : status) {
            case "succeeded" -> ChargeOutcome.succeeded(intent.getId());
            case "requires_action" ->
                new ChargeOutcome(
                        ChargeOutcome.Status.SOFT_DECLINE,
                        intent.getId(),
                        "authentication_required",
                        "the card asks for customer authentication");
            case "canceled" ->
                new ChargeOutcome(
                        ChargeOutcome.Status.HARD_DECLINE,
                        intent.getId(),
                        "canceled",
                        "the PaymentIntent was canceled");
            case "requires_payment_method" ->
                ChargeOutcome.declined(
                        intent.getId(),
                        error == null
                                ? null
                                : error.getDeclineCode() != null ? error.getDeclineCode() : error.getCode(),
                        error == null ? "no usable payment method" : error.getMessage());
            default -> ChargeOutcome.unknown(intent.getId(), "PaymentIntent is " + status);
        };
    }

    @Override
    public String refund(String providerPaymentId, Money amount, String idempotencyKey) {
        return call(
                "refund " + providerPaymentId,
                () -> client.v1()
                        .refunds()
                        .create(
                                RefundCreateParams.builder()
                                        .setPaymentIntent(providerPaymentId)
                                        .setAmount(StripeAmounts.toStripe(amount))
                                        .build(),
                                key(idempotencyKey))
                        .getId());
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw refusal(what, e);
        }
    }

    private static RuntimeException refusal(String what, StripeException e) {
        if (e instanceof InvalidRequestException && Integer.valueOf(404).equals(e.getStatusCode())) {
            return new NotFoundException("Stripe: " + what + ": " + e.getMessage());
        }
        if (e instanceof InvalidRequestException || e instanceof CardException) {
            String param = e instanceof InvalidRequestException ir && ir.getParam() != null ? ir.getParam() : "payment";
            return new UnprocessableException(
                    "stripe-refused",
                    "Refused by Stripe",
                    "Stripe refused to " + what + ": " + e.getMessage(),
                    List.of(new Violation(param, String.valueOf(e.getMessage()))));
        }
        return new UnavailableException("Stripe", what + ": " + e.getMessage(), Duration.ofSeconds(30), e);
    }
}
