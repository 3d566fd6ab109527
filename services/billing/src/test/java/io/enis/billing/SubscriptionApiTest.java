package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Subscriptions over real HTTP on both stores, the clock moved by the test. The catalogue's month
 * from 2026-01-31T10:00Z ends 2026-02-28T10:00Z: 28 days, so a change 7 days in leaves 21/28 unused.
 */
class SubscriptionApiTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static JsonNode get(BillingFixture fx, String path) {
        var r = fx.admin.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode periods(BillingFixture fx, String sub) {
        return get(fx, "/v1/billing/subscriptions/" + sub + "/periods").get("data");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aTrialBecomesActiveAndPeriodsRollOverWithTheClock(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            var sub = fx.post("/v1/billing/subscriptions", "{\"customer_id\": \"" + ids.get("customer") + "\", \"plan_id\": \""
                    + ids.get("seats") + "\", \"quantity\": 3}", 201).json();
            String id = sub.get("id").asText();
            assertThat(sub.get("status").asText()).isEqualTo("trialing");
            assertThat(sub.get("trial_end").asText()).isEqualTo("2026-02-14T10:00:00Z");
            assertThat(sub.get("period_index").asInt()).isEqualTo(-1);

            fx.clock.advance(Duration.ofDays(14));
            var active = get(fx, "/v1/billing/subscriptions/" + id);
            assertThat(active.get("status").asText()).isEqualTo("active");
            assertThat(active.get("current_period_start").asText()).isEqualTo("2026-02-14T10:00:00Z");
            assertThat(active.get("current_period_end").asText()).isEqualTo("2026-03-14T10:00:00Z");

            fx.clock.advance(Duration.ofDays(30));
            var periods = periods(fx, id);
            assertThat(periods.findValuesAsText("kind")).containsExactly("trial", "regular", "regular");
            assertThat(periods.findValues("fee_minor").stream().map(JsonNode::asLong).toList()).containsExactly(0L, 3750L, 3750L);
            assertThat(periods.findValues("closed").stream().map(JsonNode::asBoolean).toList()).containsExactly(true, true, false);
            assertThat(periods.get(2).get("end").asText()).isEqualTo("2026-04-14T10:00:00Z");
            assertThat(get(fx, "/v1/billing/subscriptions?customer_id=" + ids.get("customer")).get("data")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void upgradesApplyNowProratedToTheSecondAndDowngradesAtThePeriodEnd(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String id = fx.subscribe(ids, "basic");
            fx.clock.advance(Duration.ofDays(7));
            var up = fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("pro") + "\"}", 200).json();
            assertThat(up.get("plan_id").asText()).isEqualTo(ids.get("pro"));
            var prorations = periods(fx, id).get(0).get("prorations");
            assertThat(prorations.findValuesAsText("kind")).containsExactly("credit", "charge");
            assertThat(prorations.findValues("amount_minor").stream().map(JsonNode::asLong).toList()).containsExactly(-750L, 2250L);
            assertThat(prorations.get(1).get("trace").get("unused_seconds").asLong()).isEqualTo(21 * 86400);
            assertThat(prorations.get(1).get("invoice_now").asBoolean()).isFalse();
            assertThat(periods(fx, id).get(0).get("rating_plan_id").asText()).as("usage rated on the plan at the end").isEqualTo(ids.get("pro"));

            var down = fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("basic") + "\"}", 200).json();
            assertThat(down.get("plan_id").asText()).as("not yet").isEqualTo(ids.get("pro"));
            assertThat(down.get("pending_change").get("effective_at").asText()).isEqualTo("2026-02-28T10:00:00Z");
            fx.clock.set(java.time.Instant.parse("2026-02-28T10:00:00Z"));
            var after = get(fx, "/v1/billing/subscriptions/" + id);
            assertThat(after.get("plan_id").asText()).isEqualTo(ids.get("basic"));
            assertThat(after.has("pending_change")).isFalse();
            assertThat(periods(fx, id).get(1).get("fee_minor").asLong()).isEqualTo(1000);

            fx.clock.advance(Duration.ofDays(1));
            fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("pro")
                    + "\", \"proration_behavior\": \"always_invoice\"}", 200);
            assertThat(periods(fx, id).get(1).get("prorations").findValues("invoice_now").stream().map(JsonNode::asBoolean).toList())
                    .containsExactly(true, true);
            fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("basic")
                    + "\", \"proration_behavior\": \"none\", \"timing\": \"now\"}", 200);
            assertThat(periods(fx, id).get(1).get("prorations")).as("none adds nothing").hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aPlanInAnotherCurrencyIsRefusedNamingThePlan(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            var create = fx.post("/v1/billing/subscriptions", "{\"customer_id\": \"" + ids.get("customer") + "\", \"plan_id\": \""
                    + ids.get("usd") + "\"}", 409).json();
            assertThat(create.get("errors").findValuesAsText("field")).containsExactly("plan_id");
            String id = fx.subscribe(ids, "basic");
            var change = fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("usd") + "\"}", 409).json();
            assertThat(change.get("errors").findValuesAsText("field")).containsExactly("plan_id");
            assertThat(change.get("detail").asText()).contains("USD", "EUR");
            assertThat(periods(fx, id).get(0).get("prorations")).isEmpty();
            var bad = fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("basic")
                    + "\", \"proration_behavior\": \"sometimes\", \"timing\": \"later\"}", 400).json();
            assertThat(bad.get("errors").findValuesAsText("field")).containsExactly("proration_behavior", "timing");
            assertThat(fx.post("/v1/billing/subscriptions", "{\"customer_id\": \"cus_000000000000000000000000\", \"plan_id\": \""
                    + ids.get("basic") + "\", \"quantity\": 0}", 400).json().get("errors").findValuesAsText("field")).containsExactly("quantity");
            assertThat(fx.admin.get("/v1/billing/subscriptions/sub_000000000000000000000000").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void cancelAtThePeriodEndOrNowWithACredit(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String later = fx.subscribe(ids, "basic");
            String now = fx.subscribe(ids, "pro");
            fx.clock.advance(Duration.ofDays(14));
            var scheduled = fx.admin.post("/v1/billing/subscriptions/" + later + "/cancel", "");
            assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
            assertThat(scheduled.json().get("cancel_at_period_end").asBoolean()).isTrue();
            assertThat(scheduled.json().get("status").asText()).isEqualTo("active");
            var canceled = fx.post("/v1/billing/subscriptions/" + now + "/cancel", "{\"at\": \"now\"}", 200).json();
            assertThat(canceled.get("status").asText()).isEqualTo("canceled");
            assertThat(canceled.has("current_period_end")).isFalse();
            var period = periods(fx, now).get(0);
            assertThat(period.get("end").asText()).isEqualTo("2026-02-14T10:00:00Z");
            assertThat(period.get("prorations").get(0).get("amount_minor").asLong()).isEqualTo(-1500);
            fx.post("/v1/billing/subscriptions/" + now + "/cancel", "{\"at\": \"now\"}", 409);
            fx.post("/v1/billing/subscriptions/" + now + "/change-plan", "{\"plan_id\": \"" + ids.get("basic") + "\"}", 409);

            fx.clock.advance(Duration.ofDays(14));
            var ended = get(fx, "/v1/billing/subscriptions/" + later);
            assertThat(ended.get("status").asText()).isEqualTo("ended");
            assertThat(ended.get("ended_at").asText()).isEqualTo("2026-02-28T10:00:00Z");
            assertThat(periods(fx, later)).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void pauseEndsThePeriodAndResumeStartsANewCycle(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String id = fx.subscribe(ids, "basic");
            fx.clock.advance(Duration.ofDays(14));
            var paused = fx.admin.post("/v1/billing/subscriptions/" + id + "/pause", "");
            assertThat(paused.json().get("status").asText()).as(paused.toString()).isEqualTo("paused");
            fx.post("/v1/billing/subscriptions/" + id + "/pause", "{}", 409);
            fx.clock.advance(Duration.ofDays(10));
            var resumed = fx.post("/v1/billing/subscriptions/" + id + "/resume", "", 200).json();
            assertThat(resumed.get("status").asText()).isEqualTo("active");
            assertThat(resumed.get("billing_anchor").asText()).isEqualTo("2026-02-24T10:00:00Z");
            assertThat(resumed.get("current_period_end").asText()).isEqualTo("2026-03-24T10:00:00Z");
            var periods = periods(fx, id);
            assertThat(periods.findValuesAsText("end")).containsExactly("2026-02-14T10:00:00Z", "2026-03-24T10:00:00Z");
            assertThat(periods.get(0).get("prorations").get(0).get("amount_minor").asLong()).isEqualTo(-500);
            fx.post("/v1/billing/subscriptions/" + id + "/resume", "", 409);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anotherIntervalStartsANewCycleAndPaymentsMovePastDueAndBack(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String id = fx.subscribe(ids, "basic");
            fx.clock.advance(Duration.ofDays(7));
            var cheaper = fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("annual") + "\"}", 200).json();
            assertThat(cheaper.get("pending_change").get("plan_id").asText()).as("100.00 a year costs less per second than 10.00 a month")
                    .isEqualTo(ids.get("annual"));
            var yearly = fx.post("/v1/billing/subscriptions/" + id + "/change-plan", "{\"plan_id\": \"" + ids.get("annual")
                    + "\", \"timing\": \"now\"}", 200).json();
            assertThat(yearly.has("pending_change")).isFalse();
            assertThat(yearly.get("current_period_end").asText()).isEqualTo("2027-02-07T10:00:00Z");
            var periods = periods(fx, id);
            assertThat(periods.findValuesAsText("end")).containsExactly("2026-02-07T10:00:00Z", "2027-02-07T10:00:00Z");
            assertThat(periods.get(1).get("fee_minor").asLong()).isEqualTo(10000);
            assertThat(periods.get(0).get("prorations").findValuesAsText("kind")).containsExactly("credit");

            var subscriptions = fx.definition.subscriptions();
            assertThat(subscriptions.markPastDue(id, "payments").status().code()).isEqualTo("past_due");
            assertThat(get(fx, "/v1/billing/subscriptions/" + id).get("status").asText()).isEqualTo("past_due");
            assertThat(subscriptions.recover(id, "payments").status().code()).isEqualTo("active");
        }
    }
}
