package io.enis.billing;

import static io.enis.billing.BillingFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.payments.ChargeOutcome;
import io.enis.billing.payments.ScriptedPaymentProvider;
import io.enis.billing.testing.StripeMock;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /customers/{id}/payment-methods} over real HTTP on both stores: through the Stripe adapter
 * against stripe-mock (the Stripe customer is created on the first attach, the method attached and
 * made the default), with the offline provider (recorded only), and — through a
 * {@link ScriptedPaymentProvider}, since stripe-mock does not remember what it was sent — the
 * invoice charged on the default method.
 */
class PaymentMethodApiTest {
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

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static JsonNode attach(BillingFixture fx, String customer, String method) {
        return fx.post(
                        "/v1/billing/customers/" + customer + "/payment-methods",
                        "{\"payment_method_id\": \"" + method + "\"}",
                        201)
                .json();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void methodsAreAttachedAtStripeAndTheLatestIsTheDefault(TestStores.Store store) throws Exception {
        var stripe = Map.of(
                "PAYMENT_PROVIDER", "stripe", "STRIPE_API_KEY", "sk_test_enis", "STRIPE_API_BASE", mock.apiBase());
        try (var fx = new BillingFixture(store, dataDir, stripe)) {
            String customer = fx.create("/v1/billing/customers", "{\"name\": \"Acme\", \"currency\": \"EUR\"}");
            JsonNode visa = attach(fx, customer, "pm_card_visa");
            assertThat(visa.get("object").asText()).isEqualTo("payment_method");
            assertThat(visa.get("provider").asText()).isEqualTo("stripe");
            assertThat(visa.get("type").asText()).isEqualTo("card");
            assertThat(visa.get("default").asBoolean()).isTrue();
            assertThat(fx.admin
                            .get("/v1/billing/customers/" + customer)
                            .json()
                            .get("stripe_customer_id")
                            .asText())
                    .as("created at Stripe on the first attach")
                    .startsWith("cus_");
            attach(fx, customer, "pm_card_mastercard");
            JsonNode list = fx.admin
                    .get("/v1/billing/customers/" + customer + "/payment-methods")
                    .json()
                    .get("data");
            assertThat(list.findValuesAsText("id")).containsExactly("pm_card_mastercard", "pm_card_visa");
            assertThat(list.findValues("default").stream()
                            .map(JsonNode::asBoolean)
                            .toList())
                    .containsExactly(true, false);

            String path = "/v1/billing/customers/" + customer + "/payment-methods";
            assertRefused(fx.admin.post(path, "{}"), 400, "payment_method_id");
            assertRefused(fx.admin.post(path, "{\"payment_method_id\": \"card_123\"}"), 400, "payment_method_id");
            assertThat(fx.admin
                            .post(
                                    "/v1/billing/customers/cus_000000000000000000000000/payment-methods",
                                    "{\"payment_method_id\": \"pm_card_visa\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(fx.admin.get(path).json().get("data")).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theOfflineProviderOnlyRecordsTheMethod(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            String customer = fx.create("/v1/billing/customers", "{\"name\": \"Acme\", \"currency\": \"EUR\"}");
            JsonNode method = attach(fx, customer, "pm_card_visa");
            assertThat(method.get("provider").asText()).isEqualTo("offline");
            assertThat(method.get("type").asText()).isEqualTo("offline");
            assertThat(fx.admin.get("/v1/billing/customers/" + customer).json().has("stripe_customer_id"))
                    .as("no Stripe customer")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void invoicesAreChargedOnTheDefaultMethod(TestStores.Store store) throws Exception {
        var provider = new ScriptedPaymentProvider().then(ChargeOutcome.succeeded("pi_1"));
        try (var fx = new BillingFixture(new BillingService(config -> provider), store, dataDir, Map.of())) {
            var ids = fx.catalogue();
            attach(fx, ids.get("customer"), "pm_card_visa");
            attach(fx, ids.get("customer"), "pm_card_amex");
            String sub = fx.subscribe(ids, "basic");
            fx.clock.set(Instant.parse("2026-03-01T00:00:00Z"));
            String invoice = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json()
                    .get("id")
                    .asText();
            fx.post("/v1/billing/invoices/" + invoice + "/finalize", "", 200);
            assertThat(fx.post("/v1/billing/payments", "{\"invoice_id\": \"" + invoice + "\"}", 200)
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("succeeded");
            assertThat(provider.requests())
                    .singleElement()
                    .satisfies(r -> assertThat(r.paymentMethodId()).isEqualTo("pm_card_amex"));
        }
    }
}
