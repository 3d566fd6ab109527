package io.enis.billing;

import static io.enis.billing.BillingFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.testing.StripeMock;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Stripe's special currencies are refused over real HTTP with the Stripe provider against
 * stripe-mock (embedded store): a payment method for a customer in a currency Stripe does not support
 * (CLF) is 422 on {@code currency} and creates nothing at Stripe; collecting a KWD invoice whose amount
 * does not end in 0 is 422 on {@code amount} and recorded as a declined attempt (a hard decline to
 * dunning), no money moved.
 */
class StripeCurrencyApiTest {
    static StripeMock mock;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        mock = StripeMock.startOrSkip();
    }

    @AfterAll
    static void stop() throws Exception {
        if (mock != null) {
            mock.close();
        }
    }

    @Test
    void unsupportedCurrenciesAndUnrepresentableAmountsAreRefusedBeforeStripe() throws Exception {
        var stripe = Map.of(
                "PAYMENT_PROVIDER",
                "stripe",
                "STRIPE_API_KEY",
                "sk_test_enis",
                "STRIPE_API_BASE",
                mock.apiBase(),
                "USAGE_GRACE_PERIOD",
                "1h");
        try (var fx = new BillingFixture(TestStores.Store.EMBEDDED, dataDir, stripe)) {
            String clf = fx.create("/v1/billing/customers", "{\"name\": \"UF\", \"currency\": \"CLF\"}");
            var refused = fx.admin.post(
                    "/v1/billing/customers/" + clf + "/payment-methods", "{\"payment_method_id\": \"pm_card_visa\"}");
            assertRefused(refused, 422, "currency");
            assertThat(refused.json().path("type").asText()).endsWith("/stripe-amount-unsupported");
            var stripeId = fx.admin.get("/v1/billing/customers/" + clf).json().path("stripe_customer_id");
            assertThat(stripeId.isNull() || stripeId.isMissingNode())
                    .as("nothing created at Stripe: " + stripeId)
                    .isTrue();

            String product = fx.create("/v1/billing/products", "{\"name\": \"API\"}");
            String plan = fx.create(
                    "/v1/billing/plans",
                    "{\"code\": \"kwd\", \"name\": \"KWD\", \"product_id\": \"" + product
                            + "\", \"currency\": \"KWD\", \"interval\": \"month\", \"fee\": {\"model\": \"flat\", \"amount\": 5125}}");
            String kwd = fx.create("/v1/billing/customers", "{\"name\": \"Kuwait\", \"currency\": \"KWD\"}");
            String sub = fx.create(
                    "/v1/billing/subscriptions", "{\"customer_id\": \"" + kwd + "\", \"plan_id\": \"" + plan + "\"}");
            fx.clock.set(Instant.parse("2026-02-28T12:00:00Z"));
            String invoice = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json()
                    .path("id")
                    .asText();
            fx.post("/v1/billing/invoices/" + invoice + "/finalize", "", 200);
            var collect = fx.admin.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}");
            assertRefused(collect, 422, "amount");
            assertThat(collect.json().path("detail").asText()).contains("multiple of 10");
            var attempts = fx.admin
                    .get("/v1/billing/payments?invoice_id=" + invoice)
                    .json()
                    .path("data");
            assertThat(attempts).hasSize(1);
            assertThat(attempts.get(0).path("status").asText()).isEqualTo("declined");
            // a refusal is a hard decline to dunning: DUNNING_ON_EXHAUSTED applies (default: uncollectible, canceled)
            assertThat(fx.admin
                            .get("/v1/billing/invoices/" + invoice)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("uncollectible");
            assertThat(fx.admin
                            .get("/v1/billing/subscriptions/" + sub)
                            .json()
                            .path("status")
                            .asText())
                    .isEqualTo("canceled");
        }
    }
}
