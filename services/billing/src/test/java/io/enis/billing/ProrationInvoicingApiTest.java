package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three {@code proration_behavior}s of a plan change over real HTTP on both stores, with exact
 * amounts. Basic (10.00 EUR) to pro (30.00 EUR) 7 d 3 h 25 min 17 s into the 28-day period
 * (2,419,200 s): 1,802,083 s unused, so the credit is −1000 × 1802083 / 2419200 = −744.909 → −745 and
 * the charge 3000 × 1802083 / 2419200 = 2234.726 → 2235 (half-even, to the second).
 */
class ProrationInvoicingApiTest {
    private static final Duration INTO_PERIOD =
            Duration.ofDays(7).plusHours(3).plusMinutes(25).plusSeconds(17);

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static JsonNode change(BillingFixture fx, String sub, String plan, String behavior) {
        return fx.post(
                        "/v1/billing/subscriptions/" + sub + "/change-plan",
                        "{\"plan_id\": \"" + plan + "\", \"proration_behavior\": \"" + behavior + "\"}",
                        200)
                .json();
    }

    /** The invoice of the first period, created once it has ended. */
    private static JsonNode periodInvoice(BillingFixture fx, String sub) {
        fx.clock.set(Instant.parse("2026-03-01T00:00:00Z"));
        return fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                .json();
    }

    private static List<String> kinds(JsonNode invoice) {
        return invoice.get("lines").findValuesAsText("kind");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void alwaysInvoiceFinalizesAndCollectsTheProrationsAtOnce(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "basic");
            fx.clock.advance(INTO_PERIOD);
            JsonNode changed = change(fx, sub, ids.get("pro"), "always_invoice");
            assertThat(changed.get("plan_id").asText()).isEqualTo(ids.get("pro"));
            String invoiceId = changed.get("latest_invoice_id").asText();

            JsonNode invoice = fx.admin.get("/v1/billing/invoices/" + invoiceId).json();
            assertThat(invoice.get("status").asText()).isEqualTo("open");
            assertThat(invoice.get("number").asText()).isEqualTo("ENIS-2026-000001");
            assertThat(kinds(invoice)).containsExactly("proration", "proration");
            assertThat(invoice.get("lines").findValues("amount_minor").stream()
                            .map(JsonNode::asLong)
                            .toList())
                    .containsExactly(-745L, 2235L);
            assertThat(invoice.get("total_minor").asLong()).isEqualTo(1490);
            assertThat(invoice.get("period_start").asText()).isEqualTo("2026-02-07T13:25:17Z");
            assertThat(invoice.get("billing_key").asText()).startsWith(sub + "/prorations/pro_");
            JsonNode attempts = fx.admin
                    .get("/v1/billing/payments?invoice_id=" + invoiceId)
                    .json()
                    .get("data");
            assertThat(attempts).as("collected like any finalized invoice").hasSize(1);
            assertThat(attempts.get(0).get("amount_minor").asLong()).isEqualTo(1490);
            assertThat(attempts.get(0).get("status").asText())
                    .as("offline provider")
                    .isEqualTo("manual");

            JsonNode period = periodInvoice(fx, sub);
            assertThat(kinds(period)).as("the prorations are not billed twice").doesNotContain("proration");
            assertThat(period.get("total_minor").asLong()).isEqualTo(1000);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void createProrationsLeavesThemForThePeriodsInvoiceAndNoneCreatesNone(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String prorated = fx.subscribe(ids, "basic");
            String unprorated = fx.subscribe(ids, "basic");
            fx.clock.advance(INTO_PERIOD);
            assertThat(change(fx, prorated, ids.get("pro"), "create_prorations")
                            .get("latest_invoice_id")
                            .isNull())
                    .isTrue();
            assertThat(change(fx, unprorated, ids.get("pro"), "none")
                            .get("latest_invoice_id")
                            .isNull())
                    .isTrue();
            assertThat(fx.admin.get("/v1/billing/invoices").json().get("data"))
                    .as("nothing invoiced yet")
                    .isEmpty();

            JsonNode next = periodInvoice(fx, prorated);
            assertThat(kinds(next)).containsSubsequence("recurring", "proration", "proration");
            assertThat(next.get("total_minor").asLong()).isEqualTo(1000 - 745 + 2235);
            JsonNode plain = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + unprorated + "\"}", 201)
                    .json();
            assertThat(kinds(plain)).doesNotContain("proration");
            assertThat(plain.get("total_minor").asLong()).isEqualTo(1000);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aNetCreditWithAlwaysInvoiceStaysForThePeriodsInvoice(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.advance(INTO_PERIOD);
            JsonNode changed = fx.post(
                            "/v1/billing/subscriptions/" + sub + "/change-plan",
                            "{\"plan_id\": \"" + ids.get("basic")
                                    + "\", \"proration_behavior\": \"always_invoice\", \"timing\": \"now\"}",
                            200)
                    .json();
            assertThat(changed.get("latest_invoice_id").isNull())
                    .as("−2235 + 745 cannot be finalized alone")
                    .isTrue();
            JsonNode period = periodInvoice(fx, sub);
            assertThat(period.get("total_minor").asLong()).isEqualTo(3000 - 2235 + 745);
        }
    }

