package io.enis.cloudbus;

import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A started cloud-bus on a backend and a controllable clock, with an admin client. */
final class BusFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2025-01-21T10:00:00Z"));
    final CloudBusService definition = new CloudBusService();
    final RunningService service;
    final TestClient admin;

    BusFixture(Backends backend, Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> env = new HashMap<>(backend.env(dataDir));
        env.put("POLL_INTERVAL", "10ms");
        env.put("CONSUMER_NAME", "test-consumer");
        env.putAll(overrides);
        service = KitServer.start(definition, env, clock);
        admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
    }

    /** Publishes one structured event; fails unless stored. */
    TestClient.Response publish(String bus, String id, String type, String data) {
        var r = admin.send(
                "POST",
                bus == null ? "/v1/events" : "/v1/buses/" + bus + "/events",
                event(id, type, data),
                "application/cloudevents+json",
                Map.of());
        if (r.status() != 202) {
            throw new AssertionError("publish failed: " + r);
        }
        return r;
    }

    static String event(String id, String type, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/tests/orders", "type": "%s", "time": "2025-01-21T10:00:00Z",
                 "datacontenttype": "application/json", "data": %s}""".formatted(id, type, data);
    }

    /** Creates a rule; fails unless created. */
    void rule(String bus, String json) {
        var r = admin.post("/v1/buses/" + bus + "/rules", json);
        if (r.status() != 201) {
            throw new AssertionError("rule not created: " + r);
        }
    }

    @Override
    public void close() {
        service.stop();
    }
}
