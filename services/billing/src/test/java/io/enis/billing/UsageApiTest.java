package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.usage.UsageAggregates;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usage metering over real HTTP on both stores: deduplication, all-or-nothing batches, the grace
 * period, refusals, aggregation with the SHA-256 of the events. The catalogue's {@code pro} plan
 * charges {@code calls} (count) and {@code gb} (sum); its first period is [2026-01-31T10:00Z, 2026-02-28T10:00Z).
 */
class UsageApiTest {
    private static final String TRACK = "/v1/billing/usage-tracking";

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return BillingFixture.stores();
    }

    private static String event(String id, String sub, String metric, String properties, String timestamp) {
        return "{\"transaction_id\": \"" + id + "\", \"subscription_id\": \"" + sub + "\", \"metric_code\": \"" + metric
                + "\""
                + (properties == null ? "" : ", \"properties\": " + properties)
                + (timestamp == null ? "" : ", \"timestamp\": \"" + timestamp + "\"") + "}";
    }

    private static JsonNode usage(BillingFixture fx, String sub, String periodStart) {
        var r = fx.admin.get("/v1/billing/subscriptions/" + sub + "/usage"
                + (periodStart == null ? "" : "?period_start=" + periodStart));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode metric(JsonNode usage, String code) {
        for (JsonNode m : usage.get("data")) {
            if (m.get("metric_code").asText().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no " + code + " in " + usage);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void anExactReplayIsADuplicateAndAnotherPayloadAConflictNamingBoth(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.set(Instant.parse("2026-02-02T00:00:00Z"));
            String gb = event("t-1", sub, "gb", "{\"gb\": \"2.5\", \"region\": \"eu\"}", "2026-02-01T00:00:00Z");
            var first = fx.post(TRACK, gb, 201).json();
            assertThat(first.get("duplicate").asBoolean()).isFalse();
            assertThat(first.get("period_start").asText()).isEqualTo("2026-01-31T10:00:00Z");
            String reordered =
                    event("t-1", sub, "gb", "{\"region\": \"eu\", \"gb\": \"2.5\"}", "2026-02-01T01:00:00+01:00");
            var replay = fx.post(TRACK, reordered, 200).json();
            assertThat(replay.get("duplicate").asBoolean())
                    .as("same canonical payload")
                    .isTrue();

            var conflict = fx.post(
                            TRACK,
                            event("t-1", sub, "gb", "{\"gb\": \"3\", \"region\": \"eu\"}", "2026-02-01T00:00:00Z"),
                            409)
                    .json();
            assertThat(conflict.get("errors").findValuesAsText("field")).containsExactly("transaction_id");
            assertThat(conflict.get("errors").get(0).get("message").asText())
                    .contains("stored: ", "\"2.5\"", "given: ", "\"3\"");
            var gbUsage = metric(usage(fx, sub, null), "gb");
            assertThat(gbUsage.get("quantity").asText()).isEqualTo("2.5");
            assertThat(gbUsage.get("event_count").asInt()).isEqualTo(1);
            assertThat(gbUsage.get("events_sha256").asText()).isEqualTo(UsageAggregates.sha256(List.of("t-1")));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aRefusedBatchStoresNothingSoItsIdsAreNotConsumed(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.set(Instant.parse("2026-03-04T10:00:00Z"));
            var late = fx.post(
                            TRACK,
                            "{\"events\": [" + event("ok-1", sub, "calls", null, null) + ","
                                    + event("late-1", sub, "calls", null, "2026-02-01T00:00:00Z") + "]}",
                            422)
                    .json();
            assertThat(late.get("type").asText()).endsWith("/usage-too-late");
            assertThat(late.get("errors").findValuesAsText("field")).containsExactly("events[1].timestamp");
            assertThat(late.get("errors").get(0).get("message").asText())
                    .contains("2026-03-03T10:00:00Z", "USAGE_GRACE_PERIOD");
            var invalid = fx.post(
                            TRACK,
                            "{\"events\": [" + event("ok-1", sub, "calls", null, null) + ","
                                    + event("gb-1", sub, "gb", "{\"gb\": \"-1\"}", null) + ","
                                    + event("gb-2", sub, "gb", "{}", null) + "]}",
                            400)
                    .json();
            assertThat(invalid.get("errors").findValuesAsText("field"))
                    .containsExactly("events[1].properties.gb", "events[2].properties.gb");

            var retried =
                    fx.post(TRACK, event("ok-1", sub, "calls", null, null), 201).json();
            assertThat(retried.get("duplicate").asBoolean())
                    .as("the refused batches consumed nothing")
                    .isFalse();
            assertThat(metric(usage(fx, sub, null), "calls").get("event_count").asInt())
                    .isEqualTo(1);
        }
    }

    /**
     * The ingest reads only the periods still taking usage; an event in an older one (the subscription
     * already rolled over past it) is still refused as too late with that period and its deadline, not
     * as a subscription that was not running.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void anEventMonthsLateIsRefusedWithItsOwnPeriodAndDeadline(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.set(Instant.parse("2026-05-05T10:00:00Z"));
            var now = fx.post(TRACK, event("now-1", sub, "calls", null, null), 201)
                    .json();
            assertThat(now.get("period_start").asText()).isEqualTo("2026-04-30T10:00:00Z");
            var late = fx.post(TRACK, event("feb-1", sub, "calls", null, "2026-02-01T00:00:00Z"), 422)
                    .json();
            assertThat(late.get("type").asText()).endsWith("/usage-too-late");
            assertThat(late.get("errors").get(0).get("message").asText())
                    .contains("[2026-01-31T10:00:00Z, 2026-02-28T10:00:00Z)", "until 2026-03-03T10:00:00Z");
            var before = fx.post(TRACK, event("jan-1", sub, "calls", null, "2026-01-01T00:00:00Z"), 422)
                    .json();
            assertThat(before.get("type").asText()).endsWith("/subscription-not-running");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void lateEventsWithinTheGracePeriodGoToTheJustClosedPeriod(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir, Map.of("USAGE_GRACE_PERIOD", "2d"))) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.post(TRACK, event("in-open", sub, "calls", null, null), 201);
            fx.clock.set(Instant.parse("2026-03-01T10:00:00Z"));
            var late = fx.post(TRACK, event("late-ok", sub, "calls", null, "2026-02-28T09:59:59Z"), 201)
                    .json();
            assertThat(late.get("period_start").asText()).isEqualTo("2026-01-31T10:00:00Z");
            var current =
                    fx.post(TRACK, event("now", sub, "calls", null, null), 201).json();
            assertThat(current.get("period_start").asText()).isEqualTo("2026-02-28T10:00:00Z");
            var closed = usage(fx, sub, "2026-01-31T10:00:00Z");
            assertThat(closed.get("closed").asBoolean()).isTrue();
            assertThat(metric(closed, "calls").get("event_count").asInt()).isEqualTo(2);
            assertThat(metric(closed, "calls").get("events_sha256").asText())
                    .isEqualTo(UsageAggregates.sha256(List.of("in-open", "late-ok")));

            fx.clock.set(Instant.parse("2026-03-02T10:00:00Z"));
            var tooLate = fx.post(TRACK, event("late-no", sub, "calls", null, "2026-02-28T09:59:59Z"), 422)
                    .json();
            assertThat(tooLate.get("detail").asText()).contains("until 2026-03-02T10:00:00Z", "2d");
            var replay = fx.post(TRACK, event("late-ok", sub, "calls", null, "2026-02-28T09:59:59Z"), 200)
                    .json();
            assertThat(replay.get("duplicate").asBoolean())
                    .as("a replay after the grace is still a duplicate, not late")
                    .isTrue();
            var future = fx.post(TRACK, event("future", sub, "calls", null, "2026-03-02T10:06:00Z"), 400)
                    .json();
            assertThat(future.get("errors").findValuesAsText("field")).containsExactly("timestamp");
            assertThat(fx.admin
                            .get("/v1/billing/subscriptions/" + sub + "/usage?period_start=2026-01-01T00:00:00Z")
                            .status())
                    .isEqualTo(400);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void unknownMetricsCustomersAndStoppedSubscriptionsAreRefused(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            String basic = fx.subscribe(ids, "basic");
            var unknown = fx.post(
                            TRACK,
                            "{\"events\": [" + event("u-1", sub, "nope", null, null) + ","
                                    + "{\"transaction_id\": \"u-2\", \"customer_id\": \"cus_000000000000000000000000\", \"metric_code\": \"calls\"},"
                                    + event("u-3", "sub_000000000000000000000000", "calls", null, null) + ","
                                    + "{\"transaction_id\": \"u-4\", \"metric_code\": \"calls\"}]}",
                            400)
                    .json();
            assertThat(unknown.get("errors").findValuesAsText("field")).containsExactly("events[3].subscription_id");
            unknown = fx.post(
                            TRACK,
                            "{\"events\": [" + event("u-1", sub, "nope", null, null) + ","
                                    + "{\"transaction_id\": \"u-2\", \"customer_id\": \"cus_000000000000000000000000\", \"metric_code\": \"calls\"},"
                                    + event("u-3", "sub_000000000000000000000000", "calls", null, null) + "]}",
                            400)
                    .json();
            assertThat(unknown.get("errors").findValuesAsText("field"))
                    .containsExactly("events[0].metric_code", "events[1].customer_id", "events[2].subscription_id");
            var notMetered = fx.post(TRACK, event("b-1", basic, "calls", null, null), 422)
                    .json();
            assertThat(notMetered.get("type").asText()).endsWith("/metric-not-metered");

            var byCustomer = fx.post(
                            TRACK,
                            "{\"transaction_id\": \"c-1\", \"customer_id\": \"" + ids.get("customer")
                                    + "\", \"metric_code\": \"calls\"}",
                            201)
                    .json();
            assertThat(byCustomer.get("subscription_id").asText())
                    .as("the one running subscription charging calls")
                    .isEqualTo(sub);

            fx.clock.advance(Duration.ofDays(1));
            fx.post("/v1/billing/subscriptions/" + sub + "/cancel", "{\"at\": \"now\"}", 200);
            fx.clock.advance(Duration.ofSeconds(1));
            var canceled =
                    fx.post(TRACK, event("x-1", sub, "calls", null, null), 422).json();
            assertThat(canceled.get("type").asText()).endsWith("/subscription-not-running");
            assertThat(canceled.get("detail").asText()).contains("canceled since");
            assertThat(fx.post(
                                    TRACK,
                                    "{\"transaction_id\": \"c-2\", \"customer_id\": \"" + ids.get("customer")
                                            + "\", \"metric_code\": \"calls\"}",
                                    422)
                            .json()
                            .get("type")
                            .asText())
                    .endsWith("/subscription-not-running");
            var before = fx.post(TRACK, event("x-2", sub, "calls", null, "2026-02-01T00:00:00Z"), 201)
                    .json();
            assertThat(before.get("duplicate").asBoolean())
                    .as("usage from before the cancellation, within grace")
                    .isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void batchesOfUpTo1000AndEveryAggregation(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            for (String agg : List.of("max", "unique_count", "latest")) {
                fx.create(
                        "/v1/billing/metrics",
                        "{\"code\": \"" + agg + "\", \"name\": \"m\", \"aggregation\": \"" + agg
                                + "\", \"field_name\": \"v\"}");
            }
            String plan = fx.create(
                    "/v1/billing/plans",
                    "{\"code\": \"all\", \"name\": \"All\", \"product_id\": \"" + ids.get("prod")
                            + "\", \"currency\": \"EUR\", \"interval\": \"month\", \"charges\": ["
                            + "{\"metric_code\": \"calls\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"1\"}},"
                            + "{\"metric_code\": \"gb\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"1\"}},"
                            + "{\"metric_code\": \"max\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"1\"}},"
                            + "{\"metric_code\": \"unique_count\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"1\"}},"
                            + "{\"metric_code\": \"latest\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"1\"}}]}");
            String sub = fx.create(
                    "/v1/billing/subscriptions",
                    "{\"customer_id\": \"" + ids.get("customer") + "\", \"plan_id\": \"" + plan + "\"}");
            String batch = IntStream.range(0, 1000)
                    .mapToObj(i -> event("e-" + i, sub, "calls", null, null))
                    .collect(Collectors.joining(","));
            var big = fx.post(TRACK, "{\"events\": [" + batch + "]}", 200).json();
            assertThat(big.get("accepted").asInt()).isEqualTo(1000);
            assertThat(fx.post(
                                    TRACK,
                                    "{\"events\": [" + batch + "," + event("e-1000", sub, "calls", null, null) + "]}",
                                    400)
                            .json()
                            .get("errors")
                            .findValuesAsText("field"))
                    .containsExactly("events");
            var replay = fx.post(TRACK, "{\"events\": [" + batch + "]}", 200).json();
            assertThat(replay.get("duplicates").asInt()).isEqualTo(1000);

            fx.clock.set(Instant.parse("2026-02-03T00:00:00Z"));
            String values = String.join(
                    ",",
                    List.of(
                            event("v-3", sub, "gb", "{\"gb\": 2}", "2026-02-01T00:00:00Z"),
                            event("v-1", sub, "gb", "{\"gb\": \"0.25\"}", null),
                            event("m-1", sub, "max", "{\"v\": \"7\"}", null),
                            event("m-2", sub, "max", "{\"v\": 9.5}", null),
                            event("q-1", sub, "unique_count", "{\"v\": \"alice\"}", null),
                            event("q-2", sub, "unique_count", "{\"v\": \"bob\"}", null),
                            event("q-3", sub, "unique_count", "{\"v\": \"alice\"}", null),
                            event("l-b", sub, "latest", "{\"v\": 5}", "2026-02-02T00:00:00Z"),
                            event("l-a", sub, "latest", "{\"v\": 4}", "2026-02-02T00:00:00Z"),
                            event("l-0", sub, "latest", "{\"v\": 100}", "2026-02-01T00:00:00Z")));
            fx.post(TRACK, "{\"events\": [" + values + "]}", 200);
            var usage = usage(fx, sub, null);
            assertThat(metric(usage, "calls").get("quantity").asText()).isEqualTo("1000");
            assertThat(metric(usage, "gb").get("quantity").asText()).isEqualTo("2.25");
            assertThat(metric(usage, "max").get("quantity").asText()).isEqualTo("9.5");
            assertThat(metric(usage, "unique_count").get("quantity").asText()).isEqualTo("2");
            assertThat(metric(usage, "latest").get("quantity").asText())
                    .as("latest timestamp, ties by greatest id")
                    .isEqualTo("5");
            assertThat(metric(usage, "gb").get("events_sha256").asText())
                    .isEqualTo(UsageAggregates.sha256(List.of("v-1", "v-3")));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void twentyConcurrentIdenticalEventsAreMeteredOnce(TestStores.Store store) throws Exception {
        try (var fx = new BillingFixture(store, dataDir)) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            String body = event("race-1", sub, "calls", null, null);
            var pool = Executors.newFixedThreadPool(20);
            try {
                List<Callable<TestClient.Response>> calls = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    calls.add(() -> fx.admin.post(TRACK, body));
                }
                List<Integer> statuses = new ArrayList<>();
                for (var f : pool.invokeAll(calls)) {
                    statuses.add(f.get().status());
                }
                assertThat(statuses).containsOnly(200, 201);
                assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(metric(usage(fx, sub, null), "calls").get("event_count").asInt())
                    .isEqualTo(1);
        }
    }
    /**
     * Concurrent requests are written in groups that do not look their ids up first: a refused event
     * makes the group look up (the first group below: replays and conflicts of events now too late,
     * late and new events), and a replay the billing state still accepts is caught at the insert, the
     * group then written again looking up (the second). Each request must get the answer it gets alone,
     * and be metered once.
     */
    @ParameterizedTest
    @MethodSource("stores")
    void concurrentReplaysConflictsAndLateAndNewEventsEachGetTheAnswerTheyGetAlone(TestStores.Store store)
            throws Exception {
        try (var fx = new BillingFixture(store, dataDir, Map.of("USAGE_GRACE_PERIOD", "1d"))) {
            var ids = fx.catalogue();
            String sub = fx.subscribe(ids, "pro");
            fx.clock.set(Instant.parse("2026-02-02T00:00:00Z"));
            for (int i = 0; i < 10; i++) {
                fx.post(TRACK, event("old-" + i, sub, "calls", null, "2026-02-01T00:00:00Z"), 201);
            }
            fx.clock.set(Instant.parse("2026-03-04T10:00:00Z")); // the first period took late usage until 03-01T10:00Z
            for (int i = 0; i < 10; i++) {
                fx.post(TRACK, event("cur-" + i, sub, "calls", null, "2026-03-04T09:00:00Z"), 201);
            }
            Map<String, Integer> refusedGroup = new LinkedHashMap<>();
            Map<String, Integer> replayGroup = new LinkedHashMap<>();
            for (int i = 0; i < 10; i++) {
                String old = event("old-" + i, sub, "calls", null, "2026-02-01T00:00:00Z");
                refusedGroup.put(old, 200);
                refusedGroup.put(event("old-" + i, sub, "calls", "{\"x\": 1}", "2026-02-01T00:00:00Z"), 409);
                refusedGroup.put(event("late-" + i, sub, "calls", null, "2026-02-01T00:00:00Z"), 422);
                refusedGroup.put(event("new-" + i, sub, "calls", null, null), 201);
                refusedGroup.put(
                        "{\"events\": [" + event("new-b" + i, sub, "calls", null, null) + "," + old + "]}", 200);
                replayGroup.put(event("cur-" + i, sub, "calls", null, "2026-03-04T09:00:00Z"), 200);
                replayGroup.put(event("cur-" + i, sub, "calls", null, "2026-03-04T09:30:00Z"), 409);
                replayGroup.put(event("new-r" + i, sub, "calls", null, null), 201);
            }
            for (var group : List.of(refusedGroup, replayGroup)) {
                for (var answer :
                        inOneGroup(fx, sub, List.copyOf(group.keySet())).entrySet()) {
                    var r = answer.getValue();
                    assertThat(r.status()).as(answer.getKey() + " → " + r).isEqualTo(group.get(answer.getKey()));
                    if (r.status() == 200 && answer.getKey().startsWith("{\"events\"")) {
                        assertThat(r.json().get("accepted").asInt()).isEqualTo(1);
                        assertThat(r.json().get("duplicates").asInt()).isEqualTo(1);
                    } else if (r.status() == 200) {
                        assertThat(r.json().get("duplicate").asBoolean()).isTrue();
                    }
                }
            }
            assertThat(metric(usage(fx, sub, "2026-01-31T10:00:00Z"), "calls")
                            .get("event_count")
                            .asInt())
                    .isEqualTo(10);
            assertThat(metric(usage(fx, sub, null), "calls").get("event_count").asInt())
                    .as("cur-*, new-*, new-b*, new-r* and the two requests that held the writer")
                    .isEqualTo(42);
        }
    }

    /**
     * The answers to {@code bodies}, sent while the usage writer is held inside the transaction of
     * another request (a new event), so that they queue and then go as one group
     * (UsageIngest.MAX_GROUP_EVENTS is far above their events).
     */
    private static Map<String, TestClient.Response> inOneGroup(BillingFixture fx, String sub, List<String> bodies)
            throws Exception {
        var pool = Executors.newFixedThreadPool(bodies.size() + 1);
        try {
            fx.holdUsageWriter();
            var first = pool.submit(
                    () -> fx.admin.post(TRACK, event("hold-" + System.nanoTime(), sub, "calls", null, null)));
            Map<String, Future<TestClient.Response>> sent = new LinkedHashMap<>();
            for (String body : bodies) {
                sent.put(body, pool.submit(() -> fx.admin.post(TRACK, body)));
            }
            Thread.sleep(2_000); // their time to be queued (any not queued yet go in a later group)
            fx.releaseUsageWriter();
            assertThat(first.get().status()).isEqualTo(201);
            Map<String, TestClient.Response> answers = new LinkedHashMap<>();
            for (var e : sent.entrySet()) {
                answers.put(e.getKey(), e.getValue().get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
