package io.enis.billing;

import static io.enis.billing.BillingFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coupons over real HTTP on both stores: created, applied to subscriptions, discounting the
 * invoices of the right periods with a trace on each line, and the refusals (unknown, expired, wrong
 * currency, applied twice, used up, a canceled subscription, malformed coupons) naming the field.
 */
class CouponApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static String coupon(BillingFixture fx, String fields) {
        return fx.create("/v1/billing/coupons", "{\"name\": \"promo\", " + fields + "}");
    }

    private static JsonNode apply(BillingFixture fx, String sub, String coupon) {
        return fx.post("/v1/billing/subscriptions/" + sub + "/discounts", "{\"coupon_id\": \"" + coupon + "\"}", 201)
                .json();
    }

    /** The invoices of the subscription's first {@code n} regular periods, once they have ended. */
    private static List<JsonNode> invoices(BillingFixture fx, String sub, int n) {
        fx.clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        JsonNode periods = fx.admin
                .get("/v1/billing/subscriptions/" + sub + "/periods")
                .json()
                .get("data");
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode p : periods) {
            if (p.get("kind").asText().equals("regular") && out.size() < n) {
                out.add(fx.post(
                                "/v1/billing/invoices",
                                "{\"subscription_id\": \"" + sub + "\", \"period_start\": \""
                                        + p.get("start").asText() + "\"}",
                                201)
                        .json());
            }
        }
        return out;
    }

    private static List<Long> totals(List<JsonNode> invoices) {
        return invoices.stream().map(i -> i.get("total_minor").asLong()).toList();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void couponsDiscountTheInvoicesOfTheirDurationWithATrace(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String percent =
                    coupon(fx, "\"percent_off\": \"20\", \"duration\": \"repeating\", \"duration_periods\": 2");
            String amount = coupon(fx, "\"amount_off_minor\": 300, \"currency\": \"EUR\", \"duration\": \"once\"");
            String forever = coupon(fx, "\"percent_off\": \"12.5\", \"duration\": \"forever\"");
            JsonNode read = fx.admin.get("/v1/billing/coupons/" + percent).json();
            assertThat(read.get("percent_off").asText()).isEqualTo("20");
            assertThat(read.get("times_redeemed").asInt()).isZero();
            assertThat(fx.admin.get("/v1/billing/coupons").json().get("data")).hasSize(3);

            String repeating = fx.subscribe(ids, "basic");
            JsonNode discount = apply(fx, repeating, percent);
            assertThat(discount.get("object").asText()).isEqualTo("discount");
            assertThat(discount.get("first_period_start").asText()).isEqualTo("2026-01-31T10:00:00Z");
            assertThat(discount.get("coupon").get("times_redeemed").asInt()).isEqualTo(1);
            String once = fx.subscribe(ids, "basic");
            apply(fx, once, amount);
            String stacked = fx.subscribe(ids, "basic");
            apply(fx, stacked, forever);
            apply(fx, stacked, amount);
            String trial = fx.create(
                    "/v1/billing/subscriptions",
                    "{\"customer_id\": \"" + ids.get("customer") + "\", \"plan_id\": \"" + ids.get("seats") + "\"}");
            apply(fx, trial, amount);
            assertThat(fx.admin
                            .get("/v1/billing/subscriptions/" + stacked + "/discounts")
                            .json()
                            .get("data"))
                    .hasSize(2);

            List<JsonNode> r = invoices(fx, repeating, 3);
            assertThat(totals(r)).containsExactly(800L, 800L, 1000L);
            JsonNode line = r.get(0).get("lines").get(0);
            JsonNode adjustment = line.get("adjustments").get(0);
            assertThat(adjustment.get("kind").asText()).isEqualTo("discount");
            assertThat(adjustment.get("source").asText()).isEqualTo(percent);
            assertThat(adjustment.get("amount_minor").asLong()).isEqualTo(200);
            assertThat(adjustment.get("formula").asText()).isNotBlank();
            assertThat(r.get(1).get("coupons").get(0).get("period_index").asInt())
                    .isEqualTo(1);
            assertThat(r.get(2).get("coupons").get(0).get("active").asBoolean()).isFalse();

            assertThat(totals(invoices(fx, once, 2))).containsExactly(700L, 1000L);
            // 12.5 % of 1000 = 125, then 300 off the 875 left; forever after
            assertThat(totals(invoices(fx, stacked, 2))).containsExactly(575L, 875L);
            // the trial bills nothing: the once coupon is for the first regular period, 12.50 EUR
            assertThat(totals(invoices(fx, trial, 2))).containsExactly(950L, 1250L);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void badCouponsAndRedemptionsAreRefusedNamingTheField(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "basic");
            String path = "/v1/billing/subscriptions/" + sub + "/discounts";
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/coupons",
                            "{\"name\": \"x\", \"percent_off\": \"150\", \"duration\": \"once\"}"),
                    400,
                    "percent_off");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/coupons",
                            "{\"name\": \"x\", \"percent_off\": \"5\", \"amount_off_minor\": 5, \"currency\": \"EUR\", \"duration\": \"once\"}"),
                    400,
                    "percent_off");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/coupons",
                            "{\"name\": \"x\", \"amount_off_minor\": 5, \"duration\": \"once\"}"),
                    400,
                    "currency");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/coupons",
                            "{\"name\": \"x\", \"percent_off\": \"5\", \"duration\": \"repeating\"}"),
                    400,
                    "duration_periods");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/coupons",
                            "{\"name\": \"x\", \"amount_off_minor\": 0, \"currency\": \"EUR\", \"duration\": \"once\"}"),
                    400,
                    "amount_off_minor");
            assertRefused(
                    fx.admin.post("/v1/billing/coupons", "{\"name\": \"x\", \"percent_off\": \"5\"}"), 400, "duration");

            assertRefused(fx.admin.post(path, "{\"coupon_id\": \"cpn_000000000000000000000000\"}"), 400, "coupon_id");
            assertRefused(fx.admin.post(path, "{\"coupon_id\": 5}"), 400, "coupon_id");
            String expired = coupon(
                    fx, "\"percent_off\": \"10\", \"duration\": \"once\", \"redeem_by\": \"2026-01-01T00:00:00Z\"");
            assertRefused(fx.admin.post(path, "{\"coupon_id\": \"" + expired + "\"}"), 422, "coupon_id");
            String dollars = coupon(fx, "\"amount_off_minor\": 100, \"currency\": \"USD\", \"duration\": \"once\"");
            assertRefused(fx.admin.post(path, "{\"coupon_id\": \"" + dollars + "\"}"), 409, "coupon_id");
            String single = coupon(fx, "\"percent_off\": \"10\", \"duration\": \"once\", \"max_redemptions\": 1");
            apply(fx, sub, single);
            assertRefused(fx.admin.post(path, "{\"coupon_id\": \"" + single + "\"}"), 409, "coupon_id");
            String other = fx.subscribe(ids, "basic");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/subscriptions/" + other + "/discounts", "{\"coupon_id\": \"" + single + "\"}"),
                    409,
                    "coupon_id");
            assertThat(fx.admin
                            .get("/v1/billing/coupons/" + single)
                            .json()
                            .get("times_redeemed")
                            .asInt())
                    .as("refusals take no redemption")
                    .isEqualTo(1);
            fx.post("/v1/billing/subscriptions/" + other + "/cancel", "{\"at\": \"now\"}", 200);
            String open = coupon(fx, "\"percent_off\": \"10\", \"duration\": \"once\"");
            assertRefused(
                    fx.admin.post(
                            "/v1/billing/subscriptions/" + other + "/discounts", "{\"coupon_id\": \"" + open + "\"}"),
                    409,
                    "status");
            assertThat(fx.admin
                            .post(
                                    "/v1/billing/subscriptions/sub_000000000000000000000000/discounts",
                                    "{\"coupon_id\": \"" + open + "\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(fx.admin.get(path).json().get("data")).hasSize(1);
        }
    }
}
