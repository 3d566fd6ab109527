package io.enis.billing;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** A started billing service on a store and a clock the test moves, with an admin client. */
final class BillingFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-01-31T10:00:00Z");
    final MutableClock clock = new MutableClock(START);
    final BillingService definition;
    final RunningService service;
    final TestClient admin;

    BillingFixture(TestStores.Store store, Path dataDir, Map<String, String> overrides) throws Exception {
        this(new BillingService(), store, dataDir, overrides);
    }

    /** The service {@code definition} (one with a scripted payment provider), its jobs ticking only when a test says so. */
    BillingFixture(BillingService definition, TestStores.Store store, Path dataDir, Map<String, String> overrides)
            throws Exception {
        this.definition = definition;
        Map<String, String> env = new HashMap<>(TestStores.env(store, dataDir));
        env.put("BILLING_JOBS_INTERVAL", "24h");
        env.putAll(overrides);
        service = KitServer.start(definition, env, new WriterGatedClock());
        admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
    }

    /** While set, the usage writer thread waits for it at its next reading of the clock. */
    private final AtomicReference<CountDownLatch> usageWriterGate = new AtomicReference<>();

    /**
     * Holds the usage writer at its next reading of the clock (in the transaction of the next request,
     * after the subscriptions are locked) until {@link #releaseUsageWriter()}: requests sent meanwhile
     * queue, and are then written as one group.
     */
    void holdUsageWriter() {
        usageWriterGate.set(new CountDownLatch(1));
    }

    void releaseUsageWriter() {
        usageWriterGate.getAndSet(null).countDown();
    }

    /** {@link #clock} as the service reads it, with the usage writer's gate. */
    private final class WriterGatedClock extends Clock {
        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            CountDownLatch gate = usageWriterGate.get();
            if (gate != null && Thread.currentThread().getName().equals("usage-writer")) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return clock.instant();
        }
    }

    BillingFixture(TestStores.Store store, Path dataDir) throws Exception {
        this(store, dataDir, Map.of());
    }

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    /** POSTs {@code json}; fails unless the answer is {@code status}. */
    TestClient.Response post(String path, String json, int status) {
        var r = admin.post(path, json);
        if (r.status() != status) {
            throw new AssertionError("POST " + path + " expected " + status + ": " + r);
        }
        return r;
    }

    /** Creates and returns the id of what {@code path} creates. */
    String create(String path, String json) {
        return post(path, json, 201).json().get("id").asText();
    }

    /**
     * A small catalogue: product {@code prod}, metric {@code calls} (count) and {@code gb} (sum of gb),
     * EUR monthly plans {@code basic} (flat 10.00) and {@code pro} (flat 30.00, plus calls per unit at 0.5
     * cents and gb at 100 cents), {@code seats} (12.50 per seat, 14 trial days), {@code annual} (flat
     * 100.00 a year), {@code usd} (flat 10.00 USD a month) and an EUR customer. Returns the ids by name.
     */
    Map<String, String> catalogue() {
        Map<String, String> ids = new HashMap<>();
        ids.put("prod", create("/v1/billing/products", "{\"name\": \"API\"}"));
        create("/v1/billing/metrics", "{\"code\": \"calls\", \"name\": \"calls\", \"aggregation\": \"count\"}");
        create(
                "/v1/billing/metrics",
                "{\"code\": \"gb\", \"name\": \"GB\", \"aggregation\": \"sum\", \"field_name\": \"gb\"}");
        String plan = "{\"code\": \"%s\", \"name\": \"%s\", \"product_id\": \"" + ids.get("prod")
                + "\", \"currency\": \"%s\", " + "\"interval\": \"%s\", %s}";
        ids.put(
                "basic",
                create(
                        "/v1/billing/plans",
                        plan.formatted(
                                "basic", "Basic", "EUR", "month", "\"fee\": {\"model\": \"flat\", \"amount\": 1000}")));
        ids.put(
                "pro",
                create(
                        "/v1/billing/plans",
                        plan.formatted(
                                "pro",
                                "Pro",
                                "EUR",
                                "month",
                                "\"fee\": {\"model\": \"flat\", \"amount\": 3000}, \"charges\": ["
                                        + "{\"metric_code\": \"calls\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"0.5\"}},"
                                        + "{\"metric_code\": \"gb\", \"price\": {\"model\": \"per_unit\", \"unit_price\": \"100\"}}]")));
        ids.put(
                "seats",
                create(
                        "/v1/billing/plans",
                        plan.formatted(
                                "seats",
                                "Seats",
                                "EUR",
                                "month",
                                "\"trial_days\": 14, \"fee\": {\"model\": \"per_unit\", \"unit_price\": \"1250\"}")));
        ids.put(
                "annual",
                create(
                        "/v1/billing/plans",
                        plan.formatted(
                                "annual",
                                "Annual",
                                "EUR",
                                "year",
                                "\"fee\": {\"model\": \"flat\", \"amount\": 10000}")));
        ids.put(
                "usd",
                create(
                        "/v1/billing/plans",
                        plan.formatted(
                                "usd", "USD", "USD", "month", "\"fee\": {\"model\": \"flat\", \"amount\": 1000}")));
        ids.put("customer", create("/v1/billing/customers", "{\"name\": \"Acme\", \"currency\": \"EUR\"}"));
        return ids;
    }

    /** Subscribes the catalogue's customer to {@code plan}; returns the subscription's id. */
    String subscribe(Map<String, String> ids, String plan) {
        return create(
                "/v1/billing/subscriptions",
                "{\"customer_id\": \"" + ids.get("customer") + "\", \"plan_id\": \"" + ids.get(plan) + "\"}");
    }

    /** Fails unless {@code r} is a problem+json of {@code status} naming {@code field} in its errors. */
    static void assertRefused(TestClient.Response r, int status, String field) {
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(r.contentType()).startsWith("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(r.json().path("errors").toString())
                .as(r.toString())
                .contains("\"field\":\"" + field + "\"");
    }

    @Override
    public void close() {
        service.stop();
    }
}
