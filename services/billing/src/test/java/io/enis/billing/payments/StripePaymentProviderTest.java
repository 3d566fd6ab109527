package io.enis.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeError;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.testing.StripeMock;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.domain.UnprocessableException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Stripe adapter against a real stripe-mock: every request must be one Stripe's OpenAPI
 * accepts (stripe-mock validates parameters and answers fixtures). stripe-mock is stateless and
 * always succeeds, so its PaymentIntents never reach {@code succeeded}: the mapping of each status
 * to an outcome is tested on built PaymentIntents below, and dunning through
 * {@link ScriptedPaymentProvider} in {@link PaymentServiceTest}.
 */
class StripePaymentProviderTest {
    static StripeMock mock;
    static StripePaymentProvider stripe;
    static final Currency EUR = Currency.of("EUR");

    @BeforeAll
    static void start() throws Exception {
        mock = StripeMock.startOrSkip();
        stripe = StripePaymentProvider.create("sk_test_enis", mock.apiBase(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (mock != null) {
            mock.close();
        }
    }

    @Test
    void customersArePaymentMethodsAttachedAndInvoicesCharged() {
        String customer = stripe.createCustomer("cus_1", "ana@example.com", "Ana", "enis-customer-cus_1");
        assertThat(customer).startsWith("cus_");
        assertThat(stripe.findCustomer(customer)).contains(customer);
        stripe.attachPaymentMethod(customer, "pm_card_visa");
        ChargeOutcome outcome = stripe.charge(new ChargeRequest(
                "in_1",
                "ENIS-2026-000001",
                "enis-invoice-in_1",
                1,
                Money.of(1210, EUR),
                customer,
                "pm_card_visa",
                null));
        // stripe-mock's fixture PaymentIntent stays requires_payment_method: a soft decline without a code
        assertThat(outcome.providerPaymentId()).startsWith("pi_");
        assertThat(outcome.status()).isEqualTo(ChargeOutcome.Status.SOFT_DECLINE);
        ChargeOutcome retry = stripe.charge(new ChargeRequest(
                "in_1",
                "ENIS-2026-000001",
                "enis-invoice-in_1",
                2,
                Money.of(1210, EUR),
                customer,
                null,
                outcome.providerPaymentId()));
        assertThat(retry.providerPaymentId()).isNotNull();
        assertThat(stripe.refund(outcome.providerPaymentId(), Money.of(100, EUR), "enis-refund-1"))
                .startsWith("re_");
    }

    @Test
    void aRequestStripeRefusesIsADomainRefusal() {
        // an empty customer id: stripe-mock refuses the request, which is ours to fix, not a payment outcome
        assertThatThrownBy(() -> stripe.attachPaymentMethod("", "pm_card_visa"))
                .isInstanceOfAny(UnprocessableException.class, io.enis.kit.domain.NotFoundException.class);
    }

    @Test
    void anUnreachableStripeIsUnknownForChargesAndUnavailableOtherwise() throws Exception {
        int closed;
        try (var s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        var down = StripePaymentProvider.create("sk_test_enis", "http://127.0.0.1:" + closed, Duration.ofSeconds(2));
        assertThat(down.charge(new ChargeRequest("in_1", "N", "k", 1, Money.of(1, EUR), "cus_1", null, null))
                        .status())
                .isEqualTo(ChargeOutcome.Status.UNKNOWN);
        assertThatThrownBy(() -> down.createCustomer("c", null, null, "k"))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("Stripe is unavailable");
    }

    @Test
    void everyPaymentIntentStatusMapsToAnOutcome() {
        assertThat(StripePaymentProvider.outcome(intent("succeeded", null)).status())
                .isEqualTo(ChargeOutcome.Status.SUCCEEDED);
        assertThat(StripePaymentProvider.outcome(intent("processing", null)).status())
                .isEqualTo(ChargeOutcome.Status.UNKNOWN);
        assertThat(StripePaymentProvider.outcome(intent("requires_action", null))
                        .declineCode())
                .isEqualTo("authentication_required");
        StripeError stolen = new StripeError();
        stolen.setDeclineCode("stolen_card");
        assertThat(StripePaymentProvider.outcome(intent("requires_payment_method", stolen))
                        .status())
                .isEqualTo(ChargeOutcome.Status.HARD_DECLINE);
        StripeError funds = new StripeError();
        funds.setDeclineCode("insufficient_funds");
        assertThat(StripePaymentProvider.outcome(intent("requires_payment_method", funds))
                        .status())
                .isEqualTo(ChargeOutcome.Status.SOFT_DECLINE);
        assertThat(StripePaymentProvider.outcome(intent("canceled", null)).status())
                .isEqualTo(ChargeOutcome.Status.HARD_DECLINE);
    }

    private static PaymentIntent intent(String status, StripeError error) {
        PaymentIntent pi = new PaymentIntent();
        pi.setId("pi_1");
        pi.setStatus(status);
        pi.setLastPaymentError(error);
        return pi;
    }
}