    /**
     * The immediate invoice carries the subscription's coupons as the period's invoice does: a 20 % once
     * coupon and a 10 % forever coupon, stacked in that order, discount the positive proration (2235 →
     * −447 → −179, half-even of 178.8) and not the credit (−745): 864. The once coupon is consumed by it,
     * so the period's invoice (10.00 EUR) carries only the forever one: 900.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void alwaysInvoiceCarriesTheCouponsAndConsumesAOnceCoupon(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "basic");
            String once = fx.create(
                    "/v1/billing/coupons", "{\"name\": \"once\", \"percent_off\": \"20\", \"duration\": \"once\"}");
            String forever = fx.create(
                    "/v1/billing/coupons",
                    "{\"name\": \"forever\", \"percent_off\": \"10\", \"duration\": \"forever\"}");
            for (String coupon : List.of(once, forever)) {
                fx.post("/v1/billing/subscriptions/" + sub + "/discounts", "{\"coupon_id\": \"" + coupon + "\"}", 201);
            }
            fx.clock.advance(INTO_PERIOD);
            String immediateId = change(fx, sub, ids.get("pro"), "always_invoice")
                    .get("latest_invoice_id")
                    .asText();
            JsonNode immediate =
                    fx.admin.get("/v1/billing/invoices/" + immediateId).json();
            assertThat(immediate.get("subtotal_minor").asLong()).isEqualTo(1490);
            assertThat(immediate.get("discount_minor").asLong()).isEqualTo(447 + 179);
            assertThat(immediate.get("total_minor").asLong()).isEqualTo(864);
            JsonNode charge = immediate.get("lines").get(1);
            assertThat(charge.get("adjustments").findValuesAsText("source")).containsExactly(once, forever);
            assertThat(immediate.get("lines").get(0).get("adjustments"))
                    .as("a credit line is not discounted")
                    .isEmpty();
            assertThat(immediate.get("coupons").findValues("active").stream()
                            .map(JsonNode::asBoolean)
                            .toList())
                    .containsExactly(true, true);
            JsonNode attempts = fx.admin
                    .get("/v1/billing/payments?invoice_id=" + immediateId)
                    .json()
                    .get("data");
            assertThat(attempts.get(0).get("amount_minor").asLong()).isEqualTo(864);

            JsonNode period = periodInvoice(fx, sub);
            assertThat(period.get("total_minor").asLong()).isEqualTo(900);
            JsonNode onceThere = period.get("coupons").get(0);
            assertThat(onceThere.get("id").asText()).isEqualTo(once);
            assertThat(onceThere.get("active").asBoolean())
                    .as("consumed by the immediate invoice")
                    .isFalse();
            assertThat(onceThere.get("consumed_by").asText()).isEqualTo(immediateId);
            assertThat(period.get("coupons").get(1).get("active").asBoolean()).isTrue();
        }
    }
}
