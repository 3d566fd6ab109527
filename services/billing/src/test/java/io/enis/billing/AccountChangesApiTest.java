package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payment-method and coupon changes over real HTTP on both stores: each payment-method change leaves an
 * audit row with the row before and after ({@code GET …/payment-methods/history}), and coupon, discount
 * and payment-method changes are announced through the outbox to a stand-in cloud-bus (a refused change
 * announces nothing).
 */
class AccountChangesApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static void attach(BillingFixture fx, String customer, String method) {
        fx.post(
                "/v1/billing/customers/" + customer + "/payment-methods",
                "{\"payment_method_id\": \"" + method + "\"}",
                201);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void everyPaymentMethodChangeIsAuditedWithTheRowBeforeAndAfter(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            String customer = fx.create("/v1/billing/customers", "{\"name\": \"Acme\", \"currency\": \"EUR\"}");
            attach(fx, customer, "pm_card_visa");
            attach(fx, customer, "pm_card_mastercard");
            attach(fx, customer, "pm_card_visa");
            JsonNode history = fx.admin
                    .get("/v1/billing/customers/" + customer + "/payment-methods/history")
                    .json()
                    .get("data");
            List<String> changes = new ArrayList<>();
            history.forEach(c -> changes.add(
                    c.get("action").asText() + " " + c.get("payment_method_id").asText()));
            assertThat(changes)
                    .containsExactly(
                            "attached pm_card_visa",
                            "default_removed pm_card_visa",
                            "attached pm_card_mastercard",
                            "default_removed pm_card_mastercard",
                            "reattached pm_card_visa");
            JsonNode first = history.get(0);
            assertThat(first.get("before").isNull())
                    .as("nothing before an attach")
                    .isTrue();
            assertThat(first.get("after").get("default").asBoolean()).isTrue();
            assertThat(first.get("actor").asText()).isNotBlank();
            assertThat(first.get("at").asText()).isNotBlank();
            JsonNode removed = history.get(1);
            assertThat(removed.get("before").get("default").asBoolean()).isTrue();
            assertThat(removed.get("after").get("default").asBoolean()).isFalse();
            JsonNode reattached = history.get(4);
            assertThat(reattached.get("before").get("default").asBoolean()).isFalse();
            assertThat(reattached.get("after").get("default").asBoolean()).isTrue();
            assertThat(reattached.get("after").get("created_at").asText())
                    .as("the row keeps when it was first attached")
                    .isEqualTo(first.get("after").get("created_at").asText());
            JsonNode list = fx.admin
                    .get("/v1/billing/customers/" + customer + "/payment-methods")
                    .json()
                    .get("data");
            assertThat(list.findValuesAsText("id")).containsExactly("pm_card_visa", "pm_card_mastercard");
            assertThat(fx.admin
                            .get("/v1/billing/customers/cus_000000000000000000000000/payment-methods/history")
                            .status())
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void couponDiscountAndPaymentMethodChangesAreAnnounced(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new BillingFixture(
                        store,
                        dataDir,
                        Map.of("CLOUD_BUS_URL", bus.url("/v1/events"), "CLOUD_BUS_API_KEY", "publish-key"))) {
            var ids = fx.catalogue();
            String coupon = fx.create(
                    "/v1/billing/coupons", "{\"name\": \"Launch\", \"percent_off\": \"20\", \"duration\": \"once\"}");
            String sub = fx.subscribe(ids, "basic");
            String discount =
                    fx.create("/v1/billing/subscriptions/" + sub + "/discounts", "{\"coupon_id\": \"" + coupon + "\"}");
            assertThat(fx.admin
                            .post(
                                    "/v1/billing/subscriptions/" + sub + "/discounts",
                                    "{\"coupon_id\": \"" + coupon + "\"}")
                            .status())
                    .as("applied twice: refused, announces nothing")
                    .isEqualTo(409);
            attach(fx, ids.get("customer"), "pm_card_visa");
            attach(fx, ids.get("customer"), "pm_card_amex");
            attach(fx, ids.get("customer"), "pm_card_amex");
            fx.definition.jobs().runOnce();
            bus.await(1, Duration.ofSeconds(10));
            List<JsonNode> events = bus.accepted().stream()
                    .map(r -> Json.parse(r.bytes()))
                    .filter(e -> !e.path("type").asText().contains(".subscription."))
                    .toList();
            assertThat(events.stream()
                            .map(e -> e.path("type").asText().replace("cloud.enis.billing.", ""))
                            .toList())
                    .containsExactly(
                            "coupon.created",
                            "discount.created",
                            "payment_method.attached",
                            "payment_method.default_changed",
                            "payment_method.attached",
                            "payment_method.default_changed");
            assertThat(events.get(0).path("data").path("coupon_id").asText()).isEqualTo(coupon);
            JsonNode applied = events.get(1).path("data");
            assertThat(applied.path("discount_id").asText()).isEqualTo(discount);
            assertThat(applied.path("subscription_id").asText()).isEqualTo(sub);
            assertThat(applied.path("coupon").path("coupon_id").asText()).isEqualTo(coupon);
            JsonNode changed = events.get(5).path("data");
            assertThat(changed.path("payment_method_id").asText()).isEqualTo("pm_card_amex");
            assertThat(changed.path("previous_default_payment_method_id").asText())
                    .isEqualTo("pm_card_visa");
            assertThat(events.get(3)
                            .path("data")
                            .path("previous_default_payment_method_id")
                            .isNull())
                    .isTrue();
        }
    }
}
