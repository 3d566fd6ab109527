package io.enis.billing.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.testing.RecordingProxy;
import io.enis.kit.domain.UnprocessableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The amounts the Stripe adapter puts on the wire for Stripe's special currencies, against a real
 * stripe-mock (which validates every request against Stripe's OpenAPI) through a {@link RecordingProxy}
 * that shows each request body: ISK is sent ×100, KWD as is when its last digit is 0, and what Stripe
 * cannot represent is refused before any request is sent.
 */
class StripeSpecialCurrenciesTest {
    static StripeBehindProxy wire;

    @BeforeAll
    static void start() throws Exception {
        wire = StripeBehindProxy.startOrSkip();
    }

    @AfterAll
    static void stop() throws Exception {
        StripeBehindProxy.close(wire);
    }

    private static ChargeRequest charge(String invoice, long minor, String currency) {
        return new ChargeRequest(
                invoice,
                "ENIS-2026-000001",
                "enis-invoice-" + invoice,
                1,
                Money.of(minor, Currency.of(currency)),
                "cus_test",
                "pm_card_visa",
                null);
    }

    private static String lastIntentBody() {
        var created = wire.proxy.requests("/v1/payment_intents").stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/payment_intents"))
                .toList();
        return created.get(created.size() - 1).body();
    }

    @Test
    void iskIsSentTimes100AndKwdAsIs() {
        assertThat(wire.stripe.charge(charge("in_isk", 5000, "ISK")).providerPaymentId())
                .startsWith("pi_");
        assertThat(lastIntentBody()).contains("amount=500000", "currency=isk");
        wire.stripe.charge(charge("in_kwd", 5120, "KWD"));
        assertThat(lastIntentBody()).contains("amount=5120", "currency=kwd");
        wire.stripe.charge(charge("in_jpy", 500, "JPY"));
        assertThat(lastIntentBody()).contains("amount=500&", "currency=jpy");
        wire.stripe.refund("pi_123", Money.of(40, Currency.of("ISK")), "enis-refund-isk");
        var refunds = wire.proxy.requests("/v1/refunds");
        assertThat(refunds.get(refunds.size() - 1).body()).contains("amount=4000");
    }

    @Test
    void whatStripeCannotRepresentIsRefusedBeforeAnyRequest() {
        int before = wire.proxy.requests("/v1/").size();
        assertThatThrownBy(() -> wire.stripe.charge(charge("in_kwd_odd", 5124, "KWD")))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("multiple of 10");
        assertThatThrownBy(() -> wire.stripe.charge(charge("in_clf", 10000, "CLF")))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("does not support CLF");
        assertThatThrownBy(() -> wire.stripe.refund("pi_123", Money.of(5, Currency.of("OMR")), "enis-refund-omr"))
                .isInstanceOf(UnprocessableException.class);
        assertThat(wire.proxy.requests("/v1/")).hasSize(before);
    }
}
