package io.enis.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.testing.RecordingProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A charge whose PaymentIntent was created and whose confirmation Stripe answers with an error about us
 * (our key refused: 401) is an unknown outcome that keeps the intent's id, so the resend confirms the
 * same intent instead of creating a second one. stripe-mock accepts every key, so the {@link
 * RecordingProxy} in front of it gives Stripe's 401 answer for that one call; everything else is
 * stripe-mock's.
 */
class StripeOwnErrorsTest {
    static StripeBehindProxy wire;

    @BeforeAll
    static void start() throws Exception {
        wire = StripeBehindProxy.startOrSkip();
    }

    @AfterAll
    static void stop() throws Exception {
        StripeBehindProxy.close(wire);
    }

    private static ChargeRequest charge(int attempt, String intentId) {
        return new ChargeRequest(
                "in_own",
                "ENIS-2026-000001",
                "enis-invoice-in_own",
                attempt,
                Money.of(1210, Currency.of("EUR")),
                "cus_test",
                "pm_card_visa",
                intentId);
    }

    @Test
    void ourKeyRefusedAtConfirmationIsUnknownWithTheIntentSoTheResendConfirmsTheSameIntent() {
        wire.proxy.answerOnce("/confirm", 401, """
                {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided: sk_live_****"}}""");
        ChargeOutcome first = wire.stripe.charge(charge(1, null));
        assertThat(first.status()).isEqualTo(ChargeOutcome.Status.UNKNOWN);
        assertThat(first.providerPaymentId())
                .as("the intent created before the refusal")
                .startsWith("pi_");
        assertThat(first.message()).contains("Invalid API Key");

        ChargeOutcome resent = wire.stripe.charge(charge(1, first.providerPaymentId()));
        assertThat(resent.status()).as("stripe-mock's answer this time").isNotEqualTo(ChargeOutcome.Status.UNKNOWN);
        assertThat(wire.proxy.requests("/v1/payment_intents").stream()
                        .filter(r -> r.method().equals("POST") && r.path().equals("/v1/payment_intents"))
                        .count())
                .as("one intent created for the invoice")
                .isEqualTo(1);
        assertThat(wire.proxy.requests("/v1/payment_intents").stream()
                        .filter(r -> r.path().endsWith("/confirm"))
                        .count())
                .isEqualTo(2);
    }
}
