package io.enis.scorecard;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A started scorecard service on a store, with a controllable clock and an admin client. */
final class ScorecardFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2025-01-21T10:00:00Z");
    final MutableClock clock = new MutableClock(START);
    final ScorecardService definition = new ScorecardService();
    final RunningService service;
    final TestClient admin;

    ScorecardFixture(TestStores.Store store, Path dataDir) throws Exception {
        this(store, dataDir, Map.of());
    }

    ScorecardFixture(TestStores.Store store, Path dataDir, Map<String, String> overrides) throws Exception {
        Map<String, String> env = new HashMap<>(TestStores.env(store, dataDir));
        env.put("CLOSE_INTERVAL", "1h");
        env.putAll(overrides);
        service = KitServer.start(definition, env, clock);
        admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
    }

    /** Defines a KPI; fails unless created. Returns its id. */
    String kpi(String json) {
        var r = admin.post("/v1/analytics/kpis", json);
        if (r.status() != 201) {
            throw new AssertionError("KPI not created: " + r);
        }
        return r.json().get("id").asText();
    }

    /** Records values; fails unless stored. */
    void values(String kpiId, String json) {
        var r = admin.post("/v1/analytics/kpis/" + kpiId + "/values", json);
        if (r.status() != 200) {
            throw new AssertionError("values not stored: " + r);
        }
    }

    /** One value per day from {@code firstDay} (an ISO date), at noon UTC. */
    void daily(String kpiId, String firstDay, double... values) {
        StringBuilder b = new StringBuilder("{\"values\": [");
        Instant day = Instant.parse(firstDay + "T12:00:00Z");
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"at\": \"")
                    .append(day.plusSeconds(86_400L * i))
                    .append("\", \"value\": ")
                    .append(values[i])
                    .append('}');
        }
        values(kpiId, b.append("]}").toString());
    }

    JsonNode getJson(String path) {
        var r = admin.get(path);
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + ": " + r);
        }
        return r.json();
    }

    @Override
    public void close() {
        service.stop();
    }
}
