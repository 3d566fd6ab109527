package io.enis.observability;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A started observability service on a controllable clock, with an admin client. */
final class ObservabilityFixture implements AutoCloseable {
    /** 2025-01-21T10:00:00Z, the seed's example time. */
    static final Instant T0 = Instant.parse("2025-01-21T10:00:00Z");

    final MutableClock clock;
    final ObservabilityService definition = new ObservabilityService();
    final RunningService service;
    final TestClient admin;

    ObservabilityFixture(Store store, Path dataDir, Map<String, String> overrides) throws Exception {
        this(store, dataDir, overrides, new MutableClock(T0));
    }

    ObservabilityFixture(Store store, Path dataDir, Map<String, String> overrides, MutableClock clock)
            throws Exception {
        this.clock = clock;
        Map<String, String> env = new HashMap<>(TestStores.env(store, dataDir));
        env.put("ALERT_EVALUATION_INTERVAL", "1h");
        env.putAll(overrides);
        this.service = KitServer.start(definition, env, clock);
        this.admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
    }

    /** Posts JSON samples and fails unless they were accepted. */
    void collect(String json) {
        var r = admin.post("/v1/metrics/collect", json);
        if (r.status() != 200) {
            throw new AssertionError("collect failed: " + r);
        }
    }

    /** URL-encoded form of {@code value}. */
    static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        service.stop();
    }
}
