package io.enis.billing;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A started billing service on a store and a clock the test moves, with an admin client. */
final class BillingFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-01-31T10:00:00Z");
    final MutableClock clock = new MutableClock(START);
    final RunningService service;
    final TestClient admin;

    BillingFixture(TestStores.Store store, Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(store, dataDir));
        env.putAll(overrides);
        service = KitServer.start(new BillingService(), env, clock);
        admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
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

    @Override
    public void close() {
        service.stop();
    }
}
